/*
 * A listener taken off through the bridge: the function crosses
 * contextBridge as a new one each time, so removeListener finds nothing and
 * the listeners pile up.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* renderer.js: each click adds show, which tries to take itself off. */
static void
bridge_off_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_line(b, "const show = (_event, value) => {");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "  console.log('receive message from main process', value)");
	code_line(b, "  window.electronAPI.offResult(show)  // removes nothing");
	code_line(b, "}");
	code_line(b, "btn.onclick = () => {");
	code_line(b, "  window.electronAPI.onResult(show)");
	code_line(b, "  window.electronAPI.sendNumbers(%s)", args);
	code_line(b, "}");
}

/* preload.js: on and removeListener behind the bridge, given the page's function. */
static void
bridge_off_code_preload(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_bridge_start(b);
	code_line(b, "  // each crossing makes a new function: off never finds "
	    "the one on got");
	code_line(b, "  onResult: (callback) => ipcRenderer.on("
	    "'message-from-main', callback),");
	code_line(b, "  offResult: (callback) => ipcRenderer.removeListener("
	    "'message-from-main', callback)");
	code_bridge_end(b);
}

const struct pattern pattern_bridge_off = {
	.name = "bridge-off",
	.lesson = N_("removeListener through the bridge removes nothing: the "
	    "listeners pile up"),
	.concerns = N_("electron#33328; functions crossing contextBridge"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.isolation = 1,
	.world = WORLD_BRIDGE,
	.args_after = "electronAPI.sendNumbers(",
	.bridge_click = "onResult",
	.listener_per_click = 1,
	.main_call = mainproc_log_sum_reply,
	.second_file = "preload.js",
	.code_second = bridge_off_code_preload,
	.code_renderer = bridge_off_code_renderer,
	.code_main = code_main_on,
};
