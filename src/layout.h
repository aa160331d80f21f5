/* Where everything goes on the screen, from its size alone.  No curses here. */
#ifndef IPCSIM_LAYOUT_H
#define IPCSIM_LAYOUT_H

#define LAYOUT_MIN_COLS	60
#define LAYOUT_MIN_ROWS	12

struct rect {
	int	y, x, h, w;
};

struct layout {
	struct rect	renderer;	/* the renderer's box */
	struct rect	button;
	struct rect	reply;
	struct rect	console;	/* inside the renderer's box */
	struct rect	main;		/* the main process's box */
	struct rect	main_log;	/* inside it */
	struct rect	keys;		/* the bottom line */
};

int	layout_compute(struct layout *, int, int, int);
int	rect_contains(const struct rect *, int, int);

#endif
