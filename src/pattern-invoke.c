/* ipcRenderer.invoke and ipcMain.handle: a promise that the handler settles. */
#include "config.h"

#include <string.h>

#include "code.h"
#include "i18n.h"
#include "inspect.h"
#include "ipc.h"
#include "mainproc.h"
#include "pattern.h"

/* main: the handler, or Electron's rejection when none is registered. */
static void
invoke_main_call(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	if (mp->sc.no_handler) {
		mainproc_reject(mp, h, call, "Error: No handler registered "
		    "for '" IPC_CHANNEL_TO_MAIN "'");
		return;
	}
	mainproc_log_args(mp, &call->value);
	mainproc_answer_later(mp, h, call, MSG_IPC_INVOKE_RESULT);
}

/* renderer.js: await invoke on the button and log the result. */
static void
invoke_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_button(b, "await ipcRenderer.invoke", CODE_RETURNS | CODE_ASYNC,
	    args);
}

/* main.js: the handler, with its delay and its throw. */
static void
invoke_code_main(struct buf *b, const struct scenario *sc)
{
	struct value	 msg;
	struct buf	 quoted;

	if (sc->no_handler) {
		code_line(b, "// no ipcMain.handle('message-from-renderer')");
		return;
	}
	code_line(b, "ipcMain.handle('message-from-renderer', "
	    "async (event, ...args) => {");
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

const struct pattern pattern_invoke = {
	.name = "invoke",
	.lesson = N_("invoke/handle: the handler settles a promise"),
	.uses = USES_DELAY | USES_THROW | USES_NO_HANDLER,
	.request = MSG_IPC_INVOKE,
	.async = 1,
	.main_call = invoke_main_call,
	.code_renderer = invoke_code_renderer,
	.code_main = invoke_code_main,
};
