/*
 * The UI process's signals.  Those that end a process by default either
 * become a byte on a self-pipe, for the poll loop to quit cleanly on, or,
 * for crashes, go to crash.c's handler, which restores what it can at once.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "crash.h"
#include "log.h"
#include "sig.h"

/*
 * The signals the loop quits on: every catchable one whose default action
 * ends the process, but for the crashes below and SIGPIPE, which is
 * ignored (a write to a closed pipe fails with EPIPE instead).  The
 * real-time signals end a process too and are added at run time.
 */
static const int sig_quit_signals[] = {
	SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU,
	SIGXFSZ, SIGVTALRM, SIGPROF,
#ifdef __linux__
	/* Linux ends a process on these too; the BSDs ignore SIGIO. */
	SIGIO, SIGPWR, SIGSTKFLT,
#endif
};

/*
 * The signals of a crash: the program may be broken, so there is no going
 * back to the loop; crash_handler restores the terminal and dies.
 */
static const int sig_crash_signals[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT
};

#define NITEMS(a)	(sizeof (a) / sizeof (a)[0])

static int	sig_pipe[2] = { -1, -1 };
static int	sig_quit_signo;		/* the last quit signal read */

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
 * Give SIGCHLD and the quit signals the handler quit_fn, and the crash
 * signals crash_fn, run once with every signal blocked.
 */
static void
sig_install(void (*quit_fn)(int), void (*crash_fn)(int))
{
	struct sigaction	 sa;
	size_t			 i;
#ifdef SIGRTMIN
	int			 signo;
#endif

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = quit_fn;
	if (sigaction(SIGCHLD, &sa, NULL) == -1)
		fatal("sigaction");
	for (i = 0; i < NITEMS(sig_quit_signals); i++) {
		if (sigaction(sig_quit_signals[i], &sa, NULL) == -1)
			fatal("sigaction");
	}
#ifdef SIGRTMIN
	/* One may be refused: valgrind keeps a real-time signal for itself. */
	for (signo = SIGRTMIN; signo <= SIGRTMAX; signo++)
		(void)sigaction(signo, &sa, NULL);
#endif
	sigfillset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	sa.sa_handler = crash_fn;
	for (i = 0; i < NITEMS(sig_crash_signals); i++) {
		if (sigaction(sig_crash_signals[i], &sa, NULL) == -1)
			fatal("sigaction");
	}
}

/*
 * Install the handlers, ignore SIGPIPE, and return the descriptor to poll.
 * Called before forking and before curses, so curses leaves these handlers
 * alone.
 */
int
sig_setup(void)
{
	struct sigaction	 sa;

	if (pipe2(sig_pipe, O_NONBLOCK | O_CLOEXEC) == -1)
		fatal("pipe2");
	sig_install(sig_handler, crash_handler);
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = SIG_IGN;
	if (sigaction(SIGPIPE, &sa, NULL) == -1)
		fatal("sigaction");
	return (sig_pipe[0]);
}

/*
 * In a new child: every signal sig_setup handled gets its default action
 * back, so that a child dies of what is sent to it and never runs the UI's
 * crash handler on the UI's terminal and children.
 */
void
sig_reset(void)
{
	sig_install(SIG_DFL, SIG_DFL);
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

/*
 * Leave as the run ended: when a signal ended it, die of that signal with
 * its default action, so that the parent learns the truth (a shell reports
 * 128 + its number); else return status.  Everything has been cleaned up by
 * now, so a core file (SIGQUIT's default) would show nothing: none is made.
 */
int
sig_exit(int status)
{
	struct sigaction	 sa;
	struct rlimit		 no_core = { 0, 0 };
	sigset_t		 set;

	if (sig_quit_signo == 0)
		return (status);
	(void)setrlimit(RLIMIT_CORE, &no_core);
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = SIG_DFL;
	(void)sigaction(sig_quit_signo, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, sig_quit_signo);
	(void)sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig_quit_signo);
	return (status);
}
