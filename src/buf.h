/* Growable byte buffers: frame payloads, input accumulators and output queues. */
#ifndef IPCSIM_BUF_H
#define IPCSIM_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Bytes live in data[off .. off + len); consumed bytes before off are reclaimed lazily. */
struct buf {
	uint8_t	*data;
	size_t	 off;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_grow(struct buf *, size_t);
void	 buf_vprintf(struct buf *, const char *, va_list)
	     __attribute__((format(printf, 2, 0)));
void	 buf_printf(struct buf *, const char *, ...)
	     __attribute__((format(printf, 2, 3)));
void	 buf_add_uint(struct buf *, uint64_t);
char	*buf_put_uint(char *, uint64_t);
void	 buf_consume(struct buf *, size_t);
void	 buf_cut(struct buf *, size_t, size_t);
void	 buf_clear(struct buf *);

/* The first live byte (inline: every frame asks for it several times). */
static inline uint8_t *
buf_head(const struct buf *b)
{
	return (b->data == NULL ? NULL : b->data + b->off);
}

/* Make room for at least n more bytes after the current contents. */
static inline void
buf_reserve(struct buf *b, size_t n)
{
	/* The common case, room already there, costs one comparison. */
	if (n > b->cap - b->off - b->len)
		buf_grow(b, n);
}

/* Append n bytes to the end. */
static inline void
buf_append(struct buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	buf_reserve(b, n);
	memcpy(b->data + b->off + b->len, p, n);
	b->len += n;
}

/*
 * Room for n more bytes after the contents, to write in place (cheaper than
 * many appends); buf_wrote then says where the writing ended.
 */
static inline char *
buf_space(struct buf *b, size_t n)
{
	buf_reserve(b, n);
	return ((char *)b->data + b->off + b->len);
}

/* The contents now end at end, written in place after buf_space. */
static inline void
buf_wrote(struct buf *b, const char *end)
{
	b->len = (size_t)(end - ((char *)b->data + b->off));
}

/* The contents as a C string: a NUL is kept after them (not counted in len). */
static inline const char *
buf_str(struct buf *b)
{
	buf_reserve(b, 1);
	b->data[b->off + b->len] = '\0';
	return ((const char *)b->data + b->off);
}

#endif
