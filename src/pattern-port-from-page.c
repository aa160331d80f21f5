/*
 * The other way: the page makes a MessageChannel and sends port2 to main
 * with ipcRenderer.postMessage; main's ipcMain.on('port') takes it from
 * event.ports and starts it.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "pattern.h"

/* renderer.js: the page's channel, port2 to main, the button on port1. */
static void
port_from_page_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_line(b, "const { port1, port2 } = new MessageChannel()");
	code_line(b, "ipcRenderer.postMessage('port', null, [port2])");
	code_line(b, "port1.onmessage = (event) => {");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "  console.log('receive message from main process', event.data)");
	code_line(b, "}");
	code_line(b, "btn.onclick = () => {");
	code_hop_line(b, CODE_HOP_CALL, "  port1.postMessage([%s])", args);
	code_line(b, "}");
}

/* main.js: the port arrives in event.ports; main listens on it and starts it. */
static void
port_from_page_code_main(struct buf *b, const struct scenario *sc)
{
	struct buf	 inner;

	(void)sc;
	code_line(b, "ipcMain.on('port', (event) => {");
	buf_init(&inner);
	code_line(&inner, "const port = event.ports[0]");
	code_port_listener(&inner, "port");
	code_line(&inner, "port.start()");
	code_indent(b, buf_str(&inner));
	buf_free(&inner);
	code_line(b, "})");
}

const struct pattern pattern_port_from_page = {
	.name = "port-from-page",
	.lesson = N_("the page sends main a MessagePort with "
	    "ipcRenderer.postMessage"),
	.concerns = N_("ipcRenderer.postMessage and event.ports; Electron 10+"),
	.port = PORT_FROM_PAGE,
	.args_after = "port1.postMessage([",
	.code_renderer = port_from_page_code_renderer,
	.code_main = port_from_page_code_main,
};
