/* The modern way: a preload exposes a narrow API with contextBridge; the page calls it. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* renderer.js: the page calls only what the preload exposed. */
static void
preload_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_line(b, "btn.onclick = () => {");
	code_line(b, "  window.electronAPI.sendNumbers(%s)", args);
	code_line(b, "}");
	code_line(b, "window.electronAPI.onResult((value) => {");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "  console.log('receive message from main process', value)");
	code_line(b, "})");
}

/* preload.js: the bridge, in the isolated world, with ipcRenderer behind it. */
static void
preload_code_preload(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_bridge_start(b);
	code_line(b, "  onResult: (callback) => ipcRenderer.on("
	    "'message-from-main', (_event, value) => callback(value))");
	code_bridge_end(b);
}

const struct pattern pattern_preload = {
	.name = "preload",
	.lesson = N_("a preload exposes sendNumbers and onResult with "
	    "contextBridge"),
	.concerns = N_("the tutorial's way; isolation since Electron 12, "
	    "sandbox since 20"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.isolation = 1,
	.world = WORLD_BRIDGE,
	.args_after = "electronAPI.sendNumbers(",
	.bridge_load = "onResult",
	.bridge_click = "sendNumbers",
	.main_call = mainproc_log_sum_reply,
	.second_file = "preload.js",
	.code_second = preload_code_preload,
	.code_renderer = preload_code_renderer,
	.code_main = code_main_on,
};
