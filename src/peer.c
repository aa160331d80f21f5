/* Frame transport over non-blocking pipes: partial reads and writes, EINTR and EAGAIN. */
#include "config.h"

#include <errno.h>
#include <unistd.h>

#include "log.h"
#include "peer.h"

/* Attach a peer to its two descriptors, which must already be non-blocking. */
void
peer_init(struct peer *p, int rfd, int wfd)
{
	p->rfd = rfd;
	p->wfd = wfd;
	buf_init(&p->in);
	buf_init(&p->out);
	p->eof = 0;
	p->fresh = 0;
	p->partial_since = 0;
}

/* Close both descriptors and drop whatever was buffered. */
void
peer_close(struct peer *p)
{
	if (p->rfd != -1)
		close(p->rfd);
	if (p->wfd != -1)
		close(p->wfd);
	p->rfd = p->wfd = -1;
	buf_free(&p->in);
	buf_free(&p->out);
	p->fresh = 0;
	p->partial_since = 0;
}

/*
 * Start a frame in the output queue; its payload is then appended to p->out
 * directly (msg_add_* and the like), and peer_end finishes it.  Returns
 * where the frame starts in the queue.
 */
size_t
peer_begin(struct peer *p, uint16_t type, uint16_t src, uint16_t dst,
    uint32_t id)
{
	struct msg_header	 h;
	uint8_t			 hdr[MSG_HEADER_SIZE];
	size_t			 start = p->out.len;

	h.len = 0;
	h.version = MSG_VERSION;
	h.type = type;
	h.src = src;
	h.dst = dst;
	h.id = id;
	msg_header_put(hdr, &h);
	buf_append(&p->out, hdr, sizeof hdr);
	return (start);
}

/*
 * Finish the frame peer_begin started at start: write its length.  (The
 * queue may have moved in memory, but start stays relative to its head.)
 * A frame over MSG_MAX_FRAME is taken back out of the queue: -1.
 */
int
peer_end(struct peer *p, size_t start)
{
	size_t	 n = p->out.len - start;

	if (n > MSG_MAX_FRAME) {
		p->out.len = start;
		return (-1);
	}
	msg_header_set_len(buf_head(&p->out) + start, (uint32_t)n);
	return (0);
}

/* Queue one frame made of a header and the payload in pl (NULL for none). */
void
peer_send(struct peer *p, uint16_t type, uint16_t src, uint16_t dst,
    uint32_t id, const struct buf *pl)
{
	size_t	 start = peer_begin(p, type, src, dst, id);

	if (pl != NULL)
		buf_append(&p->out, buf_head(pl), pl->len);
	if (peer_end(p, start) == -1)
		fatalx("frame too large");
}

/* Queue a copy of a frame that came from another peer, unchanged. */
void
peer_forward(struct peer *p, const struct msg *m)
{
	uint8_t	 hdr[MSG_HEADER_SIZE];

	msg_header_put(hdr, &m->hdr);
	buf_append(&p->out, hdr, sizeof hdr);
	buf_append(&p->out, m->payload, m->payload_len);
}

/*
 * Read everything the pipe has now.  Returns 0, or -1 when the other end is
 * closed (p->eof set) or the read failed; bytes read before that are kept.
 */
int
peer_read(struct peer *p)
{
	ssize_t	 n;

	for (;;) {
		buf_reserve(&p->in, 65536);
		n = read(p->rfd, p->in.data + p->in.off + p->in.len, 65536);
		if (n > 0) {
			p->in.len += n;
			p->fresh = 1;
			/* A short read emptied the pipe: poll will say when there is more. */
			if (n < 65536)
				return (0);
			continue;
		}
		if (n == 0) {
			p->eof = 1;
			return (-1);
		}
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN || errno == EWOULDBLOCK)
			return (0);
		p->eof = 1;
		return (-1);
	}
}

/*
 * Write as much of the queue as the pipe takes now.  Returns 0 (the rest,
 * if any, waits for POLLOUT), or -1 when the reader has gone.
 */
int
peer_flush(struct peer *p)
{
	ssize_t	 n;

	while (p->out.len > 0) {
		n = write(p->wfd, buf_head(&p->out), p->out.len);
		if (n > 0) {
			buf_consume(&p->out, n);
			continue;
		}
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return (0);
		return (-1);
	}
	return (0);
}

/*
 * Take the next whole frame from the input.  Returns 1 with *m set (valid
 * until peer_done), 0 when no whole frame is there yet, -1 with *err set
 * when the bytes cannot be a valid frame, or the stream ended mid-frame.
 */
int
peer_next(struct peer *p, struct msg *m, const char **err)
{
	const uint8_t	*head = buf_head(&p->in);
	int		 r;

	r = msg_header_get(head, p->in.len, &m->hdr, err);
	if (r == 1 && p->in.len >= m->hdr.len) {
		m->payload = head + MSG_HEADER_SIZE;
		m->payload_len = m->hdr.len - MSG_HEADER_SIZE;
		return (1);
	}
	if (r == -1)
		return (-1);
	if (p->eof && p->in.len > 0) {
		*err = "stream ended in the middle of a frame";
		return (-1);
	}
	return (0);
}

/* Drop a frame that peer_next returned, once it has been handled. */
void
peer_done(struct peer *p, const struct msg *m)
{
	buf_consume(&p->in, m->hdr.len);
}

/*
 * Note the time once the whole frames have been taken: if an incomplete
 * frame is left, its wait starts now when bytes came since the last call,
 * and goes on otherwise; with none left nothing waits.
 */
void
peer_stamp(struct peer *p, uint64_t now)
{
	if (p->in.len == 0)
		p->partial_since = 0;
	else if (p->fresh)
		p->partial_since = now;
	p->fresh = 0;
}

/*
 * Start an incomplete frame's wait again at now: its sender could not run
 * until now (it was stopped), so the time before does not count.
 */
void
peer_wait_again(struct peer *p, uint64_t now)
{
	if (p->partial_since != 0)
		p->partial_since = now;
}

/* When the incomplete frame in the input last got a byte, or 0 if none waits. */
uint64_t
peer_partial_since(const struct peer *p)
{
	return (p->partial_since);
}

/*
 * Whether an incomplete frame has waited PEER_PARTIAL_NS or more with no new
 * byte at time now; if so, *have is how many of its bytes came and *want
 * how many its header promises (a header's size while that is incomplete).
 */
int
peer_overdue(const struct peer *p, uint64_t now, size_t *have, size_t *want)
{
	if (p->partial_since == 0 || now < p->partial_since + PEER_PARTIAL_NS)
		return (0);
	*have = p->in.len;
	*want = p->in.len < MSG_HEADER_SIZE ? MSG_HEADER_SIZE :
	    msg_get32(buf_head(&p->in));
	return (1);
}
