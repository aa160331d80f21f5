/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
#include "config.h"

#include <string.h>

#include "utf8.h"

/*
 * Decode the character at s (n bytes available).  Returns its length in
 * bytes with *cp set, or 0 if the bytes are not one valid character.
 */
int
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	uint32_t		 c, min;
	int			 len, i;

	if (n == 0)
		return (0);
	c = u[0];
	if (c < 0x80) {
		*cp = c;
		return (1);
	} else if ((c & 0xe0) == 0xc0) {
		len = 2;
		c &= 0x1f;
		min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		len = 3;
		c &= 0x0f;
		min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return (0);
	if (n < (size_t)len)
		return (0);
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return (0);
		c = c << 6 | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return (0);
	*cp = c;
	return (len);
}

/*
 * Write code point c as UTF-8 into u; returns its length in bytes (1 to 4),
 * or 0 for c past U+10FFFF.  A lone surrogate becomes U+FFFD: UTF-8 cannot
 * hold it.
 */
int
utf8_encode(uint32_t c, char u[UTF8_MAX])
{
	if (c >= 0xd800 && c <= 0xdfff)
		c = 0xfffd;
	if (c < 0x80) {
		u[0] = (char)c;
		return (1);
	}
	if (c < 0x800) {
		u[0] = (char)(0xc0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3f));
		return (2);
	}
	if (c < 0x10000) {
		u[0] = (char)(0xe0 | c >> 12);
		u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		return (3);
	}
	if (c > 0x10ffff)
		return (0);
	u[0] = (char)(0xf0 | c >> 18);
	u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	u[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	u[3] = (char)(0x80 | (c & 0x3f));
	return (4);
}

/* Eight bytes from s, in whatever order the machine keeps them. */
uint64_t
utf8_load8(const char *s)
{
	uint64_t	 w;

	memcpy(&w, s, sizeof w);
	return (w);
}

/* Whether all n bytes at s are valid UTF-8. */
int
utf8_valid(const char *s, size_t n)
{
	size_t		 i = 0;
	uint32_t	 cp;
	int		 k;

	while (i < n) {
		/* ASCII eight bytes at a time: no byte has its top bit set. */
		while (i + 8 <= n && (utf8_load8(s + i) & UTF8_HIGH_BITS) == 0)
			i += 8;
		/* A tail of ASCII in one test: the last eight bytes, overlapping. */
		if (n >= 8 && i + 8 > n &&
		    (utf8_load8(s + n - 8) & UTF8_HIGH_BITS) == 0)
			break;
		while (i < n && (unsigned char)s[i] < 0x80)
			i++;
		if (i == n)
			break;
		if ((k = utf8_decode(s + i, n - i, &cp)) == 0)
			return (0);
		i += k;
	}
	return (1);
}

/*
 * Length of the JavaScript white space or line terminator (WhiteSpace,
 * LineTerminator: ASCII ones, NBSP, BOM and Unicode's Zs) at s, or 0.
 */
size_t
utf8_js_space(const char *s, size_t n)
{
	uint32_t	 c;
	int		 k;

	if ((k = utf8_decode(s, n, &c)) == 0)
		return (0);
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f' || c == 0xa0 || c == 0xfeff || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202f || c == 0x205f || c == 0x3000)
		return ((size_t)k);
	return (0);
}
