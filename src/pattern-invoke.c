/* ipcRenderer.invoke and ipcMain.handle: a promise that the handler settles. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main: a handler is registered unless --no-handler says not. */
static int
invoke_heard(const struct scenario *sc, uint32_t n)
{
	(void)n;
	return (!sc->no_handler);
}

/* main.js: ipcMain.handle with its delay and its throw, or no handler. */
static void
invoke_code_main(struct buf *b, const struct scenario *sc)
{
	if (sc->no_handler)
		code_line(b, "// no ipcMain.handle('message-from-renderer')");
	else
		code_main_handler(b, sc, "handle");
}

const struct pattern pattern_invoke = {
	.name = "invoke",
	.lesson = N_("invoke/handle: the handler settles a promise"),
	.concerns = N_("demos 0036 and 0035, a slow handler; Electron 7+"),
	.uses = USES_DELAY | USES_THROW | USES_NO_HANDLER,
	.request = MSG_IPC_INVOKE,
	.async = 1,
	.heard = invoke_heard,
	.main_call = mainproc_handle,
	.code_renderer = code_page_invoke,
	.code_main = invoke_code_main,
};
