/*
 * The bytes a keyboard sends, decoded into characters in the locale's
 * encoding.  A byte that cannot begin a character is dropped alone, so it
 * never takes the key typed after it.  No curses here.
 */
#ifndef IPCSIM_KEYIN_H
#define IPCSIM_KEYIN_H

#include <limits.h>
#include <stddef.h>
#include <wchar.h>

struct keyin {
	char	 b[MB_LEN_MAX];	/* bytes of a character not yet whole */
	size_t	 len;
};

void	keyin_reset(struct keyin *);
void	keyin_add(struct keyin *, int);
int	keyin_next(struct keyin *, wint_t *);

#endif
