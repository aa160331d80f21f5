/* Growable byte buffers: frame payloads, input accumulators and output queues. */
#ifndef IPCSIM_BUF_H
#define IPCSIM_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Bytes live in data[off .. off + len); consumed bytes before off are reclaimed lazily. */
struct buf {
	uint8_t	*data;
	size_t	 off;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_reserve(struct buf *, size_t);
void	 buf_append(struct buf *, const void *, size_t);
void	 buf_vprintf(struct buf *, const char *, va_list)
	     __attribute__((format(printf, 2, 0)));
void	 buf_printf(struct buf *, const char *, ...)
	     __attribute__((format(printf, 2, 3)));
void	 buf_consume(struct buf *, size_t);
void	 buf_cut(struct buf *, size_t, size_t);
void	 buf_clear(struct buf *);
uint8_t	*buf_head(const struct buf *);

#endif
