/* Colour pairs and attributes for the TUI's styles. */
#include "config.h"

#include "ui-color.h"

/* Each style's colours (-1: the terminal's own) and its attributes with and without colour. */
static const struct {
	short	 fg, bg;
	attr_t	 colour_attr;
	attr_t	 mono_attr;
} styles[STYLE_COUNT] = {
	[STYLE_RENDERER] =	{ COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
	[STYLE_MAIN] =		{ COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
	[STYLE_ERROR] =		{ COLOR_RED, -1, A_BOLD, A_BOLD },
	[STYLE_NOTICE] =	{ COLOR_YELLOW, -1, A_NORMAL, A_DIM },
	[STYLE_GUTTER] =	{ COLOR_MAGENTA, -1, A_NORMAL, A_DIM },
	[STYLE_BAR_KEY] =	{ -1, -1, A_BOLD, A_BOLD },
	[STYLE_BAR_LABEL] =	{ COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[STYLE_STATUS] =	{ -1, -1, A_NORMAL, A_NORMAL },
	[STYLE_STATUS_WARN] =	{ COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[STYLE_DIMMED] =	{ -1, -1, A_DIM, A_DIM },
};

static attr_t	 style_attr[STYLE_COUNT];

/*
 * Whether the TUI should use colour for --color's mode (enum color_mode): always, never, or
 * (auto) unless NO_COLOR is set to something (https://no-color.org).  The
 * terminal's own ability is checked later, by ui_color_start.
 */
int
ui_color_wanted(int mode, const char *no_color)
{
	if (mode == COLOR_MODE_AUTO)
		return (no_color == NULL || *no_color == '\0');
	return (mode == COLOR_MODE_ALWAYS);
}

/* After initscr: make the pairs if colour is wanted and the terminal has it, else use attributes alone. */
void
ui_color_start(int wanted)
{
	int	 i, colour = wanted && has_colors() && start_color() == OK;

	if (colour)
		use_default_colors();
	for (i = 0; i < STYLE_COUNT; i++) {
		if (!colour) {
			style_attr[i] = styles[i].mono_attr;
			continue;
		}
		style_attr[i] = styles[i].colour_attr;
		if (styles[i].fg == -1 && styles[i].bg == -1)
			continue;
		init_pair((short)(i + 1), styles[i].fg, styles[i].bg);
		style_attr[i] |= COLOR_PAIR(i + 1);
	}
}

/* The attributes that draw a style. */
attr_t
ui_style(enum ui_style s)
{
	return (style_attr[s]);
}
