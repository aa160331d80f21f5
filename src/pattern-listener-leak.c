/* A page that adds its listener on every click: they pile up, and all of them fire. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* renderer.js: ipcRenderer.on inside the click handler, then send. */
static void
listener_leak_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_line(b, "btn.onclick = () => {");
	code_line(b, "  // one more listener on every click: they pile up");
	code_line(b, "  ipcRenderer.on('message-from-main', (_, res) => {");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "    console.log('receive message from main process', res)");
	code_line(b, "  })");
	code_hop_line(b, CODE_HOP_CALL, "  ipcRenderer.send("
	    "'message-from-renderer'%s%s)", args[0] != '\0' ? ", " : "", args);
	code_line(b, "}");
}

const struct pattern pattern_listener_leak = {
	.name = "listener-leak",
	.lesson = N_("a listener added on each click: all fire; the 11th "
	    "warns"),
	.concerns = N_("electron#33328; Node's EventEmitter"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.listener_per_click = 1,
	.main_call = mainproc_log_sum_reply,
	.code_renderer = listener_leak_code_renderer,
	.code_main = code_main_on,
};
