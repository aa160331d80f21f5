/* Drawing UTF-8 text by display width: wide characters, clipping, wrapping. */
#ifndef IPCSIM_UI_TEXT_H
#define IPCSIM_UI_TEXT_H

#include <curses.h>
#include <stddef.h>

#include "layout.h"

int	text_width(const char *);
int	text_width_n(const char *, size_t);
int	text_draw(WINDOW *, int, int, int, const char *, size_t);
size_t	text_fit(const char *, int, int *);
int	text_rows(const char *, int);
void	text_draw_wrapped(WINDOW *, const struct rect *, int, int,
	    const char *);

#endif
