/* Escape control characters and bad bytes so that no message can drive the terminal. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "escape.h"
#include "utf8.h"

/*
 * Whether eight bytes are all printable ASCII (0x20 to 0x7e): none below
 * 0x20, and none at 0x7f or above, tested a word at a time.
 */
static int
escape_printable8(const char *s)
{
	uint64_t	 w = utf8_load8(s);
	uint64_t	 below = (w - 0x20 * UTF8_LOW_BITS) & ~w;
	uint64_t	 above = (w + (0x80 - 0x7f) * UTF8_LOW_BITS) | w;

	return (((below | above) & UTF8_HIGH_BITS) == 0);
}

/*
 * Whether c is a format character that would change what the user reads
 * without showing itself: the bidirectional embeddings, overrides and
 * isolates (U+202A-202E, U+2066-2069), the Arabic letter mark (U+061C), the
 * zero-width space, joiners and direction marks (U+200B-200F), the byte
 * order mark (U+FEFF), and the line and paragraph separators (U+2028/9).
 * A right-to-left override in a message would otherwise reverse the rest
 * of the line on the screen, and a zero-width character hide in it.
 */
static int
escape_invisible(uint32_t c)
{
	return ((c >= 0x200b && c <= 0x200f) ||
	    (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x061c || c == 0xfeff);
}

/* Append the visible escape for one control character or stray byte. */
static void
escape_one(struct buf *out, uint32_t c, int is_byte)
{
	char	 tmp[16];

	switch (c) {
	case '\n':
		buf_append(out, "\\n", 2);
		return;
	case '\t':
		buf_append(out, "\\t", 2);
		return;
	case '\r':
		buf_append(out, "\\r", 2);
		return;
	case '\033':
		buf_append(out, "\\e", 2);
		return;
	}
	/* A stray byte is \xNN; a character past ASCII is \u{N}, never the same. */
	if (is_byte || c < 0x80)
		snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
	else
		snprintf(tmp, sizeof tmp, "\\u{%x}", (unsigned)c);
	buf_append(out, tmp, strlen(tmp));
}

/*
 * Append to out, NUL-terminated, a copy of n bytes at s that is safe to draw:
 * C0 and C1 controls, DEL, invisible format characters and invalid bytes
 * become visible escapes; valid printable UTF-8 stays as it is when utf8 is set, and
 * every non-ASCII character is escaped when the terminal is not UTF-8.
 */
void
escape_append(struct buf *out, const char *s, size_t n, int utf8)
{
	uint32_t	 c;
	size_t		 i = 0;
	int		 k;

	buf_reserve(out, n + 1);
	while (i < n) {
		/* Printable ASCII, by far the most common, goes in runs. */
		for (k = 0; i + k + 8 <= n && escape_printable8(s + i + k);)
			k += 8;
		/* A printable tail in one test: the last eight bytes, overlapping. */
		if (i + k < n && n >= 8 && i + k + 8 > n &&
		    escape_printable8(s + n - 8))
			k = n - i;
		while (i + k < n && s[i + k] >= 0x20 && s[i + k] < 0x7f)
			k++;
		if (k > 0) {
			buf_append(out, s + i, k);
			i += k;
			continue;
		}
		k = utf8_decode(s + i, n - i, &c);
		if (k == 0) {
			escape_one(out, (unsigned char)s[i], 1);
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
		    (!utf8 && c >= 0x80) || escape_invisible(c))
			escape_one(out, c, 0);
		else
			buf_append(out, s + i, k);
		i += k;
	}
	buf_append(out, "", 1);
}

/* escape_append into a new NUL-terminated string for the caller to free. */
char *
escape_for_terminal(const char *s, size_t n, int utf8)
{
	struct buf	 out;

	buf_init(&out);
	escape_append(&out, s, n, utf8);
	/* Nothing was consumed, so the string starts at data. */
	return ((char *)out.data);
}
