/*
 * MessagePorts, as Electron's tutorial has them: main makes a
 * MessageChannelMain for each page it loads, sends port2 with
 * webContents.postMessage, and the press travels on the port, not on a
 * channel.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainport.h"
#include "pattern.h"

/* renderer.js: the port comes on 'port'; the button posts on it. */
static void
port_code_renderer(struct buf *b, const struct scenario *sc, const char *args)
{
	(void)sc;
	code_port_page(b, args, "main process");
}

const struct pattern pattern_port = {
	.name = "port",
	.lesson = N_("main sends a MessagePort; the press travels on it, not "
	    "on a channel"),
	.concerns = N_("MessageChannelMain and webContents.postMessage; "
	    "Electron 10+"),
	.port = PORT_FROM_MAIN,
	.greets = 1,
	.args_after = "port.postMessage([",
	.main_loaded = mainport_loaded,
	.code_renderer = port_code_renderer,
	.code_main = code_port_main,
};

/* The same page and main, but main starts its end only after the delay. */
const struct pattern pattern_port_start_late = {
	.name = "port-start-late",
	.lesson = N_("main's port queues the messages until port1.start()"),
	.concerns = N_("MessagePortMain needs start(); Electron 10+"),
	.uses = USES_DELAY,
	.port = PORT_FROM_MAIN,
	.greets = 1,
	.port_start_late = 1,
	.args_after = "port.postMessage([",
	.main_loaded = mainport_loaded,
	.code_renderer = port_code_renderer,
	.code_main = code_port_main,
};
