/* Write out the renderer's and main's code for a scenario, one line per '\n'. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "inspect.h"
#include "value.h"

/* Append one formatted line. */
static void __attribute__((format(printf, 2, 3)))
code_line(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
	buf_append(b, "\n", 1);
}

/* The renderer's listener for message-from-main: the seed's, or the push demo's. */
static void
code_renderer_listener(struct buf *b, int all_args)
{
	code_line(b, "ipcRenderer.on('message-from-main', (_, %s) => {",
	    all_args ? "...args" : "res");
	code_line(b, "  console.log('receive message from main process', %s)",
	    all_args ? "...args" : "res");
	code_line(b, "})");
}

/* renderer.js for the pattern, with the argument field's text in the call. */
void
code_renderer(struct buf *b, const struct scenario *sc, const char *args)
{
	static const char *const calls[PATTERN_COUNT] = {
		"ipcRenderer.send", "ipcRenderer.send",
		"await ipcRenderer.invoke", "ipcRenderer.sendSync", NULL
	};
	const char	*sep = args[0] != '\0' ? ", " : "";

	code_line(b, "// renderer.js");
	if (sc->pattern == PATTERN_PUSH) {
		code_renderer_listener(b, 1);
		return;
	}
	code_line(b, "btn.onclick = %s() => {",
	    sc->pattern == PATTERN_INVOKE ? "async " : "");
	if (sc->pattern == PATTERN_SEND_SYNC)
		code_line(b, "  // blocks the page until event.returnValue");
	code_line(b, "  %s%s('message-from-renderer'%s%s)",
	    sc->pattern >= PATTERN_INVOKE ? "const res = " : "",
	    calls[sc->pattern], sep, args);
	if (sc->pattern >= PATTERN_INVOKE)
		code_line(b, "  console.log('receive message from main "
		    "process', res)");
	code_line(b, "}");
	if (sc->pattern == PATTERN_SEND_REPLY)
		code_renderer_listener(b, 0);
}

/* The lines every main listener starts with. */
static void
code_main_log(struct buf *b)
{
	code_line(b, "  console.log('receive message from renderer process',"
	    " ...args)");
}

/* main.js for the pattern. */
void
code_main(struct buf *b, const struct scenario *sc)
{
	static const char *const replies[REPLY_COUNT] = {
		"event.reply", "event.sender.send", "win.webContents.send"
	};
	struct value	 msg;
	struct buf	 quoted;

	code_line(b, "// main.js");
	switch (sc->pattern) {
	case PATTERN_PUSH:
		code_line(b, "// on the button%s:", sc->push_every_ms > 0 ?
		    ", and every --push-every ms" : "");
		code_line(b, "win.webContents.send('message-from-main', 1, 2, 3)");
		return;
	case PATTERN_INVOKE:
		if (sc->no_handler) {
			code_line(b, "// no ipcMain.handle('message-from-renderer')");
			return;
		}
		code_line(b, "ipcMain.handle('message-from-renderer', "
		    "async (event, ...args) => {");
		code_main_log(b);
		if (sc->delay_ms > 0)
			code_line(b, "  await new Promise(r => setTimeout(r, %u))",
			    sc->delay_ms);
		if (sc->throw_msg[0] != '\0') {
			value_string(&msg, sc->throw_msg, strlen(sc->throw_msg));
			buf_init(&quoted);
			inspect_value(&quoted, &msg);
			code_line(b, "  throw new Error(%.*s)", (int)quoted.len,
			    (const char *)buf_head(&quoted));
			buf_free(&quoted);
			value_free(&msg);
		} else
			code_line(b, "  return args.reduce((a, b) => a + b, 0)");
		code_line(b, "})");
		return;
	default:
		break;
	}
	code_line(b, "ipcMain.on('message-from-renderer', (event, ...args) => {");
	code_main_log(b);
	if (sc->pattern != PATTERN_SEND)
		code_line(b, "  const sum = args.reduce((a, b) => a + b, 0)");
	if (sc->pattern == PATTERN_SEND_REPLY)
		code_line(b, "  %s('message-from-main', sum)", replies[sc->reply]);
	else if (sc->pattern == PATTERN_SEND_SYNC && sc->delay_ms > 0)
		code_line(b, "  setTimeout(() => { event.returnValue = sum }, %u)",
		    sc->delay_ms);
	else if (sc->pattern == PATTERN_SEND_SYNC)
		code_line(b, "  event.returnValue = sum");
	code_line(b, "})");
}
