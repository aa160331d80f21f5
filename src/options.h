/* What the command line asked for, shared by the TUI and the transcript mode. */
#ifndef IPCSIM_OPTIONS_H
#define IPCSIM_OPTIONS_H

#include <stdio.h>

#include "scenario.h"

/* The longest argument text, in bytes (the TUI's field holds as much). */
#define OPTIONS_MAX_ARGS	512

/* --color's values. */
enum color_mode {
	COLOR_MODE_AUTO,	/* colour unless NO_COLOR is set */
	COLOR_MODE_ALWAYS,
	COLOR_MODE_NEVER,
};

struct options {
	struct scenario	 sc;
	int		 windows;	/* renderer windows to open */
	const char	*args;		/* the argument field's text */
	int		 utf8;		/* the terminal or stdout takes UTF-8 */
	int		 scrollback;	/* lines the panes keep */
	int		 color;		/* --color: enum color_mode */
	/* The transcript mode only. */
	int		 from;		/* whose button is pressed */
	long long	 clicks;	/* presses to make */
	int		 pipeline;	/* press again before the answer came */
	FILE		*timings;	/* each press's round trip in ns, or NULL */
	int		 transcript;	/* print the pane lines (not with --trace -) */
	int		 messages;	/* and every IPC message among them */
	int		 record;	/* keep the frame log as the TUI does */
};

#endif
