/* The code view's text: each pattern writes its own, from the pieces here. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "inspect.h"
#include "reply.h"
#include "pattern.h"
#include "proto.h"

/* What starts a line that makes a hop; the hop's digit follows. */
#define CODE_MARK	'\001'

static void code_vline(struct buf *, enum code_hop, const char *, va_list)
	    __attribute__((format(printf, 3, 0)));

/* Append one formatted line, marked with the hop it makes if any. */
static void
code_vline(struct buf *b, enum code_hop hop, const char *fmt, va_list ap)
{
	char	 mark[2] = { CODE_MARK, (char)('0' + hop) };

	if (hop != CODE_HOP_NONE)
		buf_append(b, mark, sizeof mark);
	buf_vprintf(b, fmt, ap);
	buf_append(b, "\n", 1);
}

/* Append one formatted line. */
void
code_line(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	code_vline(b, CODE_HOP_NONE, fmt, ap);
	va_end(ap);
}

/* Append one formatted line that makes a hop. */
void
code_hop_line(struct buf *b, enum code_hop hop, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	code_vline(b, hop, fmt, ap);
	va_end(ap);
}

/* The hop a line makes, moving *line past its mark. */
enum code_hop
code_line_hop(const char **line)
{
	const char	*p = *line;

	if (p[0] != CODE_MARK || p[1] < '0' + CODE_HOP_CALL ||
	    p[1] > '0' + CODE_HOP_RENDERER_LOG)
		return (CODE_HOP_NONE);
	*line = p + 2;
	return (p[1] - '0');
}

/*
 * The line of code a frame of a type from endpoint src comes from: the
 * renderer's call, main's console.log, main's answer, the renderer's
 * console.log of it.
 */
enum code_hop
code_hop_of(uint16_t type, uint16_t src)
{
	int	 ipc = (type >> 8) == (MSG_IPC_SEND >> 8);

	if (type != MSG_CONSOLE_LINE && !ipc)
		return (CODE_HOP_NONE);
	if (src == ENDPOINT_MAIN)
		return (ipc ? CODE_HOP_ANSWER : CODE_HOP_MAIN_LOG);
	return (ipc ? CODE_HOP_CALL : CODE_HOP_RENDERER_LOG);
}

/*
 * Where needle first is in text, code as the code view shows it (a line's
 * hop mark is not shown): its line and column, from 1; -1, and 1:1, if it
 * is not there.
 */
int
code_position(const char *text, const char *needle, int *line, int *col)
{
	const char	*at, *p;

	*line = 1;
	*col = 1;
	if ((at = strstr(text, needle)) == NULL)
		return (-1);
	for (p = text, code_line_hop(&p); p < at; p++) {
		if (*p == '\n') {
			(*line)++;
			*col = 1;
			p++;
			code_line_hop(&p);
			p--;
		} else
			(*col)++;
	}
	return (0);
}

/* The renderer's listener for message-from-main: the seed's, or the push demo's. */
void
code_renderer_listener(struct buf *b, int all_args)
{
	code_line(b, "ipcRenderer.on('message-from-main', (_, %s) => {",
	    all_args ? "...args" : "res");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "  console.log('receive message from main process', %s)",
	    all_args ? "...args" : "res");
	code_line(b, "})");
}

/*
 * The button's handler: call (for example "ipcRenderer.send") on
 * message-from-renderer with the argument text.  With CODE_RETURNS the
 * handler logs what the call returned, CODE_ASYNC makes it async, and
 * CODE_BLOCKS says that the call blocks the page.
 */
void
code_button(struct buf *b, const char *call, unsigned flags, const char *args)
{
	const char	*sep = args[0] != '\0' ? ", " : "";

	code_line(b, "btn.onclick = %s() => {",
	    (flags & CODE_ASYNC) ? "async " : "");
	if (flags & CODE_BLOCKS)
		code_line(b, "  // blocks the page until event.returnValue");
	code_hop_line(b, CODE_HOP_CALL, "  %s%s('message-from-renderer'%s%s)",
	    (flags & CODE_RETURNS) ? "const res = " : "", call, sep, args);
	if (flags & CODE_RETURNS)
		code_hop_line(b, CODE_HOP_RENDERER_LOG, "  console.log("
		    "'receive message from main process', res)");
	code_line(b, "}");
}

/* The lines every main listener starts with; how is "on" or "once". */
void
code_main_listener(struct buf *b, const char *how)
{
	code_line(b, "ipcMain.%s('message-from-renderer', (event, ...args) => {",
	    how);
	code_hop_line(b, CODE_HOP_MAIN_LOG, "  console.log('receive message "
	    "from renderer process', ...args)");
}

/* main.js's seed listener (how: "on" or "once"): log, sum, reply by the chosen method. */
void
code_main_seed(struct buf *b, const struct scenario *sc, const char *how)
{
	code_main_listener(b, how);
	code_line(b, "  const sum = args.reduce((a, b) => a + b, 0)");
	code_hop_line(b, CODE_HOP_ANSWER, "  %s('message-from-main', sum)",
	    reply_method(sc->reply)->call);
	code_line(b, "})");
}

/* main.js: the seed's listener, added with on. */
void
code_main_on(struct buf *b, const struct scenario *sc)
{
	code_main_seed(b, sc, "on");
}

/* Append the lines of code in src to b, each indented by two spaces (after its hop mark). */
void
code_indent(struct buf *b, const char *src)
{
	const char	*p = src, *nl;

	while (*p != '\0') {
		if (p[0] == CODE_MARK && p[1] != '\0') {
			buf_append(b, p, 2);
			p += 2;
		}
		if ((nl = strchr(p, '\n')) == NULL)
			nl = p + strlen(p);
		buf_append(b, "  ", 2);
		buf_append(b, p, (size_t)(nl - p));
		buf_append(b, "\n", 1);
		p = *nl == '\n' ? nl + 1 : nl;
	}
}

/* main.js's handler (how: "handle" or "handleOnce"), with its delay and its throw. */
void
code_main_handler(struct buf *b, const struct scenario *sc, const char *how)
{
	struct value	 msg;
	struct buf	 quoted;

	code_line(b, "ipcMain.%s('message-from-renderer', "
	    "async (event, ...args) => {", how);
	code_hop_line(b, CODE_HOP_MAIN_LOG, "  console.log('receive message "
	    "from renderer process', ...args)");
	if (sc->delay_ms > 0)
		code_line(b, "  await new Promise(r => setTimeout(r, %u))",
		    sc->delay_ms);
	if (sc->throw_msg[0] != '\0') {
		value_string(&msg, sc->throw_msg, strlen(sc->throw_msg));
		buf_init(&quoted);
		inspect_value(&quoted, &msg);
		code_hop_line(b, CODE_HOP_ANSWER, "  throw new Error(%.*s)",
		    (int)quoted.len, (const char *)buf_head(&quoted));
		buf_free(&quoted);
		value_free(&msg);
	} else
		code_hop_line(b, CODE_HOP_ANSWER,
		    "  return args.reduce((a, b) => a + b, 0)");
	code_line(b, "})");
}

/* The seed's page: send on the button, log what main sends back. */
void
code_page_send_reply(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_button(b, "ipcRenderer.send", 0, args);
	code_renderer_listener(b, 0);
}

/* A page that awaits invoke on the button and logs the result. */
void
code_page_invoke(struct buf *b, const struct scenario *sc, const char *args)
{
	(void)sc;
	code_button(b, "await ipcRenderer.invoke", CODE_RETURNS | CODE_ASYNC,
	    args);
}

/* A page that calls sendSync on the button and logs what it returned. */
void
code_page_send_sync(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_button(b, "ipcRenderer.sendSync", CODE_RETURNS | CODE_BLOCKS,
	    args);
}

/* Start a file of the code view: its name, which numbers its lines from 1 again. */
static void
code_file(struct buf *b, const char *name)
{
	code_line(b, "// %s", name);
}

/* Whether a line of the code view starts a file (code_file). */
int
code_is_file(const char *line)
{
	size_t	 len = strlen(line);

	return (strncmp(line, "// ", 3) == 0 && len > 6 &&
	    strcmp(line + len - 3, ".js") == 0 && strchr(line + 3, ' ') == NULL);
}

/* The webPreferences of the scenario's window, as main.js creates it. */
static void
code_web_preferences(struct buf *b, const struct scenario *sc)
{
	const struct pattern	*p = pattern_at(sc->pattern);
	const char		*isolation = sc->isolation ? "true" : "false";

	if (p->world == WORLD_REQUIRE)
		code_line(b, "new BrowserWindow({ webPreferences: { "
		    "nodeIntegration: true,%s contextIsolation: %s } })",
		    p->iframe ? " nodeIntegrationInSubFrames: true," : "",
		    isolation);
	else
		code_line(b, "new BrowserWindow({ webPreferences: { preload: "
		    "path.join(__dirname, 'preload.js'), contextIsolation: %s "
		    "} })", isolation);
}

/* A preload's start: contextBridge exposing electronAPI, whose sendNumbers sends. */
void
code_bridge_start(struct buf *b)
{
	code_line(b, "const { contextBridge, ipcRenderer } = "
	    "require('electron')");
	code_line(b, "contextBridge.exposeInMainWorld('electronAPI', {");
	code_hop_line(b, CODE_HOP_CALL, "  sendNumbers: (...args) => "
	    "ipcRenderer.send('message-from-renderer', ...args),");
}

/* A preload's end: the API closed, and its line in the console. */
void
code_bridge_end(struct buf *b)
{
	code_line(b, "})");
	code_line(b, "console.log('electronAPI exposed to the page')");
}

/* The name of the file that holds the page's button. */
const char *
code_page_file(const struct pattern *p)
{
	return (p->page_file != NULL ? p->page_file : "renderer.js");
}

/*
 * The renderer process's code for the scenario's pattern, with the
 * argument field's text in the call: renderer.js (after the seed's
 * require, where the page takes ipcRenderer itself), then the preload.
 */
void
code_renderer(struct buf *b, const struct scenario *sc, const char *args)
{
	const struct pattern	*p = pattern_at(sc->pattern);

	code_file(b, code_page_file(p));
	if (p->world == WORLD_REQUIRE)
		code_line(b, "const { ipcRenderer } = require('electron')");
	p->code_renderer(b, sc, args);
	if (p->code_second != NULL) {
		code_file(b, p->second_file);
		if (p->world == WORLD_REQUIRE)
			code_line(b, "const { ipcRenderer } = require('electron')");
		p->code_second(b, sc);
	}
}

/* main.js for the scenario's pattern, from the window it creates. */
void
code_main(struct buf *b, const struct scenario *sc)
{
	code_file(b, "main.js");
	code_web_preferences(b, sc);
	pattern_at(sc->pattern)->code_main(b, sc);
}
