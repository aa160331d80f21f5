/* The bytes that give the terminal back after a crash, from terminfo. */
#ifndef IPCSIM_UI_CRASH_H
#define IPCSIM_UI_CRASH_H

void	ui_crash_arm(void);

#endif
