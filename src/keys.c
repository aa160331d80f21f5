/* The TUI's keys: one row per key or group of keys, in the help's order. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "keys.h"

static const struct key_entry keys[] = {
	{ N_("controls"), N_("Tab, Shift-Tab, Up, Down"),
	  N_("move the focus (controls that do not apply are skipped)"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("controls"), N_("Enter, click"),
	  N_("press the button, wherever the focus is"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("controls"), N_("Left, Right, Space"),
	  N_("change the focused choice (Space on the button presses it)"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("controls"), N_("typing, paste"),
	  N_("edit the argument field (Home, End, Ctrl-A, Ctrl-E, Ctrl-U, "
	  "Ctrl-K)"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("timeline"), N_("PgUp, PgDn, wheel"),
	  N_("scroll back and forth through every line kept"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("timeline"), N_("Home, End"),
	  N_("the oldest line; the newest, following again (outside the "
	  "field)"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("views"), N_("F1, ?"),
	  N_("this help (Esc, q or F1 closes it)"),
	  1, '?', N_("Help"), N_("Help"), 1, KEY_ACT_HELP },
	{ N_("views"), N_("F2, c"),
	  N_("the code view: the JavaScript of the scenario (Esc closes it)"),
	  2, 'c', N_("Code"), N_("Code"), 0, KEY_ACT_CODE },
	{ N_("views"), N_("l"),
	  N_("the scenarios: a line each on what it teaches, the code below; "
	  "Enter picks one"),
	  0, 'l', NULL, NULL, 0, KEY_ACT_SCENARIOS },
	{ N_("views"), N_("a"),
	  N_("hide or show the messages as arrows between the logs"),
	  0, 'a', NULL, NULL, 0, KEY_ACT_ARROWS },
	{ N_("views"), N_("F12, i"),
	  N_("the inspector: every frame the UI routed (Esc closes it; its "
	  "keys come first while it shows)"),
	  12, 'i', NULL, NULL, 0, KEY_ACT_INSPECTOR },
	{ N_("windows"), N_("F3, w"),
	  N_("open one more window (at most 4)"),
	  3, 'w', N_("Window+"), N_("Win+"), 0, KEY_ACT_NEW_WINDOW },
	{ N_("windows"), N_("F4, n"),
	  N_("show the next window"),
	  4, 'n', N_("NextWin"), N_("Next"), 0, KEY_ACT_NEXT_WINDOW },
	{ N_("windows"), N_("F5, r"),
	  N_("reload a window whose renderer is gone (or crash a hung one "
	  "first), or launch the app again after main died"),
	  5, 'r', N_("Reload"), N_("Rld"), 0, KEY_ACT_RELOAD },
	{ N_("windows"), N_("F7, k"),
	  N_("crash the renderer shown"),
	  7, 'k', N_("Crash"), N_("Crsh"), 0, KEY_ACT_CRASH },
	{ N_("windows"), N_("F8, x"),
	  N_("close the window shown"),
	  8, 'x', N_("Close"), N_("Cls"), 0, KEY_ACT_CLOSE_WINDOW },
	{ N_("run"), N_("F6, b"),
	  N_("a burst of 10000 presses (again: stop it)"),
	  6, 'b', N_("Burst"), N_("Brst"), 0, KEY_ACT_BURST },
	{ N_("run"), N_("F9, s"),
	  N_("settings: the handler's delay and throw, no handler, the push "
	  "interval, contextIsolation, windows"),
	  9, 's', N_("Settings"), N_("Set"), 0, KEY_ACT_SETTINGS },
	{ N_("run"), N_("F11, t"),
	  N_("step mode: the UI holds every frame it routes (again: lets them "
	  "all go)"),
	  11, 't', NULL, NULL, 0, KEY_ACT_STEP },
	{ N_("run"), N_("g"),
	  N_("in step mode, let the next frame held go"),
	  0, 'g', NULL, NULL, 0, KEY_ACT_STEP_NEXT },
	{ N_("program"), N_("Ctrl-L"),
	  N_("repaint the screen"),
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ N_("program"), N_("F10, q, Ctrl-C"),
	  N_("quit"),
	  10, 'q', N_("Quit"), N_("Quit"), 1, KEY_ACT_QUIT },
};

/* How many rows the table has. */
int
keys_count(void)
{
	return ((int)(sizeof keys / sizeof keys[0]));
}

/* Row i of the table. */
const struct key_entry *
keys_at(int i)
{
	return (&keys[i]);
}

/* The row of F-key n, or NULL. */
const struct key_entry *
keys_find_fkey(int n)
{
	int	 i;

	for (i = 0; i < keys_count(); i++)
		if (keys[i].fkey == n && n != 0)
			return (&keys[i]);
	return (NULL);
}

/* The row of a letter, or NULL. */
const struct key_entry *
keys_find_letter(int ch)
{
	int	 i;

	for (i = 0; i < keys_count(); i++)
		if (keys[i].letter == ch && ch != 0)
			return (&keys[i]);
	return (NULL);
}

/*
 * The next unit that a line may not break inside, at s (not a space): one
 * wide character, which Chinese text breaks after, or else the characters
 * up to the next space or wide character.  Returns its length in bytes and
 * sets *cols to the columns it takes; a byte the locale cannot decode
 * counts one column.
 */
static size_t
keys_unit(const char *s, int *cols)
{
	mbstate_t	 ps;
	wchar_t		 wc;
	size_t		 off = 0, n;
	int		 w;

	memset(&ps, 0, sizeof ps);
	*cols = 0;
	while (s[off] != '\0' && s[off] != ' ') {
		n = mbrtowc(&wc, s + off, strlen(s + off), &ps);
		if (n == (size_t)-1 || n == (size_t)-2) {
			memset(&ps, 0, sizeof ps);
			n = 1;
			w = 1;
		} else if ((w = wcwidth(wc)) < 0)
			w = 1;
		if (w > 1 && off > 0)
			break;
		off += n;
		*cols += w;
		if (w > 1)
			break;
	}
	return (off);
}

/* Columns that s takes, unit by unit. */
static int
keys_width(const char *s)
{
	int	 cols, w = 0;

	while (*s != '\0') {
		if (*s == ' ') {
			s++;
			w++;
			continue;
		}
		s += keys_unit(s, &cols);
		w += cols;
	}
	return (w);
}

/*
 * Print what, wrapped at 80 columns at its spaces and after its wide
 * characters, its lines after the first indented to column indent.
 */
static void
keys_print_wrapped(FILE *f, const char *what, int indent)
{
	size_t	 n;
	int	 col = indent, cols, space = 0;

	while (*what != '\0') {
		if (*what == ' ') {
			space = 1;
			what++;
			continue;
		}
		n = keys_unit(what, &cols);
		if (col > indent && col + space + cols > 80) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (col > indent && space) {
			fputc(' ', f);
			col++;
		}
		fwrite(what, 1, n, f);
		col += cols;
		what += n;
		space = 0;
	}
	fputc('\n', f);
}

/* --help's keys section: a heading per group, then each row's keys and what they do. */
void
keys_print(FILE *f)
{
	const char	*group = NULL, *k;
	int		 i, pad;

	fputs(_("keys (letters act outside the argument field):\n"), f);
	for (i = 0; i < keys_count(); i++) {
		if (group == NULL || strcmp(group, keys[i].group) != 0) {
			group = keys[i].group;
			fprintf(f, _(" %s:\n"), _(group));
		}
		k = _(keys[i].keys);
		pad = 24 - keys_width(k);
		fprintf(f, "  %s%*s ", k, pad > 0 ? pad : 0, "");
		keys_print_wrapped(f, _(keys[i].what), 27);
	}
}
