/* UTF-8 validation, decoding and encoding. */
#ifndef IPCSIM_UTF8_H
#define IPCSIM_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The top bit of each of eight bytes, and the low bit. */
#define UTF8_HIGH_BITS	0x8080808080808080ULL
#define UTF8_LOW_BITS	0x0101010101010101ULL
/* The longest character, in bytes. */
#define UTF8_MAX	4

int	utf8_decode(const char *, size_t, uint32_t *);
int	utf8_encode(uint32_t, char [UTF8_MAX]);
uint64_t utf8_load8(const char *);
int	utf8_valid(const char *, size_t);
size_t	utf8_js_space(const char *, size_t);

#endif
