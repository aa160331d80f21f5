/* What the TUI asks of the terminal beyond curses: that it can take the TUI, and bracketed paste. */
#ifndef IPCSIM_UI_TERM_H
#define IPCSIM_UI_TERM_H

int	ui_term_check(void);
void	ui_term_paste(int);

#endif
