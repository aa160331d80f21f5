/* Frame headers, message type names and typed payload helpers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "msg.h"
#include "utf8.h"

/* Store a big-endian 16-bit value. */
static void
put16(uint8_t *p, uint16_t v)
{
	p[0] = v >> 8;
	p[1] = v & 0xff;
}

/* Load a big-endian 16-bit value. */
static uint16_t
get16(const uint8_t *p)
{
	return ((uint16_t)(p[0] << 8 | p[1]));
}

/* Change the length of a header already written at p. */
void
msg_header_set_len(uint8_t *p, uint32_t len)
{
	msg_put32(p, len);
}

/* Write a header into the first MSG_HEADER_SIZE bytes at p. */
void
msg_header_put(uint8_t *p, const struct msg_header *h)
{
	msg_put32(p, h->len);
	put16(p + 4, h->version);
	put16(p + 6, h->type);
	put16(p + 8, h->src);
	put16(p + 10, h->dst);
	msg_put32(p + 12, h->id);
}

/*
 * Read and check a header from the avail bytes at p.  Returns 1 with *h
 * filled, 0 when fewer than MSG_HEADER_SIZE bytes are there yet, and -1 with
 * *err set when the header can never be valid.
 */
int
msg_header_get(const uint8_t *p, size_t avail, struct msg_header *h,
    const char **err)
{
	if (avail < MSG_HEADER_SIZE)
		return (0);
	h->len = msg_get32(p);
	h->version = get16(p + 4);
	h->type = get16(p + 6);
	h->src = get16(p + 8);
	h->dst = get16(p + 10);
	h->id = msg_get32(p + 12);
	if (h->version != MSG_VERSION) {
		*err = "unsupported protocol version";
		return (-1);
	}
	if (h->len < MSG_HEADER_SIZE) {
		*err = "frame length shorter than its header";
		return (-1);
	}
	if (h->len > MSG_MAX_FRAME) {
		*err = "frame larger than the maximum frame size";
		return (-1);
	}
	if (!msg_type_known(h->type)) {
		*err = "unknown message type";
		return (-1);
	}
	return (1);
}

/*
 * Append a length-prefixed UTF-8 string to a payload.  One too long for a
 * frame makes the frame too long, which peer_end refuses.
 */
void
msg_add_string(struct buf *b, const char *s, size_t len)
{
	if (len > UINT32_MAX)
		fatalx("string too long for a frame");
	msg_add_u32(b, (uint32_t)len);
	buf_append(b, s, len);
}

/*
 * Point *s at length-prefixed bytes in the payload (not NUL-terminated),
 * without copying them.
 */
int
msg_view_bytes(struct msg_reader *r, const char **s, size_t *len)
{
	uint32_t	 n;

	if (msg_get_u32(r, &n) == -1 || r->len - r->pos < n)
		return (-1);
	*s = (const char *)r->p + r->pos;
	*len = n;
	r->pos += n;
	return (0);
}

/* The same for a string, which must be valid UTF-8. */
int
msg_view_string(struct msg_reader *r, const char **s, size_t *len)
{
	size_t	 start = r->pos;

	if (msg_view_bytes(r, s, len) == -1)
		return (-1);
	if (!utf8_valid(*s, *len)) {
		r->pos = start;
		return (-1);
	}
	return (0);
}

/*
 * Read a length-prefixed string that must be valid UTF-8 into a new
 * NUL-terminated copy (it may hold NUL bytes of its own; *len counts them).
 */
int
msg_get_string(struct msg_reader *r, char **s, size_t *len)
{
	const char	*view;

	if (msg_view_string(r, &view, len) == -1)
		return (-1);
	if ((*s = malloc(*len + 1)) == NULL)
		fatal("malloc");
	memcpy(*s, view, *len);
	(*s)[*len] = '\0';
	return (0);
}
