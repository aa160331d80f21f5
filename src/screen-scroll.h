/*
 * Scrolling the log rows with the terminal's scrolling region even when
 * lines repeat.  ncurses finds moved lines by hashing them and moves only
 * lines that are unique on both screens; the same press pressed twice makes
 * every log row a repeat, and ncurses would repaint the whole pane.
 */
#ifndef IPCSIM_SCREEN_SCROLL_H
#define IPCSIM_SCREEN_SCROLL_H

#include <curses.h>

int	screen_scroll_shift(WINDOW *, WINDOW *, int, int);
int	screen_scroll_up(int, int, int);

#endif
