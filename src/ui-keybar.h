/*
 * The key bar: the F-keys of the key table with their labels, shortened to
 * fit the width as htop's are, help and quit always shown; it remembers
 * where each entry went so that a click runs it.
 */
#ifndef IPCSIM_UI_KEYBAR_H
#define IPCSIM_UI_KEYBAR_H

#include <curses.h>

#include "keys.h"
#include "layout.h"

#define KEYBAR_MAX	16

struct keybar {
	int		 n;
	int		 x[KEYBAR_MAX];		/* where each entry starts */
	int		 w[KEYBAR_MAX];		/* and its width */
	enum key_action	 act[KEYBAR_MAX];
};

void		 keybar_draw(WINDOW *, const struct rect *, struct keybar *);
enum key_action	 keybar_hit(const struct keybar *, int);

#endif
