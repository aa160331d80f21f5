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

#include "crash.h"
#include "log.h"
#include "mainproc.h"
#include "proc.h"
#include "renderer.h"
#include "sig.h"

/* Descriptors a child sees its pipe ends as. */
#define CHILD_RFD	3
#define CHILD_WFD	4

/* In a new child: a clean signal state, /dev/null for stdio, only the pipe ends open. */
static void
proc_child_setup(int rfd, int wfd, const char *role)
{
	struct sigaction	 sa;
	struct rlimit		 no_core = { 0, 0 };
	sigset_t		 none;
	int			 fd, hi_r, hi_w;

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

	/* Park the pipe ends high, then put them at 3 and 4. */
	if ((hi_r = fcntl(rfd, F_DUPFD, 16)) == -1 ||
	    (hi_w = fcntl(wfd, F_DUPFD, 16)) == -1)
		fatal("fcntl");
	if ((fd = open("/dev/null", O_RDWR)) == -1)
		fatal("/dev/null");
	if (dup2(fd, STDIN_FILENO) == -1 || dup2(fd, STDOUT_FILENO) == -1 ||
	    dup2(fd, STDERR_FILENO) == -1 || dup2(hi_r, CHILD_RFD) == -1 ||
	    dup2(hi_w, CHILD_WFD) == -1)
		fatal("dup2");
	closefrom(CHILD_WFD + 1);
	setproctitle("%s", role);
	log_start(NULL, role);
}

/* The processes of the modelled app: Electron's main process and a renderer. */
const struct proc_kind proc_kinds[PROC_KINDS] = {
	[PROC_MAIN] = { "main", mainproc_main },
	[PROC_RENDERER] = { "renderer", renderer_main },
};

/*
 * Fork a child of the given kind that runs with its ends of two new pipes,
 * and connect the parent's ends to c->peer.
 */
void
proc_spawn(struct child *c, const struct proc_kind *kind, uint16_t endpoint,
    const struct proc_start *start)
{
	int	 down[2], up[2];	/* parent -> child, child -> parent */
	pid_t	 pid;

	if (pipe2(down, O_NONBLOCK | O_CLOEXEC) == -1 ||
	    pipe2(up, O_NONBLOCK | O_CLOEXEC) == -1)
		fatal("pipe2");
	switch (pid = fork()) {
	case -1:
		fatal("fork");
	case 0:
		log_set_cleanup(NULL);
		proc_child_setup(down[0], up[1], kind->role);
		kind->main(CHILD_RFD, CHILD_WFD, start);
		_exit(0);
	}
	crash_add_child(pid);
	close(down[0]);
	close(up[1]);
	c->role = kind->role;
	c->endpoint = endpoint;
	c->pid = pid;
	c->status = 0;
	c->doomed = 0;
	peer_init(&c->peer, up[0], down[1]);
}

/*
 * Reap one exited child among the n in cs without blocking.  Returns it
 * (pid set to -1, status filled), or NULL when none has exited.  Children
 * not in cs are reaped and ignored.
 */
struct child *
proc_reap_one(struct child **cs, size_t n)
{
	pid_t	 pid;
	int	 status;
	size_t	 i;

	for (;;) {
		pid = waitpid(-1, &status, WNOHANG);
		if (pid == -1 && errno == EINTR)
			continue;
		if (pid <= 0)
			return (NULL);
		crash_del_child(pid);
		for (i = 0; i < n; i++) {
			if (cs[i] != NULL && cs[i]->pid == pid) {
				cs[i]->pid = -1;
				cs[i]->status = status;
				return (cs[i]);
			}
		}
	}
}

/*
 * End a child: close its pipes so that it leaves by itself, wait for it
 * up to one second, then kill it.  The child is always reaped.
 */
void
proc_stop(struct child *c)
{
	struct timespec	 tick = { 0, 2 * 1000 * 1000 };
	pid_t		 r;
	int		 i;

	peer_close(&c->peer);
	if (c->pid == -1)
		return;
	for (i = 0; i < 500; i++) {
		r = waitpid(c->pid, &c->status, WNOHANG);
		if (r == c->pid || (r == -1 && errno != EINTR))
			break;
		nanosleep(&tick, NULL);
	}
	if (i == 500) {
		kill(c->pid, SIGKILL);
		while (waitpid(c->pid, &c->status, 0) == -1 && errno == EINTR)
			continue;
	}
	crash_del_child(c->pid);
	c->pid = -1;
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
