/* Keyboard bytes to characters, in the locale, one undecodable byte at a time. */
#include "config.h"

#include <string.h>

#include "keyin.h"

/* Forget the bytes of a character not yet whole (a function key ends it). */
void
keyin_reset(struct keyin *k)
{
	k->len = 0;
}

/*
 * Take one byte from the keyboard; keyin_next, called until it returns 0,
 * gives the characters it completes and leaves room for the next byte.
 */
void
keyin_add(struct keyin *k, int byte)
{
	if (k->len < sizeof k->b)
		k->b[k->len++] = (char)byte;
}

/* Remove the first n bytes kept. */
static void
keyin_drop(struct keyin *k, size_t n)
{
	memmove(k->b, k->b + n, k->len - n);
	k->len -= n;
}

/*
 * The next whole character in the bytes kept: 1 with *ch set, or 0 when
 * more bytes are needed (or none are kept).  A byte that cannot begin a
 * character is dropped alone, and the bytes after it are decoded afresh.
 */
int
keyin_next(struct keyin *k, wint_t *ch)
{
	mbstate_t	 st;
	wchar_t		 wc;
	size_t		 n;

	while (k->len > 0) {
		memset(&st, 0, sizeof st);
		n = mbrtowc(&wc, k->b, k->len, &st);
		if (n == (size_t)-2 && k->len < sizeof k->b)
			return (0);
		if (n == (size_t)-1 || n == (size_t)-2) {
			keyin_drop(k, 1);
			continue;
		}
		/* A NUL byte (Ctrl-@) is the character 0 and one byte long. */
		keyin_drop(k, n == 0 ? 1 : n);
		*ch = wc;
		return (1);
	}
	return (0);
}
