/* ipcMain.handleOnce: the handler settles the first invoke and is gone. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main.js: the handler registered with handleOnce. */
static void
handle_once_code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "// handleOnce removes the handler before it runs: a "
	    "second invoke finds none");
	code_main_handler(b, sc, "handleOnce");
}

const struct pattern pattern_handle_once = {
	.name = "handle-once",
	.lesson = N_("ipcMain.handleOnce: a second invoke gets No handler "
	    "registered"),
	.concerns = N_("handlers; Electron 7+"),
	.uses = USES_DELAY | USES_THROW,
	.request = MSG_IPC_INVOKE,
	.async = 1,
	.heard = pattern_heard_first,
	.main_call = mainproc_handle,
	.code_renderer = code_page_invoke,
	.code_main = handle_once_code_main,
};
