/*
 * The page's world, as webPreferences make it: without contextIsolation
 * the page reaches Node's require itself; with it, only what a preload
 * script exposed through contextBridge.  What each pattern's page finds
 * there, at load and at a click, with Electron's and V8's words.
 */
#ifndef IPCSIM_WORLD_H
#define IPCSIM_WORLD_H

#include "pattern.h"
#include "scenario.h"

#define WORLD_MAX_LINES	3

/* A line of the renderer's console at load; preload: printed by the preload's world. */
struct world_line {
	const char	*text;
	int		 preload;
};

/* What the page's code met when it loaded. */
struct world_load {
	struct world_line lines[WORLD_MAX_LINES];
	char		 text[2][128];	/* room for the lines made here */
	int		 n;
	int		 listens;	/* its listener on message-from-main is set */
	int		 clickable;	/* its button's handler is set */
	/* What a click throws ("Uncaught kind: message"); NULL: nothing. */
	const char	*click_kind;
	const char	*click_msg;
};

void	world_load(const struct pattern *, const struct scenario *,
	    struct world_load *);

#endif
