/* ipcMain.removeHandler inside the handler: the next invoke finds none. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main.js: a handler that removes itself before it answers. */
static void
remove_handler_code_main(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_line(b, "ipcMain.handle('message-from-renderer', "
	    "async (event, ...args) => {");
	code_hop_line(b, CODE_HOP_MAIN_LOG, "  console.log('receive message "
	    "from renderer process', ...args)");
	code_line(b, "  ipcMain.removeHandler('message-from-renderer')");
	code_hop_line(b, CODE_HOP_ANSWER,
	    "  return args.reduce((a, b) => a + b, 0)");
	code_line(b, "})");
}

const struct pattern pattern_remove_handler = {
	.name = "remove-handler",
	.lesson = N_("ipcMain.removeHandler: the next invoke gets No handler "
	    "registered"),
	.concerns = N_("handlers; Electron 7+"),
	.request = MSG_IPC_INVOKE,
	.async = 1,
	.heard = pattern_heard_first,
	.main_call = mainproc_handle,
	.code_renderer = code_page_invoke,
	.code_main = remove_handler_code_main,
};
