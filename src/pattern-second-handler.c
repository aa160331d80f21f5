/*
 * createWindow registers the handler: the second window it makes (macOS's
 * 'activate', or F3 here) throws Attempted to register a second handler.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "ipc.h"
#include "mainproc.h"
#include "pattern.h"

/* main: createWindow's handle throws from the second window on, uncaught; the first handler stays. */
static void
second_handler_window_created(struct mainproc *mp)
{
	if (mp->created < 2)
		return;
	mainproc_error_at(mp, "Error: Attempted to register a second handler "
	    "for '" IPC_CHANNEL_TO_MAIN "'", "createWindow", "handle(");
}

/* main.js: the handler inside createWindow, which every new window runs. */
static void
second_handler_code_main(struct buf *b, const struct scenario *sc)
{
	struct buf	 handler;

	code_line(b, "function createWindow () {");
	code_line(b, "  // ... new BrowserWindow, loadFile");
	code_line(b, "  // a second window registers the handler again: it "
	    "throws");
	buf_init(&handler);
	code_main_handler(&handler, sc, "handle");
	code_indent(b, buf_str(&handler));
	buf_free(&handler);
	code_line(b, "}");
	code_line(b, "app.whenReady().then(createWindow)");
	code_line(b, "app.on('activate', createWindow)  // F3 here");
}

const struct pattern pattern_second_handler = {
	.name = "second-handler",
	.lesson = N_("createWindow registers the handler: a second window "
	    "throws"),
	.concerns = N_("macOS's activate creating a window again; Electron 7+"),
	.uses = USES_DELAY | USES_THROW,
	.request = MSG_IPC_INVOKE,
	.async = 1,
	.main_call = mainproc_handle,
	.main_window_created = second_handler_window_created,
	.code_renderer = code_page_invoke,
	.code_main = second_handler_code_main,
};
