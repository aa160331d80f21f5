/* ipcMain.off with the listener itself: it hears two messages, then none. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"
#include "reply.h"

#define LISTENER_OFF_AFTER	2	/* messages the listener takes */

/* main: the listener is there for the first two calls. */
static int
listener_off_heard(const struct scenario *sc, uint32_t n)
{
	(void)sc;
	return (n < LISTENER_OFF_AFTER);
}

/* main.js: a named listener that takes itself off after its second message. */
static void
listener_off_code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "let calls = 0");
	code_line(b, "function onNumbers (event, ...args) {");
	code_hop_line(b, CODE_HOP_MAIN_LOG, "  console.log('receive message "
	    "from renderer process', ...args)");
	code_line(b, "  const sum = args.reduce((a, b) => a + b, 0)");
	code_hop_line(b, CODE_HOP_ANSWER, "  %s('message-from-main', sum)",
	    reply_method(sc->reply)->call);
	code_line(b, "  // off needs the very function on was given");
	code_line(b, "  if (++calls === %d) ipcMain.off('message-from-renderer', "
	    "onNumbers)", LISTENER_OFF_AFTER);
	code_line(b, "}");
	code_line(b, "ipcMain.on('message-from-renderer', onNumbers)");
}

const struct pattern pattern_listener_off = {
	.name = "listener-off",
	.lesson = N_("ipcMain.off: the listener takes itself off after two "
	    "messages"),
	.concerns = N_("listener lifetimes; off is removeListener"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.heard = listener_off_heard,
	.main_call = mainproc_log_sum_reply,
	.code_renderer = code_page_send_reply,
	.code_main = listener_off_code_main,
};
