/* A preload that hands ipcRenderer itself to the page: it arrives as an empty object. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* renderer.js: the page uses ipcRenderer as if it had come across whole. */
static void
expose_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_line(b, "btn.onclick = () => {");
	code_hop_line(b, CODE_HOP_CALL, "  window.electron.ipcRenderer.send("
	    "'message-from-renderer'%s%s)", args[0] != '\0' ? ", " : "", args);
	code_line(b, "}");
	code_line(b, "window.electron.ipcRenderer.on('message-from-main', "
	    "(_, res) => {");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "  console.log('receive message from main process', res)");
	code_line(b, "})");
}

/* preload.js: the whole of ipcRenderer over the bridge. */
static void
expose_code_preload(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_line(b, "const { contextBridge, ipcRenderer } = "
	    "require('electron')");
	code_line(b, "// since Electron 29 the page gets {}: its methods do "
	    "not cross");
	code_line(b, "contextBridge.exposeInMainWorld('electron', "
	    "{ ipcRenderer })");
}

const struct pattern pattern_expose_ipcrenderer = {
	.name = "expose-ipcrenderer",
	.lesson = N_("a preload exposes ipcRenderer itself: the page gets "
	    "{}"),
	.concerns = N_("electron#27120; Electron 29+"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.isolation = 1,
	.world = WORLD_BRIDGE_IPC,
	.main_call = mainproc_log_sum_reply,
	.second_file = "preload.js",
	.code_second = expose_code_preload,
	.code_renderer = expose_code_renderer,
	.code_main = code_main_on,
};
