/* Fork children connected by non-blocking pipes; reap them; name how they ended. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "crash.h"
#include "log.h"
#include "mainproc.h"
#include "proc.h"
#include "renderer.h"
#include "sig.h"

/*
 * How long the children have, all together, to leave by themselves once
 * proc_stop closes their pipes: quitting takes at most a second.
 */
#define PROC_STOP_GRACE_NS	(900 * 1000 * 1000ULL)

/* Descriptors a child sees its pipe ends as. */
#define CHILD_RFD	3
#define CHILD_WFD	4

/* What a child that cannot set up its descriptors exits with (it can tell no one). */
#define CHILD_EXIT_SETUP	126

/* Put descriptor fd at number to, closing fd; -1 if that fails. */
static int
proc_move_fd(int fd, int to)
{
	if (fd == to)
		return (0);
	if (dup2(fd, to) == -1)
		return (-1);
	close(fd);
	return (0);
}

/*
 * In a new child: only its pipe ends open, as 3 and 4, and /dev/null for
 * stdio.  Everything else is closed first, so that this needs no descriptor
 * beyond those five whatever the limit, and no error can reach the terminal:
 * stderr is closed before anything can fail, and a failure ends the child
 * silently (the UI reports how it ended).
 */
static void
proc_child_fds(int rfd, int wfd)
{
	int	 fd, hi = rfd > wfd ? rfd : wfd;

	for (fd = 0; fd < hi; fd++) {
		if (fd != rfd && fd != wfd)
			close(fd);
	}
	closefrom(hi + 1);
	/*
	 * The write end must leave 3 for the read end first; with only two
	 * descriptors open, the lowest free one is below 3.
	 */
	if (wfd == CHILD_RFD) {
		if ((fd = fcntl(wfd, F_DUPFD, 0)) == -1)
			_exit(CHILD_EXIT_SETUP);
		close(wfd);
		wfd = fd;
	}
	if (proc_move_fd(rfd, CHILD_RFD) == -1 ||
	    proc_move_fd(wfd, CHILD_WFD) == -1)
		_exit(CHILD_EXIT_SETUP);
	/* Only 3 and 4 are open: /dev/null comes as 0. */
	if ((fd = open("/dev/null", O_RDWR)) != STDIN_FILENO ||
	    dup2(fd, STDOUT_FILENO) == -1 || dup2(fd, STDERR_FILENO) == -1)
		_exit(CHILD_EXIT_SETUP);
}

/* In a new child: its descriptors, a clean signal state, its name and its log. */
static void
proc_child_setup(int rfd, int wfd, const char *role)
{
	struct sigaction	 sa;
	struct rlimit		 no_core = { 0, 0 };
	sigset_t		 none;

	proc_child_fds(rfd, wfd);
	sig_reset();
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	/* Curses' handler, when a window is opened while it runs. */
	sa.sa_handler = SIG_DFL;
	sigaction(SIGWINCH, &sa, NULL);
	/*
	 * The UI process decides when everything ends: a child leaves when
	 * its pipe closes, so keyboard and hang-up signals are not for it.
	 */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	/* A crash on purpose (the crash key) must not leave a core file. */
	setrlimit(RLIMIT_CORE, &no_core);
	setproctitle("%s", role);
	log_start(NULL, role);
}

/* Close whichever of two pipes' ends are open, keeping errno for the caller. */
static void
proc_close_pipes(const int down[2], const int up[2])
{
	int	 saved = errno, i;

	for (i = 0; i < 2; i++) {
		if (down[i] != -1)
			close(down[i]);
		if (up[i] != -1)
			close(up[i]);
	}
	errno = saved;
}

/* The processes of the modelled app: Electron's main process and a renderer. */
const struct proc_kind proc_kinds[PROC_KINDS] = {
	[PROC_MAIN] = { "main", mainproc_main },
	[PROC_RENDERER] = { "renderer", renderer_main },
};

/*
 * Fork a child of the given kind that runs with its ends of two new pipes,
 * and connect the parent's ends to c->peer.  Returns 0, or -1 with errno
 * set when the pipes or the fork cannot be had; c is then a child that is
 * gone (no pid, no pipes) and nothing is left open.
 */
int
proc_spawn(struct child *c, const struct proc_kind *kind, uint16_t endpoint,
    const struct proc_start *start)
{
	int		 down[2] = { -1, -1 }, up[2] = { -1, -1 };
	sigset_t	 all, old;

	c->role = kind->role;
	c->endpoint = endpoint;
	c->status = 0;
	c->doomed = 0;
	c->stopped = 0;
	peer_init(&c->peer, -1, -1);
	if (pipe2(down, O_NONBLOCK | O_CLOEXEC) == -1 ||
	    pipe2(up, O_NONBLOCK | O_CLOEXEC) == -1) {
		proc_close_pipes(down, up);
		c->pid = -1;
		return (-1);
	}
	/*
	 * Until the child has its own signal dispositions, a signal must not
	 * run the UI's handlers there: the crash key pressed at once after a
	 * reload made a new renderer run the UI's crash handler, which killed
	 * main.  The child unblocks them once they are reset.
	 */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	if ((c->pid = fork()) == -1) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		proc_close_pipes(down, up);
		return (-1);
	}
	if (c->pid != 0)
		sigprocmask(SIG_SETMASK, &old, NULL);
	if (c->pid == 0) {
		log_set_cleanup(NULL);
		proc_child_setup(down[0], up[1], kind->role);
		kind->main(CHILD_RFD, CHILD_WFD, start);
		_exit(0);
	}
	crash_add_child(c->pid);
	close(down[0]);
	close(up[1]);
	peer_init(&c->peer, up[0], down[1]);
	return (0);
}

/*
 * Reap one exited child among the n in cs without blocking.  Returns it
 * (pid set to -1, status filled), or NULL when none has exited.  A child
 * that was stopped or continued is noted (while it is stopped, an
 * incomplete frame from it is not late).  Children not in cs are reaped
 * and ignored.
 */
struct child *
proc_reap_one(struct child **cs, size_t n)
{
	struct child	*c;
	pid_t		 pid;
	int		 status;
	size_t		 i;

	for (;;) {
		pid = waitpid(-1, &status, WNOHANG | WUNTRACED | WCONTINUED);
		if (pid == -1 && errno == EINTR)
			continue;
		if (pid <= 0)
			return (NULL);
		for (i = 0, c = NULL; i < n && c == NULL; i++) {
			if (cs[i] != NULL && cs[i]->pid == pid)
				c = cs[i];
		}
		if (!WIFSTOPPED(status) && !WIFCONTINUED(status))
			crash_del_child(pid);
		if (c == NULL)
			continue;
		if (WIFSTOPPED(status))
			c->stopped = 1;
		else if (WIFCONTINUED(status)) {
			c->stopped = 0;
			peer_wait_again(&c->peer, clock_now_ns());
		} else {
			c->pid = -1;
			c->status = status;
			return (c);
		}
	}
}

/*
 * Reap child c if it has ended, or with flags 0 wait until it has; 1 once
 * it is reaped (pid -1, status filled), 0 while it runs.
 */
static int
proc_reaped(struct child *c, int flags)
{
	pid_t	 r;

	if (c->pid == -1)
		return (1);
	while ((r = waitpid(c->pid, &c->status, flags)) == -1 &&
	    errno == EINTR)
		continue;
	if (r == 0)
		return (0);
	crash_del_child(c->pid);
	c->pid = -1;
	return (1);
}

/*
 * End the n children in cs together: close their pipes so that they leave
 * by themselves, continue those that are stopped (a stopped process cannot
 * see its pipe close), wait for all of them until PROC_STOP_GRACE_NS from
 * now, then kill the rest.  Every one is reaped.
 */
void
proc_stop(struct child **cs, size_t n)
{
	struct timespec	 tick = { 0, 1000 * 1000 };
	uint64_t	 deadline = clock_now_ns() + PROC_STOP_GRACE_NS;
	size_t		 i, running;

	for (i = 0; i < n; i++) {
		peer_close(&cs[i]->peer);
		if (cs[i]->pid != -1)
			kill(cs[i]->pid, SIGCONT);
	}
	for (;;) {
		running = 0;
		for (i = 0; i < n; i++)
			running += !proc_reaped(cs[i], WNOHANG);
		if (running == 0 || clock_now_ns() >= deadline)
			break;
		nanosleep(&tick, NULL);
	}
	for (i = 0; i < n; i++) {
		if (cs[i]->pid != -1) {
			kill(cs[i]->pid, SIGKILL);
			proc_reaped(cs[i], 0);
		}
	}
}

/*
 * Map a wait status to Electron's render-process-gone reason, as Chromium
 * does on POSIX, and set *code to the exit code (the signal number for a
 * signal).
 */
const char *
proc_exit_reason(int status, int *code)
{
	if (WIFEXITED(status)) {
		*code = WEXITSTATUS(status);
		return (*code == 0 ? "clean-exit" : "abnormal-exit");
	}
	*code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	switch (*code) {
	case SIGINT:
	case SIGTERM:
	case SIGKILL:
		return ("killed");
	case SIGABRT:
	case SIGBUS:
	case SIGFPE:
	case SIGILL:
	case SIGSEGV:
	case SIGTRAP:
	case SIGSYS:
		return ("crashed");
	default:
		return ("abnormal-exit");
	}
}
