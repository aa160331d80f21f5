/*
 * The TUI's styles: what each kind of text looks like, in colour when the
 * terminal has it and the user wants it, in attributes that still tell the
 * kinds apart when not.
 */
#ifndef IPCSIM_UI_COLOR_H
#define IPCSIM_UI_COLOR_H

#include <curses.h>

#include "options.h"

enum ui_style {
	STYLE_RENDERER,		/* what a renderer printed */
	STYLE_MAIN,		/* what main printed */
	STYLE_ERROR,		/* uncaught errors, crashes, protocol errors */
	STYLE_NOTICE,		/* ipcsim's own words in the panes */
	STYLE_GUTTER,		/* main's window marks, scroll marks */
	STYLE_BAR_KEY,		/* the key bar's key names */
	STYLE_BAR_LABEL,	/* and their labels */
	STYLE_STATUS,		/* the status line */
	STYLE_STATUS_WARN,	/* the status line saying why a key did nothing */
	STYLE_DIMMED,		/* a control that does not apply */
	STYLE_COUNT
};

int	ui_color_wanted(int, const char *);
void	ui_color_start(int);
attr_t	ui_style(enum ui_style);

#endif
