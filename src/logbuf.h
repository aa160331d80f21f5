/*
 * The lines of the panes, in the order they arrived, each tagged with the
 * pane it belongs to: a bounded ring that counts what it had to drop.  No
 * curses here.
 */
#ifndef IPCSIM_LOGBUF_H
#define IPCSIM_LOGBUF_H

#include <stddef.h>
#include <stdint.h>

/* What a line is, for its colour and attributes. */
enum logbuf_kind {
	LOGBUF_OUTPUT,		/* what a process printed */
	LOGBUF_ERROR,		/* an uncaught error, a crash, a protocol error */
	LOGBUF_NOTICE,		/* ipcsim's own words */
	LOGBUF_ARROW,		/* a message between the processes: its
				   gutter, LOGBUF_SEP, its label */
};

/* What an arrow line is (logbuf_line's flags). */
#define LOGBUF_TO_MAIN	0x1	/* from a renderer to main; else back */
#define LOGBUF_ANSWER	0x2	/* an answer to a request: dotted */
#define LOGBUF_FAILED	0x4	/* dropped or refused: it ends in a cross */
#define LOGBUF_BETWEEN	0x8	/* from a renderer to another, on a port */

/* Between an arrow's gutter and its label (escaped text has no controls). */
#define LOGBUF_SEP	'\x1f'

/* A line: 40 bytes and its text, ten thousand of them in the scrollback. */
struct logbuf_line {
	char		*text;
	uint64_t	 frame;		/* an arrow's frame log number; 0: none */
	int		 window;	/* the window it is from or about; 0: none */
	uint8_t		 tag;		/* which pane */
	uint8_t		 kind;		/* enum logbuf_kind */
	uint8_t		 flags;		/* an arrow's LOGBUF_* */
	/* How it wraps, measured once per width by the pane that draws it. */
	int		 wrap_w;	/* the columns measured for; 0 before */
	int		 rows;		/* its rows in wrap_w columns */
	size_t		*marks;		/* text_rows_marked's; freed with the line */
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
struct logbuf_line *logbuf_add(struct logbuf *, int, const char *);
struct logbuf_line *logbuf_line(struct logbuf *, size_t);

#endif
