/* Growable byte buffers with cheap consumption from the front. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "log.h"

/* Start an empty buffer that owns no memory yet. */
void
buf_init(struct buf *b)
{
	memset(b, 0, sizeof *b);
}

/* Release a buffer's memory and leave it empty. */
void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

/* Make room for n more bytes when they do not fit after the contents. */
void
buf_grow(struct buf *b, size_t n)
{
	size_t	 want, cap;

	if (b->off > 0 && b->off + b->len + n > b->cap) {
		/* Slide the live bytes down before growing. */
		memmove(b->data, b->data + b->off, b->len);
		b->off = 0;
	}
	if (n > SIZE_MAX - b->len)
		fatalx("buffer size overflow");
	want = b->len + n;
	if (want <= b->cap)
		return;
	cap = b->cap ? b->cap : 256;
	while (cap < want) {
		if (cap > SIZE_MAX / 2)
			fatalx("buffer size overflow");
		cap *= 2;
	}
	b->data = realloc(b->data, cap);
	if (b->data == NULL)
		fatal("realloc");
	b->cap = cap;
}

/* Append formatted text (no NUL) from a va_list. */
void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 copy;
	int	 n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		fatalx("buf_vprintf: bad format");
	/* One byte more for the NUL vsnprintf writes, not kept. */
	buf_reserve(b, (size_t)n + 1);
	vsnprintf((char *)b->data + b->off + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

/* Append formatted text (no NUL). */
void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

/*
 * Write an unsigned integer in decimal at p (20 bytes at most), two digits
 * a step and without printf: a trace prints several a frame.  Returns
 * where it ends.
 */
char *
buf_put_uint(char *p, uint64_t v)
{
	static const char	 pairs[] =
	    "00010203040506070809101112131415161718192021222324"
	    "25262728293031323334353637383940414243444546474849"
	    "50515253545556575859606162636465666768697071727374"
	    "75767778798081828384858687888990919293949596979899";
	static const uint64_t	 pow10[20] = { 1ULL, 10ULL, 100ULL, 1000ULL,
	    10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
	    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
	    10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
	    10000000000000000ULL, 100000000000000000ULL,
	    1000000000000000000ULL, 10000000000000000000ULL };
	char			*end;
	unsigned		 len, d;
	uint32_t		 w;

	if (v < 10) {
		*p = (char)('0' + v);
		return (p + 1);
	}
	/* The number of digits from the number of bits: log10(2) ~ 1233 / 4096. */
	len = ((64 - __builtin_clzll(v | 1)) * 1233) >> 12;
	len += v >= pow10[len];
	end = p + len;
	p = end;
	while (v > UINT32_MAX) {
		d = (unsigned)(v % 100) * 2;
		v /= 100;
		*--p = pairs[d + 1];
		*--p = pairs[d];
	}
	/* The rest in 32 bits, which divide faster. */
	for (w = (uint32_t)v; w >= 100; w /= 100) {
		d = (w % 100) * 2;
		*--p = pairs[d + 1];
		*--p = pairs[d];
	}
	if (w >= 10) {
		*--p = pairs[w * 2 + 1];
		*--p = pairs[w * 2];
	} else
		*--p = (char)('0' + w);
	return (end);
}

/* Append an unsigned integer in decimal. */
void
buf_add_uint(struct buf *b, uint64_t v)
{
	buf_wrote(b, buf_put_uint(buf_space(b, 20), v));
}

/* Drop n bytes from the front. */
void
buf_consume(struct buf *b, size_t n)
{
	if (n > b->len)
		fatalx("buf_consume past end");
	b->off += n;
	b->len -= n;
	if (b->len == 0)
		b->off = 0;
}

/* Remove n bytes that start off bytes after the front. */
void
buf_cut(struct buf *b, size_t off, size_t n)
{
	uint8_t	*p = buf_head(b);

	if (off > b->len || n > b->len - off)
		fatalx("buf_cut past end");
	memmove(p + off, p + off + n, b->len - off - n);
	b->len -= n;
	if (b->len == 0)
		b->off = 0;
}

/* Drop everything but keep the memory. */
void
buf_clear(struct buf *b)
{
	b->off = 0;
	b->len = 0;
}
