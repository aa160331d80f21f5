/*
 * Every key the TUI takes, in one table: the key bar, the help overlay,
 * --help's keys section and the man page's KEYS (checked by
 * tests/cli-test.sh) are all written from it.  No curses here: an F-key is
 * its number.
 */
#ifndef IPCSIM_KEYS_H
#define IPCSIM_KEYS_H

#include <stdio.h>

/* What a key in the table does; KEY_ACT_NONE rows only describe keys. */
enum key_action {
	KEY_ACT_NONE,
	KEY_ACT_HELP,
	KEY_ACT_CODE,
	KEY_ACT_SCENARIOS,
	KEY_ACT_ARROWS,
	KEY_ACT_NEW_WINDOW,
	KEY_ACT_NEXT_WINDOW,
	KEY_ACT_RELOAD,
	KEY_ACT_BURST,
	KEY_ACT_CRASH,
	KEY_ACT_CLOSE_WINDOW,
	KEY_ACT_SETTINGS,
	KEY_ACT_INSPECTOR,
	KEY_ACT_STEP,
	KEY_ACT_STEP_NEXT,
	KEY_ACT_QUIT,
};

struct key_entry {
	const char	*group;		/* the help's heading */
	const char	*keys;		/* the keys as help writes them */
	const char	*what;		/* what they do */
	int		 fkey;		/* its F-key's number; 0: none */
	int		 letter;	/* its letter outside the field; 0: none */
	const char	*bar;		/* the key bar's label; NULL: not there */
	const char	*bar_short;	/* the same when the bar is short of room */
	int		 keep;		/* the bar shows it at any width */
	enum key_action	 act;
};

int			 keys_count(void);
const struct key_entry	*keys_at(int);
const struct key_entry	*keys_find_fkey(int);
const struct key_entry	*keys_find_letter(int);
void			 keys_print(FILE *);

#endif
