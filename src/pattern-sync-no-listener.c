/* sendSync on a channel main does not listen to: Electron warns, the page hangs. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main: nobody listens, whatever the call. */
static int
sync_no_listener_heard(const struct scenario *sc, uint32_t n)
{
	(void)sc;
	(void)n;
	return (0);
}

/* main.js: no listener on the channel. */
static void
sync_no_listener_code_main(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_line(b, "// no ipcMain.on('message-from-renderer'): nothing sets "
	    "event.returnValue");
}

const struct pattern pattern_sync_no_listener = {
	.name = "sync-no-listener",
	.lesson = N_("sendSync nobody listens to: main warns, the page hangs"),
	.concerns = N_("electron#31321; every Electron"),
	.request = MSG_IPC_SEND_SYNC,
	.blocks = 1,
	.hangs = 1,
	.heard = sync_no_listener_heard,
	.code_renderer = code_page_send_sync,
	.code_main = sync_no_listener_code_main,
};
