/* The JavaScript of the MessagePort scenarios: the pages that post on a port, and main's channels. */
#include "config.h"

#include "code.h"
#include "mainport.h"
#include "pattern.h"

/*
 * renderer.js of a page given its port on the 'port' channel: it logs
 * what comes on it (from, as the listener says it), and the button posts
 * the arguments.
 */
void
code_port_page(struct buf *b, const char *args, const char *from)
{
	code_line(b, "let port");
	code_line(b, "ipcRenderer.on('port', (event) => {");
	code_line(b, "  port = event.ports[0]");
	code_line(b, "  port.onmessage = (event) => {");
	code_hop_line(b, CODE_HOP_RENDERER_LOG,
	    "    console.log('receive message from %s', event.data)", from);
	code_line(b, "  }");
	code_line(b, "})");
	code_line(b, "btn.onclick = () => {");
	code_hop_line(b, CODE_HOP_CALL, "  port.postMessage([%s])", args);
	code_line(b, "}");
}

/*
 * main.js's listener on its end of a port (name): log the arguments,
 * sum them, post the sum back; and its close event.
 */
void
code_port_listener(struct buf *b, const char *name)
{
	code_line(b, "%s.on('message', (event) => {", name);
	code_hop_line(b, CODE_HOP_MAIN_LOG, "  console.log('receive message "
	    "from renderer process', ...event.data)");
	code_line(b, "  const sum = event.data.reduce((a, b) => a + b, 0)");
	code_hop_line(b, CODE_HOP_ANSWER, "  %s.postMessage(sum)", name);
	code_line(b, "})");
	code_line(b, "%s.on('close', () => console.log('%s closed'))", name,
	    name);
}

/* main.js: each page loaded gets port2 of a new channel; main keeps port1, started now or after the delay. */
void
code_port_main(struct buf *b, const struct scenario *sc)
{
	struct buf	 inner;

	code_line(b, "win.webContents.on('did-finish-load', () => {");
	buf_init(&inner);
	code_line(&inner, "const { port1, port2 } = new MessageChannelMain()");
	code_port_listener(&inner, "port1");
	if (pattern_at(sc->pattern)->port_start_late) {
		code_line(&inner, "// until start(), port1 queues what comes");
		code_line(&inner, "setTimeout(() => port1.start(), %u)",
		    mainport_start_after(sc));
	} else
		code_line(&inner, "port1.start()");
	code_line(&inner, "win.webContents.postMessage('port', null, "
	    "[port2])");
	code_indent(b, buf_str(&inner));
	buf_free(&inner);
	code_line(b, "})");
}
