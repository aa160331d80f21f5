/*
 * The main child: Electron's main process.  What its listeners and handlers
 * do is each pattern's (pattern-*.c); the calls they share are here.
 */
#ifndef IPCSIM_MAINPROC_H
#define IPCSIM_MAINPROC_H

#include <stdint.h>

#include "child.h"
#include "mainport.h"
#include "proc.h"
#include "proto.h"
#include "scenario.h"
#include "value.h"

struct mainproc {
	struct child_loop	 cl;
	struct scenario		 sc;
	uint32_t		 pushes;	/* timed pushes made, their ids */
	uint32_t		 push_timer;	/* generation of the live push timer */
	uint32_t		 calls;		/* calls on the channel since main.js ran */
	uint32_t		 destroyed;	/* bit w - 1: window w's BrowserWindow */
	uint32_t		 created;	/* windows createWindow made */
	uint32_t		 live;		/* bit w - 1: window w shows a page */
	struct mainports	 ports;		/* the MessagePort scenarios' */
};

void	mainproc_main(int, int, const struct proc_start *)
	    __attribute__((noreturn));
void	mainproc_log_args(struct mainproc *, const struct value *);
void	mainproc_handle(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *);
void	mainproc_log_sum_reply(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *);
void	mainproc_send(struct mainproc *, int, uint16_t, uint32_t, uint32_t,
	    struct value *);
void	mainproc_reply(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *, struct value *);
void	mainproc_answer_later(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *, uint16_t);
void	mainproc_uncaught(struct mainproc *, uint32_t, const char *);
int	mainproc_destroyed(struct mainproc *, int, uint32_t, const char *);
void	mainproc_error_at(struct mainproc *, const char *, const char *,
	    const char *);
void	mainproc_reject(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *, const char *);

#endif
