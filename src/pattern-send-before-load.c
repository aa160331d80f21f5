/*
 * webContents.send made before the page loaded is lost: createWindow sends
 * right after loadFile, to the document before the page, where nothing
 * listens; the same call on did-finish-load arrives.  The button is the
 * seed's.
 */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "ipc.h"
#include "mainproc.h"
#include "pattern.h"
#include "reply.h"
#include "router.h"

/* win.webContents.send('message-from-main', text) to window w's page (or the document before it). */
static void
before_load_send(struct mainproc *mp, int w, uint32_t page, const char *text)
{
	struct value	 args;

	value_init(&args, VALUE_ARRAY);
	value_string(value_push(&args), text, strlen(text));
	mainproc_send(mp, REPLY_WEBCONTENTS, ENDPOINT_RENDERER(w), page, 0,
	    &args);
}

/* main: createWindow sends before its page has loaded (the window is mp->cl.about). */
static void
before_load_window_created(struct mainproc *mp)
{
	before_load_send(mp, mp->cl.about, PAGE_BEFORE_LOAD, "before load");
}

/* main: did-finish-load of window w (0: of every window) sends again. */
static void
before_load_loaded(struct mainproc *mp, int w)
{
	int	 i;

	for (i = 1; i <= ROUTER_MAX_WINDOWS; i++) {
		if ((w == 0 || i == w) && (mp->live & 1u << (i - 1)))
			before_load_send(mp, i, PAGE_CURRENT, "after load");
	}
}

/* main.js: the two sends of createWindow, then the seed's listener. */
static void
before_load_code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "function createWindow () {");
	code_line(b, "  win = new BrowserWindow({ /* ... */ })");
	code_line(b, "  win.loadFile('index.html')");
	code_line(b, "  // the page has not loaded: nothing listens, it is lost");
	code_line(b, "  win.webContents.send('message-from-main', "
	    "'before load')");
	code_line(b, "  win.webContents.on('did-finish-load', () => {");
	code_line(b, "    win.webContents.send('message-from-main', "
	    "'after load')");
	code_line(b, "  })");
	code_line(b, "}");
	code_main_on(b, sc);
}

const struct pattern pattern_send_before_load = {
	.name = "send-before-load",
	.lesson = N_("webContents.send before the page loaded is lost; on "
	    "did-finish-load it arrives"),
	.concerns = N_("sending from createWindow right after loadFile; every "
	    "Electron"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.greets = 1,
	.main_call = mainproc_log_sum_reply,
	.main_window_created = before_load_window_created,
	.main_loaded = before_load_loaded,
	.code_renderer = code_page_send_reply,
	.code_main = before_load_code_main,
};
