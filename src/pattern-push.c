/* main pushes on its own: win.webContents.send, on the button or on a timer. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"
#include "reply.h"

/* main: win.webContents.send('message-from-main', 1, 2, 3) to the first window. */
static void
push_main_push(struct mainproc *mp, uint32_t id)
{
	struct value	 args;
	int		 i;

	if (mainproc_destroyed(mp, 1, id, "webContents.send("))
		return;
	value_init(&args, VALUE_ARRAY);
	for (i = 1; i <= 3; i++)
		value_number(value_push(&args), i);
	mainproc_send(mp, REPLY_WEBCONTENTS, ENDPOINT_RENDERER(1), PAGE_CURRENT,
	    id, &args);
}

/* renderer.js: only the listener; the page sends nothing. */
static void
push_code_renderer(struct buf *b, const struct scenario *sc, const char *args)
{
	(void)sc;
	(void)args;
	code_renderer_listener(b, 1);
}

/* main.js: the push, and when it happens. */
static void
push_code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "// on the button%s:", sc->push_every_ms > 0 ?
	    ", and every --push-every ms" : "");
	code_hop_line(b, CODE_HOP_ANSWER,
	    "win.webContents.send('message-from-main', 1, 2, 3)");
}

const struct pattern pattern_push = {
	.name = "push",
	.lesson = N_("main sends by itself: win.webContents.send"),
	.concerns = N_("demo 0043"),
	.uses = USES_PUSH_EVERY,
	.listener_all_args = 1,
	.main_push = push_main_push,
	.code_renderer = push_code_renderer,
	.code_main = push_code_main,
};
