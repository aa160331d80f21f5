/* The JavaScript that the modelled app runs, for the code view.  No curses here. */
#ifndef IPCSIM_CODE_H
#define IPCSIM_CODE_H

#include "buf.h"
#include "scenario.h"

void	code_renderer(struct buf *, const struct scenario *, const char *);
void	code_main(struct buf *, const struct scenario *);

#endif
