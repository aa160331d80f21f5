/*
 * termbench: measure ipcsim's TUI on a real pseudo-terminal of 100x30.
 *
 *	termbench IPCSIM startup RUNS	ms from exec to the first whole frame
 *	termbench IPCSIM exec RUNS	the same for /bin/echo printing the
 *					frame's last text: the floor of
 *					starting any program on a pty
 *	termbench IPCSIM press FILL N	bytes written and ms until quiet, per
 *					press with distinct arguments, once
 *					FILL presses have filled the panes
 *	termbench IPCSIM repeat FILL N	the same for one press repeated, all
 *					its log lines alike
 *	termbench IPCSIM idle SECONDS	CPU time and context switches of all
 *					three processes while nothing happens
 *	termbench IPCSIM memory BURSTS	resident memory of all three after
 *					start and after BURSTS bursts (F6) of
 *					10000 presses each
 *
 * Each mode prints "name value" lines; the medians are the bench script's
 * work.  A screen is "done" when ipcsim has written nothing for QUIET_MS:
 * the time of its last byte before that is when the screen was complete.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define QUIET_MS	40
#define WANT_MS		10000	/* for text that must come */
#define KEYS_TEXT	"Quit"	/* the key bar's last label */

struct term {
	int	 fd;		/* the pty's master side */
	pid_t	 pid;		/* ipcsim, the UI process */
};

/* Give up with a message. */
static void __attribute__((noreturn))
die(const char *what)
{
	perror(what);
	exit(1);
}

/* Milliseconds on the monotonic clock. */
static double
now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

/* Start ipcsim (or, with echo set, /bin/echo KEYS_TEXT) on a new 100x30 pty. */
static void
term_start(struct term *t, const char *ipcsim, int echo)
{
	struct winsize	 ws = { 30, 100, 0, 0 };

	t->pid = forkpty(&t->fd, NULL, NULL, &ws);
	if (t->pid == -1)
		die("forkpty");
	if (t->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		if (echo)
			execl("/bin/echo", "echo", KEYS_TEXT, (char *)NULL);
		else
			execl(ipcsim, ipcsim, (char *)NULL);
		_exit(127);
	}
}

/*
 * Read what ipcsim writes until it has been quiet for QUIET_MS, or until
 * the text want has appeared (when want is not NULL: then waiting up to
 * WANT_MS for each next byte, as a slow start-up under the sanitizers on a
 * busy machine can be quiet for longer than QUIET_MS).  Returns the bytes
 * read; *last gets the time of the last byte.
 */
static size_t
term_read(struct term *t, const char *want, double *last)
{
	static char	 seen[1 << 16];
	struct pollfd	 pfd = { t->fd, POLLIN, 0 };
	size_t		 total = 0, kept = 0;
	ssize_t		 n;
	char		 b[65536];

	*last = now_ms();
	for (;;) {
		if (poll(&pfd, 1, want != NULL ? WANT_MS : QUIET_MS) <= 0) {
			if (want == NULL)
				return (total);
			fprintf(stderr, "termbench: no \"%s\" from ipcsim\n",
			    want);
			exit(1);
		}
		n = read(t->fd, b, sizeof b);
		if (n <= 0)
			return (total);
		*last = now_ms();
		total += (size_t)n;
		if (want == NULL)
			continue;
		/* Keep the tail of the output to look for want in. */
		if (kept + (size_t)n >= sizeof seen)
			kept = 0;
		memcpy(seen + kept, b, (size_t)n);
		kept += (size_t)n;
		seen[kept] = '\0';
		if (memmem(seen, kept, want, strlen(want)) != NULL)
			return (total);
	}
}

/* Send keys to ipcsim. */
static void
term_keys(struct term *t, const char *keys)
{
	if (write(t->fd, keys, strlen(keys)) != (ssize_t)strlen(keys))
		die("write");
}

/* Quit ipcsim and reap it. */
static void
term_stop(struct term *t)
{
	double	 last;

	term_keys(t, "q");
	term_read(t, NULL, &last);
	waitpid(t->pid, NULL, 0);
	close(t->fd);
}

/*
 * The pids of the UI's two children, from /proc.  The file can show fewer
 * for a moment on a busy machine (under the sanitizers): it is read again
 * for up to a second.
 */
static void
children_of(pid_t parent, pid_t kids[2])
{
	struct timespec	 tick = { 0, 10 * 1000 * 1000 };
	char		 path[64];
	FILE		*f;
	int		 n = 0, tries;
	pid_t		 p;

	snprintf(path, sizeof path, "/proc/%d/task/%d/children", (int)parent,
	    (int)parent);
	for (tries = 0; tries < 100 && n != 2; tries++) {
		if (tries > 0)
			nanosleep(&tick, NULL);
		if ((f = fopen(path, "r")) == NULL)
			die(path);
		n = 0;
		while (n < 2 && fscanf(f, "%d", &p) == 1)
			kids[n++] = p;
		fclose(f);
	}
	if (n != 2) {
		fprintf(stderr, "termbench: ipcsim has %d children\n", n);
		exit(1);
	}
}

/*
 * A field of /proc/PID/FILE: of "status" ("VmRSS:",
 * "voluntary_ctxt_switches:"...) or "smaps_rollup" ("Pss:").
 */
static long
proc_field(pid_t pid, const char *file, const char *name)
{
	char	 path[64], line[256];
	FILE	*f;
	long	 v = -1;

	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, file);
	if ((f = fopen(path, "r")) == NULL)
		die(path);
	while (fgets(line, sizeof line, f) != NULL) {
		if (strncmp(line, name, strlen(name)) == 0)
			v = atol(line + strlen(name));
	}
	fclose(f);
	return (v);
}

/* utime + stime of a process, in clock ticks. */
static long
cpu_ticks(pid_t pid)
{
	char		 path[64], buf[1024], *p;
	FILE		*f;
	unsigned long	 ut = 0, st = 0;
	size_t		 n;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		die(path);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* Fields after the command's closing parenthesis: 14 and 15 are times. */
	if ((p = strrchr(buf, ')')) == NULL ||
	    sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu",
	    &ut, &st) != 2)
		die("parse /proc/PID/stat");
	return ((long)(ut + st));
}

/* ms from exec to the first whole frame (or to echo's line), RUNS times. */
static void
mode_startup(const char *ipcsim, int runs, int echo)
{
	struct term	 t;
	double		 t0, last;
	int		 i;

	for (i = 0; i < runs; i++) {
		t0 = now_ms();
		term_start(&t, ipcsim, echo);
		term_read(&t, KEYS_TEXT, &last);
		printf("startup_ms %.3f\n", last - t0);
		if (echo) {
			waitpid(t.pid, NULL, 0);
			close(t.fd);
		} else
			term_stop(&t);
	}
}

/*
 * Bytes and ms of each of n presses after fill presses: with distinct
 * arguments, or (repeat set) the same press again and again, whose log
 * lines are all alike.
 */
static void
mode_press(const char *ipcsim, int fill, int n, int repeat)
{
	struct term	 t;
	double		 t0, last;
	size_t		 bytes;
	char		 keys[64];
	int		 i;

	term_start(&t, ipcsim, 0);
	term_read(&t, KEYS_TEXT, &last);
	/* Shift-Tab to the argument field; the button has the focus at first. */
	if (!repeat) {
		term_keys(&t, "\033[Z");
		term_read(&t, NULL, &last);
	}
	for (i = 0; i < fill + n; i++) {
		/* Ctrl-U and a new number: the lines of every press differ. */
		if (!repeat) {
			snprintf(keys, sizeof keys, "\025%d", 1000 + i);
			term_keys(&t, keys);
			term_read(&t, NULL, &last);
		}
		t0 = now_ms();
		term_keys(&t, "\r");
		bytes = term_read(&t, NULL, &last);
		if (i >= fill)
			printf("press_bytes %zu\npress_ms %.3f\n", bytes,
			    last - t0);
	}
	/* Leave the field before q, or q would be typed into it. */
	if (!repeat) {
		term_keys(&t, "\t");
		term_read(&t, NULL, &last);
	}
	term_stop(&t);
}

/* CPU ticks and context switches of the three processes over an idle while. */
static void
mode_idle(const char *ipcsim, int seconds)
{
	struct term	 t;
	pid_t		 pids[3];
	long		 ticks[3], ctx[3];
	double		 last;
	int		 i;

	term_start(&t, ipcsim, 0);
	term_read(&t, KEYS_TEXT, &last);
	term_read(&t, NULL, &last);
	pids[0] = t.pid;
	children_of(t.pid, pids + 1);
	for (i = 0; i < 3; i++) {
		ticks[i] = cpu_ticks(pids[i]);
		ctx[i] = proc_field(pids[i], "status", "voluntary_ctxt_switches:") +
		    proc_field(pids[i], "status", "nonvoluntary_ctxt_switches:");
	}
	sleep((unsigned)seconds);
	for (i = 0; i < 3; i++) {
		printf("idle_cpu_ticks %ld\n", cpu_ticks(pids[i]) - ticks[i]);
		printf("idle_context_switches %ld\n",
		    proc_field(pids[i], "status", "voluntary_ctxt_switches:") +
		    proc_field(pids[i], "status", "nonvoluntary_ctxt_switches:") - ctx[i]);
	}
	term_stop(&t);
}

/*
 * KiB of the three processes together, by a field of theirs: resident
 * ("status", "VmRSS:": a shared library's pages counted in each process)
 * or proportional ("smaps_rollup", "Pss:": a page shared by k processes
 * counted 1/k in each).
 */
static long
memory_total(pid_t ui, const char *file, const char *field)
{
	pid_t	 kids[2];

	children_of(ui, kids);
	return (proc_field(ui, file, field) + proc_field(kids[0], file, field) +
	    proc_field(kids[1], file, field));
}

/* Resident memory after start and after bursts of presses (full scrollback). */
static void
mode_memory(const char *ipcsim, int bursts)
{
	struct term	 t;
	double		 last;
	int		 i;

	term_start(&t, ipcsim, 0);
	term_read(&t, KEYS_TEXT, &last);
	term_read(&t, NULL, &last);
	printf("rss_start_kib %ld\n", memory_total(t.pid, "status", "VmRSS:"));
	printf("pss_start_kib %ld\n", memory_total(t.pid, "smaps_rollup",
	    "Pss:"));
	for (i = 0; i < bursts; i++) {
		term_keys(&t, "\033[17~");	/* F6 */
		term_read(&t, NULL, &last);
	}
	printf("presses %d\n", bursts * 10000);
	printf("rss_after_kib %ld\n", memory_total(t.pid, "status", "VmRSS:"));
	printf("pss_after_kib %ld\n", memory_total(t.pid, "smaps_rollup",
	    "Pss:"));
	term_stop(&t);
}

int
main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 4 && strcmp(argv[2], "startup") == 0)
		mode_startup(argv[1], atoi(argv[3]), 0);
	else if (argc == 4 && strcmp(argv[2], "exec") == 0)
		mode_startup(argv[1], atoi(argv[3]), 1);
	else if (argc == 5 && strcmp(argv[2], "press") == 0)
		mode_press(argv[1], atoi(argv[3]), atoi(argv[4]), 0);
	else if (argc == 5 && strcmp(argv[2], "repeat") == 0)
		mode_press(argv[1], atoi(argv[3]), atoi(argv[4]), 1);
	else if (argc == 4 && strcmp(argv[2], "idle") == 0)
		mode_idle(argv[1], atoi(argv[3]));
	else if (argc == 4 && strcmp(argv[2], "memory") == 0)
		mode_memory(argv[1], atoi(argv[3]));
	else {
		fprintf(stderr, "usage: termbench IPCSIM startup RUNS | exec RUNS | "
		    "press FILL N | repeat FILL N | idle SECONDS | memory BURSTS\n");
		return (64);
	}
	return (0);
}
