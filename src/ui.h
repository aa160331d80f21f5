/* The full-screen terminal interface. */
#ifndef IPCSIM_UI_H
#define IPCSIM_UI_H

int	ui_run(int);

#endif
