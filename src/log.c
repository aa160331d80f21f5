/* Fatal errors (the terminal is restored first) and a per-process debug log file. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

static void	(*log_cleanup)(void);
static int	 log_fd = -1;
int		 log_on;
static char	 log_dir[512];	/* where -v writes, or "" */
static char	 log_role[32];

/* Register what must run before a fatal message is printed (restoring the terminal). */
void
log_set_cleanup(void (*fn)(void))
{
	log_cleanup = fn;
}

/*
 * Start the debug log of this process (-v): dir/ipcsim-PID.log, each line
 * naming the process's role.  A child calls it again after fork, with dir
 * NULL, to get a file of its own.
 */
void
log_start(const char *dir, const char *role)
{
	char	 path[600];

	if (dir != NULL)
		strlcpy(log_dir, dir, sizeof log_dir);
	if (log_dir[0] == '\0')
		return;
	strlcpy(log_role, role, sizeof log_role);
	/*
	 * A child does not close the descriptor it inherited: closefrom and
	 * dup2 have already taken that number for something else.
	 */
	if (dir != NULL && log_fd != -1)
		close(log_fd);
	snprintf(path, sizeof path, "%s/ipcsim-%ld.log", log_dir,
	    (long)getpid());
	log_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	if (log_fd == -1)
		fatal("%s", path);
	log_on = 1;
	log_debug("%s started", role);
}

/* Write one debug line, in one write, if the log is on. */
void
log_debug_write(const char *fmt, ...)
{
	char	 line[1024];
	va_list	 ap;
	int	 n, k;

	if (log_fd == -1)
		return;
	n = snprintf(line, sizeof line, "%s %ld: ", log_role, (long)getpid());
	va_start(ap, fmt);
	k = vsnprintf(line + n, sizeof line - n - 1, fmt, ap);
	va_end(ap);
	n = k < 0 ? n : n + k < (int)sizeof line - 1 ? n + k :
	    (int)sizeof line - 2;
	line[n++] = '\n';
	/* A lost debug line is not worth stopping for. */
	(void)write(log_fd, line, (size_t)n);
}

/*
 * Print "ipcsim: message[: error]" on stderr after cleanup, and into the -v
 * log too (a child's stderr is /dev/null), then exit 1.
 */
static void __attribute__((noreturn, format(printf, 2, 0)))
log_die(int with_errno, const char *fmt, va_list ap)
{
	char	 msg[1024];
	int	 saved = errno;
	size_t	 n;

	if (log_cleanup != NULL) {
		void	(*fn)(void) = log_cleanup;

		log_cleanup = NULL;
		fn();
	}
	(void)vsnprintf(msg, sizeof msg, fmt, ap);
	if (with_errno) {
		n = strlen(msg);
		snprintf(msg + n, sizeof msg - n, ": %s", strerror(saved));
	}
	log_debug("fatal: %s", msg);
	fprintf(stderr, "ipcsim: %s\n", msg);
	exit(1);
}

/* Give up with a message and strerror(errno). */
void
fatal(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_die(1, fmt, ap);
}

/* Give up with a message. */
void
fatalx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_die(0, fmt, ap);
}
