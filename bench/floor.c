/*
 * The floor: the same chain of hops as one ipcsim press, with the smallest
 * framing and no ipcsim code, to show what this machine allows.
 *
 *	UI -> renderer (click) -> UI -> main (send) -> UI (log line + reply)
 *	-> renderer (reply) -> UI (log line + reply shown)
 *
 * Frames are a 4-byte length and bytes.  The children read what there is
 * and answer every whole frame of it in one write.  The UI prints both log
 * lines to stdout, like ipcsim --headless.  One press after another, the
 * UI's reads and writes block and each press's time goes to TIMINGS-FILE;
 * with --pipeline, like ipcsim --headless --pipeline, it keeps up to
 * PIPELINE presses in flight, polls, and never blocks on a write.
 *
 * usage: floor CLICKS TIMINGS-FILE
 *        floor --pipeline CLICKS
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char main_line[] = "receive message from renderer process 1 2 3";
static const char renderer_line[] = "receive message from main process 6";

/* Presses in flight with --pipeline, as ipcsim keeps them. */
#define PIPELINE	4096

/* Bytes a queue or a reader holds: whole frames of a few dozen bytes. */
#define QUEUE_SIZE	(1 << 20)

/* Bytes read and not yet taken as frames. */
struct reader {
	int	 fd;
	char	 buf[65536];
	size_t	 have, at;
};

/* Bytes to write to fd, from the front. */
struct queue {
	int	 fd;
	char	*buf;
	size_t	 len, at;
};

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

/*
 * Read what fd has after what r keeps; 0, or -1 at end of file.  A frame
 * cut at the end of the buffer is moved to its front first.
 */
static int
reader_fill(struct reader *r)
{
	ssize_t	 n;

	memmove(r->buf, r->buf + r->at, r->have - r->at);
	r->have -= r->at;
	r->at = 0;
	while ((n = read(r->fd, r->buf + r->have, sizeof r->buf - r->have)) ==
	    -1 && errno == EINTR)
		;
	if (n == -1)
		die("read");
	if (n == 0)
		return (-1);
	r->have += (size_t)n;
	return (0);
}

/* The next whole frame in r: its bytes in *p and its length, or -1 for none yet. */
static long
reader_next(struct reader *r, const char **p)
{
	uint32_t	 n;

	if (r->have - r->at < 4)
		return (-1);
	memcpy(&n, r->buf + r->at, 4);
	if (n > 256)
		die("frame too large");
	if (r->have - r->at - 4 < n)
		return (-1);
	*p = r->buf + r->at + 4;
	r->at += 4 + n;
	return (n);
}

/* The renderer: a click sends 1, 2, 3; a reply prints its line and shows the value. */
static void
renderer(int in, int out)
{
	static struct reader	 r;
	static char		 frames[QUEUE_SIZE];
	const char		*p;
	size_t			 len;
	long			 n;

	r.fd = in;
	while (reader_fill(&r) == 0) {
		len = 0;
		while ((n = reader_next(&r, &p)) != -1) {
			if (len > sizeof frames - 64)
				die("renderer: too much at once");
			if (n == 5 && memcmp(p, "click", 5) == 0)
				frame_put(frames, &len, "send 1 2 3", 10);
			else {
				frame_put(frames, &len, renderer_line,
				    sizeof renderer_line - 1);
				frame_put(frames, &len, "shown 6", 7);
			}
		}
		write_all(out, frames, len);
	}
	exit(0);
}

/* Main: a message prints its line, sums 1 + 2 + 3 and replies. */
static void
mainproc(int in, int out)
{
	static struct reader	 r;
	static char		 frames[QUEUE_SIZE];
	const char		*p;
	char			 msg[257], sum[16];
	size_t			 len;
	long			 n;
	int			 a, b, c;

	r.fd = in;
	while (reader_fill(&r) == 0) {
		len = 0;
		while ((n = reader_next(&r, &p)) != -1) {
			if (len > sizeof frames - 128)
				die("main: too much at once");
			memcpy(msg, p, (size_t)n);
			msg[n] = '\0';
			if (sscanf(msg, "send %d %d %d", &a, &b, &c) != 3)
				die("bad send");
			frame_put(frames, &len, main_line,
			    sizeof main_line - 1);
			snprintf(sum, sizeof sum, "%d", a + b + c);
			frame_put(frames, &len, sum, (uint32_t)strlen(sum));
		}
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

/* Queue one frame to q. */
static void
queue_frame(struct queue *q, const char *p, uint32_t n)
{
	if (q->len + 4 + n > QUEUE_SIZE)
		die("queue full");
	frame_put(q->buf, &q->len, p, n);
}

/* Write what q holds as far as its pipe takes it now, without blocking. */
static void
queue_flush(struct queue *q)
{
	ssize_t	 w;

	while (q->at < q->len) {
		w = write(q->fd, q->buf + q->at, q->len - q->at);
		if (w == -1 && errno == EINTR)
			continue;
		if (w == -1 && errno == EAGAIN)
			break;
		if (w == -1)
			die("write");
		q->at += (size_t)w;
	}
	if (q->at == q->len)
		q->at = q->len = 0;
	else if (q->at > QUEUE_SIZE / 2) {
		memmove(q->buf, q->buf + q->at, q->len - q->at);
		q->len -= q->at;
		q->at = 0;
	}
}

/* Make a queue for writing to fd, which no longer blocks. */
static void
queue_init(struct queue *q, int fd)
{
	if ((q->buf = malloc(QUEUE_SIZE)) == NULL)
		die("malloc");
	q->fd = fd;
	q->len = q->at = 0;
	if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == -1)
		die("fcntl");
}

/*
 * Pipelined presses: up to PIPELINE clicks in flight, every frame routed as
 * the one-at-a-time loop routes it, until clicks presses are shown.
 */
static void
pipelined(long clicks, int to_r, int from_r, int to_m, int from_m)
{
	static struct reader	 rr, rm;
	struct queue		 qr, qm;
	struct pollfd		 pfd[4];
	const char		*p;
	long			 sent = 0, shown = 0, n;
	int			 i, main_next_line = 1, renderer_next = 0;

	queue_init(&qr, to_r);
	queue_init(&qm, to_m);
	rr.fd = from_r;
	rm.fd = from_m;
	while (shown < clicks) {
		while (sent < clicks && sent - shown < PIPELINE &&
		    qr.len + 9 <= QUEUE_SIZE) {
			queue_frame(&qr, "click", 5);
			sent++;
		}
		queue_flush(&qr);
		queue_flush(&qm);
		pfd[0].fd = from_r;
		pfd[1].fd = from_m;
		pfd[0].events = pfd[1].events = POLLIN;
		pfd[2].fd = qr.len > qr.at ? to_r : -1;
		pfd[3].fd = qm.len > qm.at ? to_m : -1;
		pfd[2].events = pfd[3].events = POLLOUT;
		if (poll(pfd, 4, -1) == -1) {
			if (errno == EINTR)
				continue;
			die("poll");
		}
		for (i = 0; i < 2; i++)
			if (pfd[i].revents & (POLLHUP | POLLERR))
				pfd[i].revents |= POLLIN;
		/* The renderer: a send for main, or its line then what it shows. */
		if ((pfd[0].revents & POLLIN) && reader_fill(&rr) == -1)
			die("the renderer closed its pipe");
		while (pfd[0].revents & POLLIN &&
		    (n = reader_next(&rr, &p)) != -1) {
			if (renderer_next == 1) {
				shown++;
				renderer_next = 0;
			} else if (n == 10 && memcmp(p, "send ", 5) == 0)
				queue_frame(&qm, p, (uint32_t)n);
			else {
				printf("[renderer] %.*s\n", (int)n, p);
				renderer_next = 1;
			}
		}
		/* Main: its line, then its reply for the renderer. */
		if ((pfd[1].revents & POLLIN) && reader_fill(&rm) == -1)
			die("main closed its pipe");
		while (pfd[1].revents & POLLIN &&
		    (n = reader_next(&rm, &p)) != -1) {
			if (main_next_line)
				printf("[main] %.*s\n", (int)n, p);
			else
				queue_frame(&qr, p, (uint32_t)n);
			main_next_line = !main_next_line;
		}
	}
	fflush(stdout);
	free(qr.buf);
	free(qm.buf);
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

	if (argc == 3 && strcmp(argv[1], "--pipeline") == 0 &&
	    (clicks = atol(argv[2])) > 0) {
		pm = spawn(mainproc, &to_m, &from_m);
		pr = spawn(renderer, &to_r, &from_r);
		pipelined(clicks, to_r, from_r, to_m, from_m);
		close(to_r);
		close(to_m);
		waitpid(pr, NULL, 0);
		waitpid(pm, NULL, 0);
		return (0);
	}
	if (argc != 3 || (clicks = atol(argv[1])) <= 0) {
		fprintf(stderr, "usage: floor CLICKS TIMINGS-FILE\n"
		    "       floor --pipeline CLICKS\n");
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
