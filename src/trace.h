/*
 * The --trace file: every frame the UI process routes or sends, as one JSON
 * object a line, written as it is routed.  Like the debug log, the trace is
 * the process's: started once from the command line, and written by the
 * session whichever front end runs.
 */
#ifndef IPCSIM_TRACE_H
#define IPCSIM_TRACE_H

#include <stdint.h>

#include "buf.h"
#include "framelog.h"
#include "peer.h"
#include "proto.h"
#include "value.h"

/* Whether a trace is being written: the session then decodes for it. */
extern int	trace_on;

int		 trace_start(const char *);
void		 trace_frame(const struct framelog_rec *, uint64_t,
		     const struct msg *, const struct proto_msg *);
int		 trace_frame_again(const struct framelog_rec *, uint64_t,
		     const struct msg *);
int		 trace_flush(void);
const char	*trace_name(void);
int		 trace_stop(void);

void		 trace_json(struct buf *, const struct framelog_rec *, uint64_t,
		     const struct msg *, const struct proto_msg *);
void		 trace_json_value(struct buf *, const struct value *);
void		 trace_json_string(struct buf *, const char *, size_t);

#endif
