/* Lines of the JavaScript the code view shows, and the parts the patterns share. */
#ifndef IPCSIM_CODE_H
#define IPCSIM_CODE_H

#include <stdint.h>

#include "buf.h"
#include "scenario.h"

/*
 * The hop of a press a line of code makes, marked at its start so that step
 * mode can show the line the next frame comes from.
 */
enum code_hop {
	CODE_HOP_NONE,
	CODE_HOP_CALL,		/* the renderer's ipcRenderer call */
	CODE_HOP_MAIN_LOG,	/* main's console.log */
	CODE_HOP_ANSWER,	/* main's reply, return value or push */
	CODE_HOP_RENDERER_LOG,	/* the renderer's console.log of the answer */
};

void	code_line(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	code_hop_line(struct buf *, enum code_hop, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
enum code_hop code_line_hop(const char **);
enum code_hop code_hop_of(uint16_t, uint16_t);
int	code_position(const char *, const char *, int *, int *);
int	code_is_file(const char *);
void	code_bridge_start(struct buf *);
void	code_bridge_end(struct buf *);
struct pattern;
const char *code_page_file(const struct pattern *);
void	code_renderer_listener(struct buf *, int);
/* What code_button writes around the call. */
#define CODE_RETURNS	0x1	/* logs what the call returned */
#define CODE_ASYNC	0x2	/* the handler is async */
#define CODE_BLOCKS	0x4	/* the call blocks the page */

void	code_button(struct buf *, const char *, unsigned, const char *);
void	code_main_listener(struct buf *, const char *);
void	code_main_seed(struct buf *, const struct scenario *, const char *);
void	code_main_on(struct buf *, const struct scenario *);
void	code_indent(struct buf *, const char *);
void	code_main_handler(struct buf *, const struct scenario *, const char *);
void	code_page_send_reply(struct buf *, const struct scenario *,
	    const char *);
void	code_page_invoke(struct buf *, const struct scenario *, const char *);
void	code_page_send_sync(struct buf *, const struct scenario *,
	    const char *);
void	code_port_page(struct buf *, const char *, const char *);
void	code_port_listener(struct buf *, const char *);
void	code_port_main(struct buf *, const struct scenario *);
void	code_renderer(struct buf *, const struct scenario *, const char *);
void	code_main(struct buf *, const struct scenario *);

#endif
