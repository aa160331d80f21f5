/* Step mode's queue of held frames: copies in arrival order, and what the views say of them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "framelog.h"
#include "i18n.h"
#include "log.h"
#include "proto.h"
#include "step.h"

/* An empty queue, step mode off. */
void
step_init(struct step *st)
{
	memset(st, 0, sizeof *st);
	buf_init(&st->bytes);
}

/* Free the queue, and whatever it still holds. */
void
step_free(struct step *st)
{
	free(st->frames);
	buf_free(&st->bytes);
	memset(st, 0, sizeof *st);
}

/* Hold a copy of frame f, record n, for child to (0: the UI), which is pid now. */
void
step_hold(struct step *st, const struct msg *f, uint64_t n, uint16_t to,
    pid_t pid)
{
	struct step_frame	*sf;

	if (st->head == st->count) {
		st->head = st->count = 0;
		buf_clear(&st->bytes);
	}
	if (st->count == st->alloc) {
		st->alloc = st->alloc == 0 ? 64 : st->alloc * 2;
		st->frames = reallocarray(st->frames, st->alloc,
		    sizeof *st->frames);
		if (st->frames == NULL)
			fatal("reallocarray");
	}
	sf = &st->frames[st->count++];
	sf->hdr = f->hdr;
	sf->n = n;
	sf->payload_len = f->payload_len;
	sf->to = to;
	sf->pid = pid;
	buf_append(&st->bytes, f->payload, f->payload_len);
}

/* The next frame to go, f pointing at its copy (valid until the next pop or hold); NULL if none. */
const struct step_frame *
step_next(const struct step *st, struct msg *f)
{
	const struct step_frame	*sf;

	if (st->head == st->count)
		return (NULL);
	sf = &st->frames[st->head];
	if (f != NULL) {
		f->hdr = sf->hdr;
		f->payload = buf_head(&st->bytes);
		f->payload_len = sf->payload_len;
	}
	return (sf);
}

/*
 * Forget the next frame: it has gone.  Those gone are taken out of the
 * array once they are half of it, so that frames held one after another
 * for long, the queue never empty, take no more room than those held.
 */
void
step_pop(struct step *st)
{
	if (st->head == st->count)
		return;
	buf_consume(&st->bytes, st->frames[st->head].payload_len);
	if (++st->head > st->alloc / 2) {
		memmove(st->frames, st->frames + st->head,
		    (st->count - st->head) * sizeof *st->frames);
		st->count -= st->head;
		st->head = 0;
	}
}

/* How many frames are held. */
size_t
step_held(const struct step *st)
{
	return (st->count - st->head);
}

/* Whether frame log record n is held; the queue is in number order. */
int
step_is_held(const struct step *st, uint64_t n)
{
	size_t	 lo = st->head, hi = st->count, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (st->frames[mid].n == n)
			return (1);
		if (st->frames[mid].n < n)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (0);
}

/*
 * Whether a frame of a type goes with the one before it rather than take a
 * step of its own: a press done says only that the console line before it
 * was the press's last effect.
 */
int
step_silent(uint16_t type)
{
	return (type == MSG_PRESS_DONE);
}

/*
 * Say what step mode holds, for the status line: "step: next R1->Main
 * send, 2 held ", with → when utf8; nothing when step mode is off.
 */
void
step_describe(const struct step *st, int utf8, struct buf *b)
{
	const struct step_frame	*sf;
	struct proto_msg	 m;
	struct msg		 f;
	struct buf		 dir;
	const char		*err;

	if (!st->on)
		return;
	if ((sf = step_next(st, &f)) == NULL) {
		buf_printf(b, "%s", _("step: nothing held "));
		return;
	}
	buf_init(&dir);
	framelog_direction(&dir, sf->hdr.src, sf->hdr.dst, utf8);
	proto_msg_init(&m);
	/* TRANSLATORS: the direction (R1→Main), then the method (send). */
	buf_printf(b, ngettext("step: next %s %s, %zu held ",
	    "step: next %s %s, %zu held ", step_held(st)), buf_str(&dir),
	    framelog_method_name(framelog_method(sf->hdr.type,
	    proto_decode(&f, &m, 0, &err) == 0 ? &m : NULL)), step_held(st));
	proto_msg_free(&m);
	buf_free(&dir);
}
