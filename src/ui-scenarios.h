/*
 * The scenario list: every scenario, one line each on what it teaches and
 * what it concerns, with the code of the one under the cursor below; Enter
 * picks it.
 */
#ifndef IPCSIM_UI_SCENARIOS_H
#define IPCSIM_UI_SCENARIOS_H

#include <curses.h>

#include "scenario.h"
#include "widget.h"

struct scenario_list {
	int	 open;
	int	 sel;		/* the scenario under the cursor */
};

/* What a key did to the list. */
enum scenario_list_result {
	SCENARIO_LIST_KEEP,	/* it stays open */
	SCENARIO_LIST_CLOSE,	/* closed, nothing picked */
	SCENARIO_LIST_PICK,	/* closed, sel picked */
};

void	scenario_list_draw(WINDOW *, const struct scenario_list *,
	    const struct scenario *, const char *, int, int);
enum scenario_list_result scenario_list_key(struct scenario_list *,
	    const struct wkey *);

#endif
