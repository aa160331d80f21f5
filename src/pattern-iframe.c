/*
 * A page that holds an iframe whose button sends: event.reply answers the
 * frame that sent, event.sender.send and win.webContents.send the window's
 * top frame.  Where the seed's three replies stop being the same.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* frame.js: the iframe's script, with the button and a listener of its own. */
static void
iframe_code_frame(struct buf *b, const struct scenario *sc, const char *args)
{
	code_page_send_reply(b, sc, args);
}

/* renderer.js: the top frame's, which holds <iframe src="frame.html"> and listens too. */
static void
iframe_code_top(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_line(b, "// index.html holds <iframe src=\"frame.html\">");
	code_renderer_listener(b, 0);
}

const struct pattern pattern_iframe = {
	.name = "iframe",
	.lesson = N_("the button is in an iframe: event.reply answers it, "
	    "the others the top frame"),
	.concerns = N_("event.reply is sendToFrame; Electron 12+"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.iframe = 1,
	.main_call = mainproc_log_sum_reply,
	.page_file = "frame.js",
	.second_file = "renderer.js",
	.code_second = iframe_code_top,
	.code_renderer = iframe_code_frame,
	.code_main = code_main_on,
};
