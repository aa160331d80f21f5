/* UTF-8 validation and decoding. */
#ifndef IPCSIM_UTF8_H
#define IPCSIM_UTF8_H

#include <stddef.h>
#include <stdint.h>

int	utf8_decode(const char *, size_t, uint32_t *);
int	utf8_valid(const char *, size_t);
size_t	utf8_js_space(const char *, size_t);

#endif
