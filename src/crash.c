/*
 * The last resort when the UI process crashes (SIGSEGV, SIGABRT, ...): end
 * the children and give the terminal back before dying of the signal.  What
 * the handler needs is prepared beforehand, so that it calls only
 * async-signal-safe functions (kill, write, tcsetattr, raise) and reads
 * only plain variables.
 */
#include "config.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "crash.h"

/* More live children than a session ever has at once (main, 4 windows). */
#define CRASH_MAX_CHILDREN	16

static volatile pid_t		 crash_pids[CRASH_MAX_CHILDREN];	/* 0: free */
static volatile sig_atomic_t	 crash_armed;	/* the terminal is curses' */
static struct termios		 crash_tios;	/* its modes before curses */
static char			 crash_reset[CRASH_MAX_RESET];
static size_t			 crash_reset_len;

/* Remember a child to kill if the UI process crashes. */
void
crash_add_child(pid_t pid)
{
	size_t	 i;

	/*
	 * Without a free slot it is not remembered; it still leaves by
	 * itself when its pipes close, as the UI process dies.
	 */
	for (i = 0; i < CRASH_MAX_CHILDREN; i++) {
		if (crash_pids[i] == 0) {
			crash_pids[i] = pid;
			return;
		}
	}
}

/* Forget a child that has been reaped: its pid may be reused. */
void
crash_del_child(pid_t pid)
{
	size_t	 i;

	for (i = 0; i < CRASH_MAX_CHILDREN; i++) {
		if (crash_pids[i] == pid)
			crash_pids[i] = 0;
	}
}

/*
 * Curses owns the terminal on standard output, which had the modes it has
 * now (curses is not in program mode yet): a crash writes the len bytes at
 * reset (at most CRASH_MAX_RESET, the sequences that leave curses' modes)
 * and puts those modes back.
 */
void
crash_arm(const char *reset, size_t len)
{
	crash_armed = 0;
	if (tcgetattr(STDOUT_FILENO, &crash_tios) == -1 ||
	    len > sizeof crash_reset)
		return;
	memcpy(crash_reset, reset, len);
	crash_reset_len = len;
	/* A handler that sees the flag sees all of the above. */
	atomic_signal_fence(memory_order_seq_cst);
	crash_armed = 1;
}

/* Curses has given the terminal back: a crash leaves it alone. */
void
crash_disarm(void)
{
	crash_armed = 0;
}

/*
 * The handler of the crash signals, installed with SA_RESETHAND: kill the
 * children, restore the terminal, then raise the signal again, which, with
 * the default action back and the signal blocked until the handler
 * returns, ends the process as the signal would have.
 */
void
crash_handler(int signo)
{
	const char	*p = crash_reset;
	size_t		 n = crash_reset_len, i;
	ssize_t		 w;

	for (i = 0; i < CRASH_MAX_CHILDREN; i++) {
		if (crash_pids[i] > 0)
			kill(crash_pids[i], SIGKILL);
	}
	if (crash_armed) {
		while (n > 0 && (w = write(STDOUT_FILENO, p, n)) > 0) {
			p += w;
			n -= (size_t)w;
		}
		(void)tcsetattr(STDOUT_FILENO, TCSANOW, &crash_tios);
	}
	raise(signo);
}
