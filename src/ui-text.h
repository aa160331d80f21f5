/* Drawing UTF-8 text by display width: wide characters, clipping, wrapping. */
#ifndef IPCSIM_UI_TEXT_H
#define IPCSIM_UI_TEXT_H

#include <curses.h>
#include <stddef.h>

#include "layout.h"

/* Rows apart of the marks that text_rows_marked keeps of a tall line. */
#define TEXT_MARK_ROWS	32

int	text_width(const char *);
int	text_width_n(const char *, size_t);
int	text_draw(WINDOW *, int, int, int, const char *, size_t);
void	text_set_utf8(int);
int	text_draw_cut(WINDOW *, int, int, int, const char *, size_t);
size_t	text_break(const char *, int, size_t *);
size_t	text_fit(const char *, int, int *);
int	text_rows(const char *, int);
int	text_rows_marked(const char *, int, size_t **);
size_t	text_row_start(const char *, int, const size_t *, int);
int	text_draw_wrapped(WINDOW *, const struct rect *, int, const char *);
void	text_box(WINDOW *, const struct rect *, const char *);

#endif
