/*
 * What a crash must write to give the terminal back, worked out from
 * terminfo once curses has started, because crash.c's handler can call
 * neither curses nor terminfo.
 */
#include "config.h"

#include <curses.h>
#include <term.h>

#include "crash.h"
#include "ui-crash.h"

static char	ui_crash_buf[CRASH_MAX_RESET];
static size_t	ui_crash_len;

/* tputs' output: into the reset bytes, as many as fit. */
static int
ui_crash_putc(int c)
{
	if (ui_crash_len < sizeof ui_crash_buf)
		ui_crash_buf[ui_crash_len++] = (char)c;
	return (c);
}

/* The terminal's string capability name, or NULL when it has none. */
static const char *
ui_crash_cap(const char *name)
{
	const char	*cap = tigetstr(name);

	return (cap == NULL || cap == (const char *)-1 ? NULL : cap);
}

/*
 * Append capability name, padded as tputs pads it, or fallback when the
 * terminal has none.
 */
static void
ui_crash_put(const char *name, const char *fallback)
{
	const char	*cap = ui_crash_cap(name);

	if (cap == NULL)
		cap = fallback;
	if (cap != NULL)
		tputs(cap, 1, ui_crash_putc);
}

/*
 * Hand crash.c the bytes that undo what curses does to the terminal: reset
 * the attributes, turn mouse reporting and bracketed paste off, show the
 * cursor, leave keypad transmit mode and the alternate screen.  The
 * sequences are the terminal's own where terminfo has them.  Mouse
 * reporting and bracketed paste are not standard capabilities: without XM,
 * curses itself reports the mouse with xterm's mode 1000 (1006 with
 * it), and without BD the mode to turn off is xterm's 2004; terminals that
 * lack those modes ignore the sequences.  The first byte, CAN, ends any
 * escape sequence that curses was in the middle of writing.
 */
void
ui_crash_arm(void)
{
	const char	*xm = ui_crash_cap("XM");

	ui_crash_len = 0;
	ui_crash_putc('\030');
	ui_crash_put("sgr0", NULL);
	if (xm != NULL)
		tputs(tiparm(xm, 0), 1, ui_crash_putc);
	else
		tputs("\033[?1006;1000l", 1, ui_crash_putc);
	ui_crash_put("BD", "\033[?2004l");
	ui_crash_put("cnorm", NULL);
	ui_crash_put("rmkx", NULL);
	ui_crash_put("rmcup", NULL);
	crash_arm(ui_crash_buf, ui_crash_len);
}
