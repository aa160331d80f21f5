/* Sessions of fake processes: their lines, a protocol error and the restart, main ending the app. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "clock.h"
#include "proto.h"
#include "scenario.h"
#include "session.h"
#include "sig.h"

/* How long a test waits for an event before it fails. */
#define WAIT_NS		(2000ULL * 1000 * 1000)

#define EXIT_KILLED	"{ reason: 'killed', exitCode: 9 }"
#define EXIT_CLEAN	"{ reason: 'clean-exit', exitCode: 0 }"
#define APP_ENDED	"the app ended with its main process"

/* What the session reported, in order. */
struct seen {
	enum session_event_type	 type;
	int			 window;
	pid_t			 pid;		/* the child's, when reported */
	char			 text[160];	/* "" when the event had none */
};

static struct {
	struct session	 s;
	int		 sigfd;
	struct seen	 ev[64];
	size_t		 n;
} t;

/* The session's callback: keep a copy of every event. */
static void
record(void *arg, const struct session_event *e)
{
	struct seen	*v;

	(void)arg;
	if (t.n == sizeof t.ev / sizeof t.ev[0])
		return;
	v = &t.ev[t.n++];
	v->type = e->type;
	v->window = e->window;
	v->pid = e->child->pid;
	strlcpy(v->text, e->text != NULL ? e->text : "", sizeof v->text);
}

/* Start a session of nwindows with the fake processes of kinds. */
static void
start(const struct proc_kind *kinds, int nwindows)
{
	struct scenario	 sc;

	t.n = 0;
	t.sigfd = sig_setup();
	scenario_default(&sc);
	session_start(&t.s, nwindows, &sc, kinds, record, NULL, 1);
}

/* Where the first event from index i on of this type and window (and text, unless NULL) is, or -1. */
static int
find(size_t i, enum session_event_type type, int window, const char *text)
{
	for (; i < t.n; i++) {
		if (t.ev[i].type == type && t.ev[i].window == window &&
		    (text == NULL || strcmp(t.ev[i].text, text) == 0))
			return ((int)i);
	}
	return (-1);
}

/* How many events of this type and window (and text, unless NULL) there have been. */
static size_t
count(enum session_event_type type, int window, const char *text)
{
	size_t	 n = 0;
	int	 i = -1;

	while ((i = find(i + 1, type, window, text)) != -1)
		n++;
	return (n);
}

/* Run the session once, as the front ends do: poll until something comes, at most until deadline. */
static void
pump(uint64_t deadline)
{
	struct pollfd	 pfd[SESSION_MAX_FDS + 1];
	uint64_t	 now = clock_now_ns();
	size_t		 k;
	int		 r;

	k = session_pollfds(&t.s, pfd);
	pfd[k].fd = t.sigfd;
	pfd[k].events = POLLIN;
	pfd[k].revents = 0;
	r = poll(pfd, k + 1, now < deadline ?
	    (int)((deadline - now) / 1000000) + 1 : 0);
	if (r == -1) {
		ck_assert_int_eq(errno, EINTR);
		return;
	}
	session_handle(&t.s, pfd, k);
	if (pfd[k].revents != 0 && (sig_drain(t.sigfd) & SIG_GOT_CHILD))
		session_reap(&t.s);
}

/*
 * Run the session until there have been n events of this type and window
 * (and text, unless NULL); fail at the deadline.
 */
static void
wait_for(enum session_event_type type, int window, const char *text,
    size_t n)
{
	uint64_t	 deadline = clock_now_ns() + WAIT_NS;

	while (count(type, window, text) < n) {
		ck_assert_msg(clock_now_ns() < deadline, "no event %d of "
		    "window %d (%s) in time", type, window,
		    text != NULL ? text : "any");
		pump(deadline);
	}
}

/* Run the session until step mode holds n frames; fail at the deadline. */
static void
wait_held(size_t n)
{
	uint64_t	 deadline = clock_now_ns() + WAIT_NS;

	while (step_held(&t.s.step) < n) {
		ck_assert_msg(clock_now_ns() < deadline, "%zu frames held, "
		    "not %zu", step_held(&t.s.step), n);
		pump(deadline);
	}
}

/* In a fake process: its endpoint. */
static uint16_t
fake_self(const struct proc_start *st)
{
	if (st->window == 0)
		return (ENDPOINT_MAIN);
	return (ENDPOINT_RENDERER(st->window));
}

/* In a fake process: write everything queued, waiting while the pipe is full. */
static void
fake_flush(struct peer *p)
{
	struct pollfd	 pfd;

	while (p->out.len > 0) {
		if (peer_flush(p) == -1)
			_exit(1);
		pfd.fd = p->wfd;
		pfd.events = POLLOUT;
		if (p->out.len > 0)
			poll(&pfd, 1, -1);
	}
}

/* In a fake process: print a console line, as console.log does. */
static void
fake_print(struct peer *p, const struct proc_start *st, const char *line)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.text = line;
	m.text_len = strlen(line);
	proto_send(p, MSG_CONSOLE_LINE, fake_self(st), ENDPOINT_UI, 0, &m);
	fake_flush(p);
}

/* In a fake process: read frames until the UI closes the pipe, handing each to fn (if any); then leave. */
static void
fake_read(struct peer *p, const struct proc_start *st,
    void (*fn)(struct peer *, const struct proc_start *, const struct msg *))
{
	struct pollfd	 pfd;
	struct msg	 f;
	const char	*err;
	int		 closed;

	for (;;) {
		pfd.fd = p->rfd;
		pfd.events = POLLIN;
		poll(&pfd, 1, -1);
		closed = peer_read(p) == -1;
		while (peer_next(p, &f, &err) == 1) {
			if (fn != NULL)
				fn(p, st, &f);
			peer_done(p, &f);
		}
		if (closed)
			_exit(0);
	}
}

/* A fake main's answer to a frame: a console line saying what it got. */
static void
echo(struct peer *p, const struct proc_start *st, const struct msg *f)
{
	struct proto_msg	 m;
	const char		*err;
	char			 line[160];

	if (proto_decode(f, &m, PROTO_BUILD, &err) == -1) {
		snprintf(line, sizeof line, "bad %s: %s",
		    msg_type_name(f->hdr.type), err);
		fake_print(p, st, line);
		return;
	}
	if (f->hdr.type == MSG_RENDERER_GONE)
		snprintf(line, sizeof line, "got renderer-gone %u %.*s %u",
		    m.window, (int)m.text_len, m.text, m.code);
	else if (m.channel != NULL)
		snprintf(line, sizeof line, "got %s page %u '%.*s'",
		    msg_type_name(f->hdr.type), m.page, (int)m.channel_len,
		    m.channel);
	else
		snprintf(line, sizeof line, "got %s",
		    msg_type_name(f->hdr.type));
	proto_msg_free(&m);
	fake_print(p, st, line);
}

/* A fake main that greets with a line holding controls, then says what it gets. */
static void
main_echo(int rfd, int wfd, const struct proc_start *st)
{
	struct peer	 p;

	peer_init(&p, rfd, wfd);
	fake_print(&p, st, "hello \033[1mworld\n");
	fake_read(&p, st, echo);
}

/* A fake main that prints one line and ends. */
static void
main_bye(int rfd, int wfd, const struct proc_start *st)
{
	struct peer	 p;

	peer_init(&p, rfd, wfd);
	fake_print(&p, st, "bye");
}

/* A fake renderer that sends nothing and leaves when the UI closes the pipe. */
static void
renderer_quiet(int rfd, int wfd, const struct proc_start *st)
{
	struct peer	 p;

	peer_init(&p, rfd, wfd);
	fake_read(&p, st, NULL);
}

/* A fake renderer that makes one ipcRenderer.send from its page. */
static void
renderer_send(int rfd, int wfd, const struct proc_start *st)
{
	struct peer		 p;
	struct proto_msg	 m;

	peer_init(&p, rfd, wfd);
	proto_msg_init(&m);
	m.page = st->page;
	m.channel = "message-from-renderer";
	m.channel_len = strlen(m.channel);
	value_init(&m.value, VALUE_ARRAY);
	proto_send(&p, MSG_IPC_SEND, fake_self(st), ENDPOINT_MAIN, 0, &m);
	fake_flush(&p);
	fake_read(&p, st, NULL);
}

/* A fake process that prints a line that is not UTF-8, then waits for the end. */
static void
fake_bad(int rfd, int wfd, const struct proc_start *st)
{
	struct peer	 p;
	struct buf	 bad;

	peer_init(&p, rfd, wfd);
	buf_init(&bad);
	msg_add_string(&bad, "\xff", 1);
	peer_send(&p, MSG_CONSOLE_LINE, fake_self(st), ENDPOINT_UI, 0, &bad);
	fake_flush(&p);
	fake_read(&p, st, NULL);
}

/* A fake renderer that breaks the protocol on the first page; on a later one, it sends. */
static void
renderer_bad_once(int rfd, int wfd, const struct proc_start *st)
{
	if (st->page != 1)
		renderer_send(rfd, wfd, st);
	fake_bad(rfd, wfd, st);
}

/* Whether the next fake main forked breaks the protocol (a fork copies it). */
static int	 main_breaks;

/* A fake main that breaks the protocol while main_breaks is set, else echoes. */
static void
main_bad_once(int rfd, int wfd, const struct proc_start *st)
{
	if (!main_breaks)
		main_echo(rfd, wfd, st);
	fake_bad(rfd, wfd, st);
}

/* Main prints lines to the UI, escaped for the terminal, and gets its config. */
START_TEST(test_lines)
{
	static const struct proc_kind	 kinds[PROC_KINDS] = {
		{ "main", main_echo }, { "renderer", renderer_quiet }
	};

	start(kinds, 1);
	/* Both were started, main first, before anything else happened. */
	ck_assert_uint_eq(t.n, 2);
	ck_assert_int_eq(t.ev[0].type, SESSION_STARTED);
	ck_assert_int_eq(t.ev[0].window, 0);
	ck_assert_int_gt(t.ev[0].pid, 0);
	ck_assert_int_eq(t.ev[1].type, SESSION_STARTED);
	ck_assert_int_eq(t.ev[1].window, 1);
	wait_for(SESSION_LINE, 0, "got config", 1);
	/* And that main.js made window 1. */
	wait_for(SESSION_LINE, 0, "got window", 1);
	ck_assert_int_eq(find(0, SESSION_LINE, 0, "hello \\e[1mworld\\n"), 2);
	ck_assert_uint_eq(count(SESSION_LINE, 0, NULL), 3);
	ck_assert_uint_eq(count(SESSION_GONE, 1, NULL), 0);
	session_stop(&t.s);
}
END_TEST

/* A renderer's IPC call reaches main, through the UI. */
START_TEST(test_call_routed)
{
	static const struct proc_kind	 kinds[PROC_KINDS] = {
		{ "main", main_echo }, { "renderer", renderer_send }
	};

	start(kinds, 2);
	wait_for(SESSION_LINE, 0, "got ipc-send page 1 'message-from-renderer'",
	    1);
	wait_for(SESSION_LINE, 0, "got ipc-send page 2 'message-from-renderer'",
	    1);
	ck_assert_uint_eq(count(SESSION_GONE, 1, NULL), 0);
	ck_assert_uint_eq(count(SESSION_GONE, 2, NULL), 0);
	session_stop(&t.s);
}
END_TEST

/*
 * Step mode holds every frame routed, the UI's own go at once; n lets the
 * next go, and off lets the rest go in the order they came.
 */
START_TEST(test_step)
{
	static const struct proc_kind	 kinds[PROC_KINDS] = {
		{ "main", main_echo }, { "renderer", renderer_send }
	};
	int				 hello, config, send;

	start(kinds, 1);
	session_set_step(&t.s, 1);
	/*
	 * Main's greeting and its lines for the config and the window made;
	 * the renderer's send.
	 */
	wait_held(4);
	ck_assert_uint_eq(count(SESSION_LINE, 0, NULL), 0);
	session_step(&t.s);
	ck_assert_uint_eq(step_held(&t.s.step), 3);
	ck_assert_uint_le(count(SESSION_LINE, 0, NULL), 1);
	/* Off: the lines held come at once, the send reaches main. */
	session_set_step(&t.s, 0);
	ck_assert_uint_eq(step_held(&t.s.step), 0);
	ck_assert_uint_eq(count(SESSION_LINE, 0, NULL), 3);
	wait_for(SESSION_LINE, 0, "got ipc-send page 1 'message-from-renderer'",
	    1);
	hello = find(0, SESSION_LINE, 0, "hello \\e[1mworld\\n");
	config = find(0, SESSION_LINE, 0, "got config");
	send = find(0, SESSION_LINE, 0,
	    "got ipc-send page 1 'message-from-renderer'");
	ck_assert_int_ge(hello, 0);
	ck_assert_int_gt(config, hello);
	ck_assert_int_gt(send, config);
	session_stop(&t.s);
}
END_TEST

/*
 * A renderer that breaks the protocol: its pane says why, it is killed and
 * reported gone, main is told, and the window gets a new renderer process
 * with a new page, which works.
 */
START_TEST(test_protocol_error)
{
	static const struct proc_kind	 kinds[PROC_KINDS] = {
		{ "main", main_echo }, { "renderer", renderer_bad_once }
	};
	int	 error, gone, again;

	start(kinds, 1);
	wait_for(SESSION_STARTED, 1, NULL, 2);
	error = find(0, SESSION_LINE, 1,
	    "protocol error: malformed text payload");
	gone = find(0, SESSION_GONE, 1, EXIT_KILLED);
	again = find(2, SESSION_STARTED, 1, NULL);
	ck_assert_int_ge(error, 0);
	ck_assert_int_gt(gone, error);
	ck_assert_int_gt(again, gone);
	ck_assert_int_gt(t.ev[again].pid, 0);
	ck_assert_int_ne(t.ev[again].pid, t.ev[1].pid);
	ck_assert_uint_eq(count(SESSION_GONE, 1, NULL), 1);
	wait_for(SESSION_LINE, 0, "got renderer-gone 1 killed 9", 1);
	wait_for(SESSION_LINE, 0, "got ipc-send page 2 'message-from-renderer'",
	    1);
	/* Main was never affected. */
	ck_assert_uint_eq(count(SESSION_GONE, 0, NULL), 0);
	ck_assert_uint_eq(count(SESSION_STARTED, 0, NULL), 1);
	session_stop(&t.s);
}
END_TEST

/* Main ending ends the app: its last line is kept, and every window goes with it. */
START_TEST(test_main_ends_app)
{
	static const struct proc_kind	 kinds[PROC_KINDS] = {
		{ "main", main_bye }, { "renderer", renderer_quiet }
	};
	int	 bye, gone;

	start(kinds, 2);
	wait_for(SESSION_GONE, 0, NULL, 1);
	bye = find(0, SESSION_LINE, 0, "bye");
	gone = find(0, SESSION_GONE, 0, EXIT_CLEAN);
	ck_assert_int_ge(bye, 0);
	ck_assert_int_gt(gone, bye);
	/* The windows went at once, with main, not on some later event. */
	ck_assert_int_gt(find(gone, SESSION_GONE, 1, APP_ENDED), gone);
	ck_assert_int_gt(find(gone, SESSION_GONE, 2, APP_ENDED), gone);
	ck_assert_uint_eq(count(SESSION_GONE, 1, NULL), 1);
	ck_assert_uint_eq(count(SESSION_GONE, 2, NULL), 1);
	/* Nothing is started again: the app ended, it did not fail. */
	ck_assert_uint_eq(count(SESSION_STARTED, 0, NULL), 1);
	ck_assert_uint_eq(count(SESSION_STARTED, 1, NULL), 1);
	ck_assert_uint_eq(count(SESSION_STARTED, 2, NULL), 1);
	ck_assert_int_eq(t.s.main.pid, -1);
	ck_assert_int_eq(t.s.renderers[0].pid, -1);
	ck_assert_int_eq(t.s.renderers[1].pid, -1);
	session_stop(&t.s);
}
END_TEST

/*
 * Main breaking the protocol ends the app, and the whole app is launched
 * again: main, then its window with a new renderer process.
 */
START_TEST(test_main_protocol_error)
{
	static const struct proc_kind	 kinds[PROC_KINDS] = {
		{ "main", main_bad_once }, { "renderer", renderer_quiet }
	};
	int	 error, gone, ended, again;

	main_breaks = 1;
	start(kinds, 1);
	main_breaks = 0;
	wait_for(SESSION_STARTED, 1, NULL, 2);
	error = find(0, SESSION_LINE, 0,
	    "protocol error: malformed text payload");
	gone = find(0, SESSION_GONE, 0, EXIT_KILLED);
	ended = find(0, SESSION_GONE, 1, APP_ENDED);
	again = find(2, SESSION_STARTED, 0, NULL);
	ck_assert_int_ge(error, 0);
	ck_assert_int_gt(gone, error);
	ck_assert_int_gt(ended, gone);
	ck_assert_int_gt(again, ended);
	ck_assert_int_gt(find(again, SESSION_STARTED, 1, NULL), again);
	/* The new main works, and gets the settings. */
	wait_for(SESSION_LINE, 0, "got config", 1);
	ck_assert_uint_eq(count(SESSION_GONE, 0, NULL), 1);
	ck_assert_uint_eq(count(SESSION_GONE, 1, NULL), 1);
	session_stop(&t.s);
}
END_TEST

Suite *
suite_session(void)
{
	Suite	*s = suite_create("session");
	TCase	*tc = tcase_create("fakes");

	/* Real processes: give them time on a busy machine, under the sanitizers. */
	tcase_set_timeout(tc, 60);

	tcase_add_test(tc, test_lines);
	tcase_add_test(tc, test_call_routed);
	tcase_add_test(tc, test_step);
	tcase_add_test(tc, test_protocol_error);
	tcase_add_test(tc, test_main_ends_app);
	tcase_add_test(tc, test_main_protocol_error);
	suite_add_tcase(s, tc);
	return (s);
}
