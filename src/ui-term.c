/*
 * The terminal's description, read before curses starts, and the modes
 * curses does not set.  Alone in its file: <term.h> defines macros named
 * like ordinary words (lines, columns).
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "i18n.h"
#include "ui-term.h"

/*
 * Whether the terminal can take the TUI: a TERM that terminfo knows and that
 * can address the cursor.  If not, one line says so and suggests --headless.
 */
int
ui_term_check(void)
{
	const char	*term = getenv("TERM"), *cup;
	int		 err;

	if (term != NULL && *term != '\0' && strcmp(term, "dumb") != 0 &&
	    setupterm(NULL, STDOUT_FILENO, &err) == OK) {
		cup = tigetstr("cup");
		del_curterm(cur_term);
		if (cup != NULL && cup != (char *)-1)
			return (0);
	}
	fprintf(stderr, _("ipcsim: TERM=%s cannot show the screen (unknown, "
	    "or no cursor addressing): set TERM to your terminal's, or use "
	    "--headless\n"), term == NULL ? "" : term);
	return (-1);
}

/*
 * Turn bracketed paste on or off, with the terminal's BE and BD if its
 * description has them, else xterm's mode 2004 (which terminals without it
 * ignore).  Curses must be running.
 */
void
ui_term_paste(int on)
{
	const char	*s = tigetstr(on ? "BE" : "BD");

	if (s == NULL || s == (char *)-1)
		s = on ? "\033[?2004h" : "\033[?2004l";
	putp(s);
	fflush(stdout);
}
