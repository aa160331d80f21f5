/* Signals in the UI process: bytes on a self-pipe for the poll loop, or a crash handler. */
#ifndef IPCSIM_SIG_H
#define IPCSIM_SIG_H

/* What sig_drain reports. */
#define SIG_GOT_CHILD	0x1	/* a child changed state: reap */
#define SIG_GOT_QUIT	0x2	/* a signal that ends the program: leave */

int	sig_setup(void);
void	sig_reset(void);
int	sig_drain(int);
int	sig_exit_status(void);
int	sig_exit(int);

#endif
