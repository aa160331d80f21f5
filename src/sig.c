/* Flag-only signal handlers: each writes its signal number to a self-pipe. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "sig.h"

static int	sig_pipe[2] = { -1, -1 };
static int	sig_quit_signo;		/* the last SIGINT, SIGTERM or SIGHUP read */

/* Record a signal for the poll loop; async-signal-safe. */
static void
sig_handler(int signo)
{
	int		 saved = errno;
	unsigned char	 b = (unsigned char)signo;

	/* A full pipe already holds a wake-up, so a failed write loses nothing. */
	(void)write(sig_pipe[1], &b, 1);
	errno = saved;
}

/*
 * Install the handlers for SIGCHLD, SIGINT, SIGTERM and SIGHUP, ignore
 * SIGPIPE, and return the descriptor to poll.  Called before forking and
 * before curses, so curses leaves these handlers alone.
 */
int
sig_setup(void)
{
	struct sigaction	 sa;

	if (pipe2(sig_pipe, O_NONBLOCK | O_CLOEXEC) == -1)
		fatal("pipe2");
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = sig_handler;
	if (sigaction(SIGCHLD, &sa, NULL) == -1 ||
	    sigaction(SIGINT, &sa, NULL) == -1 ||
	    sigaction(SIGTERM, &sa, NULL) == -1 ||
	    sigaction(SIGHUP, &sa, NULL) == -1)
		fatal("sigaction");
	sa.sa_handler = SIG_IGN;
	if (sigaction(SIGPIPE, &sa, NULL) == -1)
		fatal("sigaction");
	return (sig_pipe[0]);
}

/* Read every pending signal byte and return SIG_GOT_* flags. */
int
sig_drain(int fd)
{
	unsigned char	 b[64];
	ssize_t		 n, i;
	int		 flags = 0;

	for (;;) {
		n = read(fd, b, sizeof b);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			return (flags);
		for (i = 0; i < n; i++) {
			if (b[i] == SIGCHLD)
				flags |= SIG_GOT_CHILD;
			else {
				flags |= SIG_GOT_QUIT;
				sig_quit_signo = b[i];
			}
		}
	}
}

/* The exit status for leaving on a signal, as a shell reports it: 128 + its number. */
int
sig_exit_status(void)
{
	return (128 + sig_quit_signo);
}
