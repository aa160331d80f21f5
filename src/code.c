/* The code view's text: each pattern writes its own, from the pieces here. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "code.h"
#include "pattern.h"

/* Append one formatted line. */
void
code_line(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
	buf_append(b, "\n", 1);
}

/* The renderer's listener for message-from-main: the seed's, or the push demo's. */
void
code_renderer_listener(struct buf *b, int all_args)
{
	code_line(b, "ipcRenderer.on('message-from-main', (_, %s) => {",
	    all_args ? "...args" : "res");
	code_line(b, "  console.log('receive message from main process', %s)",
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
	code_line(b, "  %s%s('message-from-renderer'%s%s)",
	    (flags & CODE_RETURNS) ? "const res = " : "", call, sep, args);
	if (flags & CODE_RETURNS)
		code_line(b, "  console.log('receive message from main "
		    "process', res)");
	code_line(b, "}");
}

/* The lines every main listener starts with. */
void
code_main_listener(struct buf *b)
{
	code_line(b, "ipcMain.on('message-from-renderer', (event, ...args) => {");
	code_line(b, "  console.log('receive message from renderer process',"
	    " ...args)");
}

/* renderer.js for the scenario's pattern, with the argument field's text in the call. */
void
code_renderer(struct buf *b, const struct scenario *sc, const char *args)
{
	code_line(b, "// renderer.js");
	pattern_at(sc->pattern)->code_renderer(b, sc, args);
}

/* main.js for the scenario's pattern. */
void
code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "// main.js");
	pattern_at(sc->pattern)->code_main(b, sc);
}
