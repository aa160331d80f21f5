/* Where everything goes on the screen, from its size alone.  No curses here. */
#ifndef IPCSIM_LAYOUT_H
#define IPCSIM_LAYOUT_H

#define LAYOUT_MIN_COLS	60
#define LAYOUT_MIN_ROWS	12
#define LAYOUT_MIN_REPLY	10	/* columns kept for the reply beside the button */
#define LAYOUT_SPLIT_COLS	160	/* from here the code view goes beside the logs */

/* Which column of the timeline a line goes to. */
enum layout_column {
	LAYOUT_RENDERER = 0,
	LAYOUT_MAIN = 1,
};

struct rect {
	int	y, x, h, w;
};

struct layout {
	struct rect	renderer;	/* the renderer's box */
	struct rect	field;		/* the argument field */
	struct rect	button;
	struct rect	reply;		/* what the page shows */
	struct rect	main;		/* the main process's box */
	struct rect	pattern;	/* the pattern's selector */
	struct rect	method;		/* the reply method's selector */
	/* The log columns, indexed by enum layout_column; they share their rows. */
	struct rect	logs[2];
	/* With the code beside the logs: each box's code, right of its log. */
	int		split;
	struct rect	code[2];
	struct rect	status;		/* the line of what ipcsim has to say */
	struct rect	keys;		/* the bottom line */
};

int	layout_compute(struct layout *, int, int, int, int);
int	rect_contains(const struct rect *, int, int);

#endif
