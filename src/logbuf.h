/*
 * The lines of the panes, in the order they arrived, each tagged with the
 * pane it belongs to: a bounded ring that counts what it had to drop.  No
 * curses here.
 */
#ifndef IPCSIM_LOGBUF_H
#define IPCSIM_LOGBUF_H

#include <stddef.h>

struct logbuf_line {
	char	*text;
	int	 tag;		/* which pane */
	/* How it wraps, measured once per width by the pane that draws it. */
	int	 wrap_w;	/* the columns measured for; 0 before */
	int	 rows;		/* its rows in wrap_w columns */
	size_t	*marks;		/* text_rows_marked's; freed with the line */
};

struct logbuf {
	struct logbuf_line	 *lines;
	size_t			  cap;		/* most lines kept */
	size_t			  first;	/* index of the oldest */
	size_t			  count;
	unsigned long long	  dropped;	/* older lines let go */
};

void		 logbuf_init(struct logbuf *, size_t);
void		 logbuf_free(struct logbuf *);
void		 logbuf_add(struct logbuf *, int, const char *);
struct logbuf_line *logbuf_line(struct logbuf *, size_t);

#endif
