/* Signals in the UI process, turned into bytes on a self-pipe for the poll loop. */
#ifndef IPCSIM_SIG_H
#define IPCSIM_SIG_H

/* What sig_drain reports. */
#define SIG_GOT_CHILD	0x1	/* a child changed state: reap */
#define SIG_GOT_QUIT	0x2	/* SIGINT, SIGTERM or SIGHUP: leave */

int	sig_setup(void);
int	sig_drain(int);
int	sig_exit_status(void);

#endif
