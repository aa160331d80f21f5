/* Lines of the JavaScript the code view shows, and the parts the patterns share. */
#ifndef IPCSIM_CODE_H
#define IPCSIM_CODE_H

#include "buf.h"
#include "scenario.h"

void	code_line(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	code_renderer_listener(struct buf *, int);
/* What code_button writes around the call. */
#define CODE_RETURNS	0x1	/* logs what the call returned */
#define CODE_ASYNC	0x2	/* the handler is async */
#define CODE_BLOCKS	0x4	/* the call blocks the page */

void	code_button(struct buf *, const char *, unsigned, const char *);
void	code_main_listener(struct buf *);
void	code_renderer(struct buf *, const struct scenario *, const char *);
void	code_main(struct buf *, const struct scenario *);

#endif
