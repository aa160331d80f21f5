/* Fatal errors (the terminal is restored first) and a per-process debug log file. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

static void	(*log_cleanup)(void);
static FILE	*log_file;

/* Register what must run before a fatal message is printed (restoring the terminal). */
void
log_set_cleanup(void (*fn)(void))
{
	log_cleanup = fn;
}

/* Start writing debug lines to path; called once per process when -v is given. */
void
log_open(const char *path)
{
	if (log_file != NULL)
		fclose(log_file);
	log_file = fopen(path, "a");
	if (log_file == NULL)
		fatal("%s", path);
	setvbuf(log_file, NULL, _IOLBF, 0);
}

/* Write one debug line if a log file is open. */
void
log_debug(const char *fmt, ...)
{
	va_list	 ap;

	if (log_file == NULL)
		return;
	fprintf(log_file, "%ld ", (long)getpid());
	va_start(ap, fmt);
	vfprintf(log_file, fmt, ap);
	va_end(ap);
	fputc('\n', log_file);
}

/* Print "ipcsim: message[: error]" on stderr after cleanup, then exit 1. */
static void __attribute__((noreturn, format(printf, 2, 0)))
log_die(int with_errno, const char *fmt, va_list ap)
{
	int	 saved = errno;

	if (log_cleanup != NULL) {
		void	(*fn)(void) = log_cleanup;

		log_cleanup = NULL;
		fn();
	}
	fputs("ipcsim: ", stderr);
	vfprintf(stderr, fmt, ap);
	if (with_errno)
		fprintf(stderr, ": %s", strerror(saved));
	fputc('\n', stderr);
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
