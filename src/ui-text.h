/* Drawing UTF-8 text by display width: wide characters, clipping, wrapping. */
#ifndef IPCSIM_UI_TEXT_H
#define IPCSIM_UI_TEXT_H

#include <curses.h>
#include <stddef.h>

int	text_width(const char *);
int	text_draw(WINDOW *, int, int, int, const char *, size_t);
size_t	text_fit(const char *, int, int *);

#endif
