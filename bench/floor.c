/*
 * The floor: the same chain of hops as one ipcsim press, with the smallest
 * framing and no ipcsim code, to show what this machine allows.
 *
 *	UI -> renderer (click) -> UI -> main (send) -> UI (log line + reply)
 *	-> renderer (reply) -> UI (log line + reply shown)
 *
 * Frames are a 4-byte length and bytes; reads and writes block.  The UI
 * prints both log lines to stdout, like ipcsim --headless.
 *
 * usage: floor CLICKS TIMINGS-FILE
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char main_line[] = "receive message from renderer process 1 2 3";
static const char renderer_line[] = "receive message from main process 6";

/* Give up with a message. */
static void __attribute__((noreturn))
die(const char *what)
{
	perror(what);
	exit(1);
}

/* Write all n bytes, across partial writes and EINTR. */
static void
write_all(int fd, const void *p, size_t n)
{
	const char	*c = p;
	ssize_t		 w;

	while (n > 0) {
		if ((w = write(fd, c, n)) == -1) {
			if (errno == EINTR)
				continue;
			die("write");
		}
		c += w;
		n -= w;
	}
}

/* Read exactly n bytes; returns 0, or -1 at end of file before any byte. */
static int
read_all(int fd, void *p, size_t n)
{
	char	*c = p;
	ssize_t	 r;
	size_t	 got = 0;

	while (got < n) {
		if ((r = read(fd, c + got, n - got)) == -1) {
			if (errno == EINTR)
				continue;
			die("read");
		}
		if (r == 0) {
			if (got == 0)
				return (-1);
			die("short frame");
		}
		got += r;
	}
	return (0);
}

/* Append one frame (length, bytes) to out at *len. */
static void
frame_put(char *out, size_t *len, const char *p, uint32_t n)
{
	memcpy(out + *len, &n, 4);
	memcpy(out + *len + 4, p, n);
	*len += 4 + n;
}

/* Read one frame into p (at most size bytes); returns its length or -1 at EOF. */
static long
frame_get(int fd, char *p, size_t size)
{
	uint32_t	 n;

	if (read_all(fd, &n, 4) == -1)
		return (-1);
	if (n > size)
		die("frame too large");
	read_all(fd, p, n);
	return (n);
}

/* Read one frame that must be there; returns its length. */
static uint32_t
frame_need(int fd, char *p, size_t size)
{
	long	 n = frame_get(fd, p, size);

	if (n == -1)
		die("child closed its pipe");
	return ((uint32_t)n);
}

/* The renderer: a click sends 1, 2, 3; a reply prints its line and shows the value. */
static void
renderer(int in, int out)
{
	char	 buf[256], frames[512];
	size_t	 len;
	long	 n;

	while ((n = frame_get(in, buf, sizeof buf)) != -1) {
		len = 0;
		if (n == 5 && memcmp(buf, "click", 5) == 0)
			frame_put(frames, &len, "send 1 2 3", 10);
		else {
			frame_put(frames, &len, renderer_line,
			    sizeof renderer_line - 1);
			frame_put(frames, &len, "shown 6", 7);
		}
		write_all(out, frames, len);
	}
	exit(0);
}

/* Main: a message prints its line, sums 1 + 2 + 3 and replies. */
static void
mainproc(int in, int out)
{
	char	 buf[256], frames[512], sum[16];
	size_t	 len;
	int	 a, b, c;

	while (frame_get(in, buf, sizeof buf - 1) != -1) {
		if (sscanf(buf, "send %d %d %d", &a, &b, &c) != 3)
			die("bad send");
		len = 0;
		frame_put(frames, &len, main_line, sizeof main_line - 1);
		snprintf(sum, sizeof sum, "%d", a + b + c);
		frame_put(frames, &len, sum, (uint32_t)strlen(sum));
		write_all(out, frames, len);
	}
	exit(0);
}

/* Fork a child running fn on its ends of two new pipes; set the parent's ends. */
static pid_t
spawn(void (*fn)(int, int), int *to, int *from)
{
	int	 down[2], up[2];
	pid_t	 pid;

	if (pipe(down) == -1 || pipe(up) == -1)
		die("pipe");
	if ((pid = fork()) == -1)
		die("fork");
	if (pid == 0) {
		close(down[1]);
		close(up[0]);
		fn(down[0], up[1]);
	}
	close(down[0]);
	close(up[1]);
	*to = down[1];
	*from = up[0];
	return (pid);
}

/* Nanoseconds on the monotonic clock. */
static uint64_t
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
}

int
main(int argc, char **argv)
{
	char		 buf[256], frames[512];
	int		 to_r, from_r, to_m, from_m;
	long		 clicks, i;
	uint32_t	 n;
	size_t		 len;
	uint64_t	 t0;
	FILE		*timings;
	pid_t		 pr, pm;

	if (argc != 3 || (clicks = atol(argv[1])) <= 0) {
		fprintf(stderr, "usage: floor CLICKS TIMINGS-FILE\n");
		return (64);
	}
	if ((timings = fopen(argv[2], "w")) == NULL)
		die(argv[2]);
	pm = spawn(mainproc, &to_m, &from_m);
	pr = spawn(renderer, &to_r, &from_r);
	for (i = 0; i < clicks; i++) {
		t0 = now();
		len = 0;
		frame_put(frames, &len, "click", 5);
		write_all(to_r, frames, len);
		/* The renderer's send, routed to main. */
		n = frame_need(from_r, buf, sizeof buf);
		len = 0;
		frame_put(frames, &len, buf, n);
		write_all(to_m, frames, len);
		/* Main's log line, then its reply, routed to the renderer. */
		n = frame_need(from_m, buf, sizeof buf);
		printf("[main] %.*s\n", (int)n, buf);
		n = frame_need(from_m, buf, sizeof buf);
		len = 0;
		frame_put(frames, &len, buf, n);
		write_all(to_r, frames, len);
		/* The renderer's log line and what its page shows. */
		n = frame_need(from_r, buf, sizeof buf);
		printf("[renderer] %.*s\n", (int)n, buf);
		fflush(stdout);
		frame_need(from_r, buf, sizeof buf);
		fprintf(timings, "%llu\n", (unsigned long long)(now() - t0));
	}
	close(to_r);
	close(to_m);
	waitpid(pr, NULL, 0);
	waitpid(pm, NULL, 0);
	return (fclose(timings) == 0 ? 0 : 1);
}
