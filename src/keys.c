/* The TUI's keys: one row per key or group of keys, in the help's order. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "keys.h"

static const struct key_entry keys[] = {
	{ "controls", "Tab, Shift-Tab, Up, Down",
	  "move the focus (controls that do not apply are skipped)",
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ "controls", "Enter, click",
	  "press the button, wherever the focus is", 0, 0, NULL, NULL, 0,
	  KEY_ACT_NONE },
	{ "controls", "Left, Right, Space",
	  "change the focused choice (Space on the button presses it)",
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ "controls", "typing, paste",
	  "edit the argument field (Home, End, Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-K)",
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ "timeline", "PgUp, PgDn, wheel",
	  "scroll back and forth through every line kept", 0, 0, NULL, NULL,
	  0, KEY_ACT_NONE },
	{ "timeline", "Home, End",
	  "the oldest line; the newest, following again (outside the field)",
	  0, 0, NULL, NULL, 0, KEY_ACT_NONE },
	{ "views", "F1, ?", "this help (Esc, q or F1 closes it)", 1, '?',
	  "Help", "Help", 1, KEY_ACT_HELP },
	{ "views", "F2, c",
	  "the code view: the JavaScript of the scenario (Esc closes it)", 2,
	  'c', "Code", "Code", 0, KEY_ACT_CODE },
	{ "views", "a",
	  "hide or show the messages as arrows between the logs", 0, 'a',
	  NULL, NULL, 0, KEY_ACT_ARROWS },
	{ "views", "F12, i",
	  "the inspector: every frame the UI routed (Esc closes it; its keys "
	  "come first while it shows)", 12, 'i', NULL, NULL, 0,
	  KEY_ACT_INSPECTOR },
	{ "windows", "F3, w", "open one more window (at most 4)", 3, 'w',
	  "Window+", "Win+", 0, KEY_ACT_NEW_WINDOW },
	{ "windows", "F4, n", "show the next window", 4, 'n', "NextWin",
	  "Next", 0, KEY_ACT_NEXT_WINDOW },
	{ "windows", "F5, r",
	  "reload a window whose renderer is gone, or launch the app again "
	  "after main died", 5, 'r', "Reload", "Rld", 0, KEY_ACT_RELOAD },
	{ "windows", "F7, k", "crash the renderer shown", 7, 'k', "Crash",
	  "Crsh", 0, KEY_ACT_CRASH },
	{ "windows", "F8, x", "close the window shown", 8, 'x', "Close",
	  "Cls", 0, KEY_ACT_CLOSE_WINDOW },
	{ "run", "F6, b",
	  "a burst of 10000 presses (again: stop it)", 6, 'b', "Burst",
	  "Brst", 0, KEY_ACT_BURST },
	{ "run", "F9, s",
	  "settings: the handler's delay and throw, no handler, the push "
	  "interval, windows", 9, 's', "Settings", "Set", 0,
	  KEY_ACT_SETTINGS },
	{ "run", "F11, t",
	  "step mode: the UI holds every frame it routes (again: lets them all "
	  "go)", 11, 't', NULL, NULL, 0, KEY_ACT_STEP },
	{ "run", "g", "in step mode, let the next frame held go", 0, 'g', NULL,
	  NULL, 0, KEY_ACT_STEP_NEXT },
	{ "program", "Ctrl-L", "repaint the screen", 0, 0, NULL, NULL, 0,
	  KEY_ACT_NONE },
	{ "program", "F10, q, Ctrl-C", "quit", 10, 'q', "Quit", "Quit", 1,
	  KEY_ACT_QUIT },
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

/* Print what, wrapped at 80 columns, its lines after the first indented to column indent. */
static void
keys_print_wrapped(FILE *f, const char *what, int indent)
{
	const char	*sp;
	int		 col = indent, n;

	while (*what != '\0') {
		sp = strchr(what, ' ');
		n = sp == NULL ? (int)strlen(what) : (int)(sp - what);
		if (col > indent && col + 1 + n > 80) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (col > indent) {
			fputc(' ', f);
			col++;
		}
		fprintf(f, "%.*s", n, what);
		col += n;
		what += n;
		while (*what == ' ')
			what++;
	}
	fputc('\n', f);
}

/* --help's keys section: a heading per group, then each row's keys and what they do. */
void
keys_print(FILE *f)
{
	const char	*group = NULL;
	int		 i;

	fputs("keys (letters act outside the argument field):\n", f);
	for (i = 0; i < keys_count(); i++) {
		if (group == NULL || strcmp(group, keys[i].group) != 0) {
			group = keys[i].group;
			fprintf(f, " %s:\n", group);
		}
		fprintf(f, "  %-24s ", keys[i].keys);
		keys_print_wrapped(f, keys[i].what, 27);
	}
}
