/*
 * Frames on the pipes between the UI process and its children.
 *
 * A frame is a 16-byte header followed by a payload.  Every integer is
 * big-endian and written field by field:
 *
 *	u32 len		whole frame, header included
 *	u16 version	MSG_VERSION
 *	u16 type	enum msg_type
 *	u16 src		endpoint that sent it
 *	u16 dst		endpoint it is for
 *	u32 id		request or sequence id (0 when unused)
 */
#ifndef IPCSIM_MSG_H
#define IPCSIM_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define MSG_VERSION	1
#define MSG_HEADER_SIZE	16
#define MSG_MAX_FRAME	(1024 * 1024)

/* Endpoints: the UI, Electron's main process, and renderer N (webContents id N). */
#define ENDPOINT_UI		0
#define ENDPOINT_MAIN		1
#define ENDPOINT_RENDERER_BASE	0x100
#define ENDPOINT_RENDERER(wc)	(ENDPOINT_RENDERER_BASE + (wc))

struct msg_header {
	uint32_t	len;
	uint16_t	version;
	uint16_t	type;
	uint16_t	src;
	uint16_t	dst;
	uint32_t	id;
};

/* A read cursor over one frame's payload. */
struct msg_reader {
	const uint8_t	*p;
	size_t		 len;
	size_t		 pos;
};

/* From the protocol table (proto.c). */
const char	*msg_type_name(uint16_t);
int		 msg_type_known(uint16_t);

void	 msg_header_put(uint8_t *, const struct msg_header *);
void	 msg_header_set_len(uint8_t *, uint32_t);
int	 msg_header_get(const uint8_t *, size_t, struct msg_header *,
	     const char **);

void	 msg_add_string(struct buf *, const char *, size_t);
int	 msg_view_bytes(struct msg_reader *, const char **, size_t *);
int	 msg_view_string(struct msg_reader *, const char **, size_t *);
int	 msg_get_string(struct msg_reader *, char **, size_t *);

/*
 * The fixed-size fields are inline: every frame on the hot path reads and
 * writes several, and a call each cost more than the field.
 */

/* Store a big-endian 32-bit value. */
static inline void
msg_put32(uint8_t *p, uint32_t v)
{
	p[0] = v >> 24;
	p[1] = (v >> 16) & 0xff;
	p[2] = (v >> 8) & 0xff;
	p[3] = v & 0xff;
}

/* Load a big-endian 32-bit value. */
static inline uint32_t
msg_get32(const uint8_t *p)
{
	return ((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3]);
}

/* Append one byte to a payload. */
static inline void
msg_add_u8(struct buf *b, uint8_t v)
{
	buf_append(b, &v, 1);
}

/* Append a 32-bit integer to a payload. */
static inline void
msg_add_u32(struct buf *b, uint32_t v)
{
	uint8_t	 p[4];

	msg_put32(p, v);
	buf_append(b, p, sizeof p);
}

/* Append a 64-bit integer to a payload. */
static inline void
msg_add_u64(struct buf *b, uint64_t v)
{
	uint8_t	 p[8];

	msg_put32(p, (uint32_t)(v >> 32));
	msg_put32(p + 4, (uint32_t)v);
	buf_append(b, p, sizeof p);
}

/* Start reading a payload from its first byte. */
static inline void
msg_reader_init(struct msg_reader *r, const uint8_t *p, size_t len)
{
	r->p = p;
	r->len = len;
	r->pos = 0;
}

/* Read one byte; -1 if the payload is too short. */
static inline int
msg_get_u8(struct msg_reader *r, uint8_t *v)
{
	if (r->len - r->pos < 1)
		return (-1);
	*v = r->p[r->pos++];
	return (0);
}

/* Read a 32-bit integer; -1 if the payload is too short. */
static inline int
msg_get_u32(struct msg_reader *r, uint32_t *v)
{
	if (r->len - r->pos < 4)
		return (-1);
	*v = msg_get32(r->p + r->pos);
	r->pos += 4;
	return (0);
}

/* Read a 64-bit integer; -1 (and the position unchanged) if the payload is too short. */
static inline int
msg_get_u64(struct msg_reader *r, uint64_t *v)
{
	if (r->len - r->pos < 8)
		return (-1);
	*v = (uint64_t)msg_get32(r->p + r->pos) << 32 |
	    msg_get32(r->p + r->pos + 4);
	r->pos += 8;
	return (0);
}

/* 0 if the whole payload was consumed, -1 if bytes are left over. */
static inline int
msg_get_end(const struct msg_reader *r)
{
	return (r->pos == r->len ? 0 : -1);
}

#endif
