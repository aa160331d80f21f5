/* ipcMain.once: the listener hears the first message and is gone before it runs. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main.js: the seed's listener added with once. */
static void
once_code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "// once removes the listener before it runs: later "
	    "messages find none");
	code_main_seed(b, sc, "once");
}

const struct pattern pattern_once = {
	.name = "once",
	.lesson = N_("ipcMain.once: the first press is answered, the others "
	    "are dropped"),
	.concerns = N_("listener lifetimes; every Electron"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.heard = pattern_heard_first,
	.main_call = mainproc_log_sum_reply,
	.code_renderer = code_page_send_reply,
	.code_main = once_code_main,
};
