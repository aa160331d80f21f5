/*
 * Renderer to renderer: main entangles two windows with one
 * MessageChannelMain, port1 to the first and port2 to the second, and the
 * press goes from page to page without main, the way that replaced the
 * removed ipcRenderer.sendTo.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainport.h"
#include "pattern.h"

/* renderer.js, in both windows: the port comes on 'port'; the button posts on it. */
static void
port_windows_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_port_page(b, args, "the other window");
}

/* main.js: once both windows have loaded, one channel between them. */
static void
port_windows_code_main(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_line(b, "// when win1's and win2's pages have loaded:");
	code_line(b, "const { port1, port2 } = new MessageChannelMain()");
	code_line(b, "win1.webContents.postMessage('port', null, [port1])");
	code_line(b, "win2.webContents.postMessage('port', null, [port2])");
}

const struct pattern pattern_port_windows = {
	.name = "port-windows",
	.lesson = N_("two windows talk through a port main gave them"),
	.concerns = N_("ipcRenderer.sendTo, removed in Electron 28; ports "
	    "since 10"),
	.port = PORT_BETWEEN_WINDOWS,
	.greets = 1,
	.windows = 2,
	.args_after = "port.postMessage([",
	.main_loaded = mainport_connect_windows,
	.code_renderer = port_windows_code_renderer,
	.code_main = port_windows_code_main,
};
