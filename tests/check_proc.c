/* How children end, as render-process-gone names it, from real processes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "suites.h"
#include "proc.h"

/* The wait status of a real child that exits with code, or raises sig. */
static int
status_of(int code, int sig)
{
	struct rlimit	 no_core = { 0, 0 };
	sigset_t	 none;
	pid_t		 pid;
	int		 status;

	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		setrlimit(RLIMIT_CORE, &no_core);
		if (code >= 0)
			_exit(code);
		signal(sig, SIG_DFL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		raise(sig);
		_exit(99);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return (status);
}

/* Exits and signals, and the reason and exit code Chromium gives them. */
START_TEST(test_reasons)
{
	static const struct {
		int		 code;
		int		 sig;
		const char	*reason;
		int		 exit_code;
	} cases[] = {
		{ 0, 0, "clean-exit", 0 },
		{ 3, 0, "abnormal-exit", 3 },
		{ -1, SIGKILL, "killed", SIGKILL },
		{ -1, SIGTERM, "killed", SIGTERM },
		{ -1, SIGINT, "killed", SIGINT },
		{ -1, SIGSEGV, "crashed", SIGSEGV },
		{ -1, SIGABRT, "crashed", SIGABRT },
		{ -1, SIGBUS, "crashed", SIGBUS },
		{ -1, SIGFPE, "crashed", SIGFPE },
		{ -1, SIGILL, "crashed", SIGILL },
		{ -1, SIGTRAP, "crashed", SIGTRAP },
		{ -1, SIGSYS, "crashed", SIGSYS },
		{ -1, SIGUSR1, "abnormal-exit", SIGUSR1 },
		{ -1, SIGHUP, "abnormal-exit", SIGHUP },
	};
	size_t	 i;
	int	 status, code;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		status = status_of(cases[i].code, cases[i].sig);
		/* The child really ended the way the case says. */
		if (cases[i].code >= 0)
			ck_assert(WIFEXITED(status) &&
			    WEXITSTATUS(status) == cases[i].code);
		else
			ck_assert(WIFSIGNALED(status) &&
			    WTERMSIG(status) == cases[i].sig);
		ck_assert_str_eq(proc_exit_reason(status, &code),
		    cases[i].reason);
		ck_assert_int_eq(code, cases[i].exit_code);
	}
}
END_TEST

/* End one child with proc_stop. */
static void
stop_one(struct child *c)
{
	proc_stop(&c, 1);
}

/* A child that reads its pipe until end of file. */
static void
read_until_eof(int rfd, int wfd, const struct proc_start *start)
{
	char	 b[64];
	ssize_t	 n;

	(void)wfd;
	(void)start;
	for (;;) {
		n = read(rfd, b, sizeof b);
		if (n == 0)
			_exit(0);
		if (n == -1)
			usleep(1000);
	}
}

static const struct proc_kind	 reader = { "test", read_until_eof };
static const struct proc_kind	 stopped_reader = { "stopped", read_until_eof };
static const struct proc_kind	 renderer_reader = { "renderer", read_until_eof };
static const struct proc_start	 no_start;

/* A spawned child leaves when its pipe closes, and proc_stop reaps it. */
START_TEST(test_spawn_stop)
{
	struct child	 c;
	int		 code;

	proc_spawn(&c, &reader, 7, &no_start);
	ck_assert_int_gt(c.pid, 0);
	ck_assert_str_eq(c.role, "test");
	ck_assert_uint_eq(c.endpoint, 7);
	ck_assert_int_eq(c.doomed, 0);
	ck_assert_int_ne(c.peer.rfd, -1);
	ck_assert_int_ne(c.peer.wfd, -1);
	stop_one(&c);
	ck_assert_int_eq(c.pid, -1);
	ck_assert_int_eq(c.peer.rfd, -1);
	ck_assert_int_eq(c.peer.wfd, -1);
	ck_assert(WIFEXITED(c.status));
	ck_assert_int_eq(WEXITSTATUS(c.status), 0);
	ck_assert_str_eq(proc_exit_reason(c.status, &code), "clean-exit");
	ck_assert_int_eq(code, 0);
	/* Stopping a reaped child again does nothing. */
	stop_one(&c);
	ck_assert_int_eq(c.pid, -1);
}
END_TEST

/* A child that says one byte on its pipe, then exits with its window number as the code. */
static void
say_and_exit(int rfd, int wfd, const struct proc_start *start)
{
	(void)rfd;
	if (write(wfd, "!", 1) != 1)
		_exit(99);
	_exit(start->window);
}

static const struct proc_kind	 sayer = { "a", say_and_exit };

/* A child's own exit is reaped by proc_reap_one, which names the child. */
START_TEST(test_reap_one)
{
	struct child	 a, b, *cs[3] = { &a, NULL, &b }, *got;
	struct proc_start start_a = { 3, 0 };
	int		 code, i;
	char		 byte;

	proc_spawn(&a, &sayer, 1, &start_a);
	proc_spawn(&b, &reader, 2, &no_start);
	/* Once a has written, it is about to exit; wait for that. */
	for (i = 0; i < 1000 && read(a.peer.rfd, &byte, 1) != 1; i++)
		usleep(1000);
	ck_assert_int_lt(i, 1000);
	for (i = 0; i < 1000 && (got = proc_reap_one(cs, 3)) == NULL; i++)
		usleep(1000);
	ck_assert_ptr_eq(got, &a);
	ck_assert_int_eq(a.pid, -1);
	ck_assert_str_eq(proc_exit_reason(a.status, &code), "abnormal-exit");
	ck_assert_int_eq(code, 3);
	/* b is still running: nothing more to reap. */
	ck_assert_ptr_null(proc_reap_one(cs, 3));
	ck_assert_int_gt(b.pid, 0);
	stop_one(&b);
	ck_assert_int_eq(b.pid, -1);
	ck_assert(WIFEXITED(b.status) && WEXITSTATUS(b.status) == 0);
	stop_one(&a);
}
END_TEST

/* A child that sends 5 bytes of a frame header, then waits for its pipe to close. */
static void
say_part(int rfd, int wfd, const struct proc_start *start)
{
	if (write(wfd, "\0\0\0\x20\0", 5) != 5)
		_exit(99);
	read_until_eof(rfd, wfd, start);
}

static const struct proc_kind	 parter = { "part", say_part };

/*
 * proc_reap_one notes a child stopped and continued, reaping nothing; once
 * continued, the wait for its incomplete frame starts again, as it could
 * not send the rest while it was stopped.
 */
START_TEST(test_reap_stopped)
{
	struct child	 c, *cs[1] = { &c };
	int		 i;

	ck_assert_int_eq(proc_spawn(&c, &parter, 5, &no_start), 0);
	for (i = 0; i < 2000 && c.peer.in.len < 5; i++) {
		ck_assert_int_eq(peer_read(&c.peer), 0);
		usleep(1000);
	}
	ck_assert_uint_eq(c.peer.in.len, 5);
	peer_stamp(&c.peer, 1);
	ck_assert_uint_eq(peer_partial_since(&c.peer), 1);
	ck_assert_int_eq(kill(c.pid, SIGSTOP), 0);
	for (i = 0; i < 2000 && !c.stopped; i++) {
		ck_assert_ptr_null(proc_reap_one(cs, 1));
		usleep(1000);
	}
	ck_assert_int_eq(c.stopped, 1);
	ck_assert_uint_eq(peer_partial_since(&c.peer), 1);
	ck_assert_int_eq(kill(c.pid, SIGCONT), 0);
	for (i = 0; i < 2000 && c.stopped; i++) {
		ck_assert_ptr_null(proc_reap_one(cs, 1));
		usleep(1000);
	}
	ck_assert_int_eq(c.stopped, 0);
	ck_assert_uint_gt(peer_partial_since(&c.peer), 1);
	ck_assert_int_gt(c.pid, 0);
	stop_one(&c);
	ck_assert(WIFEXITED(c.status) && WEXITSTATUS(c.status) == 0);
}
END_TEST

/*
 * Stopped children are continued when they are stopped, so that they see
 * their pipes close and leave by themselves: a clean exit for every one.
 */
START_TEST(test_stop_stopped)
{
	struct child	 c[3], *cs[3] = { &c[0], &c[1], &c[2] };
	int		 i, status;

	for (i = 0; i < 3; i++) {
		ck_assert_int_eq(proc_spawn(&c[i], &stopped_reader, (uint16_t)i,
		    &no_start), 0);
		ck_assert_int_eq(kill(c[i].pid, SIGSTOP), 0);
		ck_assert_int_eq(waitpid(c[i].pid, &status, WUNTRACED),
		    c[i].pid);
		ck_assert(WIFSTOPPED(status));
	}
	proc_stop(cs, 3);
	for (i = 0; i < 3; i++) {
		ck_assert_int_eq(c[i].pid, -1);
		ck_assert(WIFEXITED(c[i].status));
		ck_assert_int_eq(WEXITSTATUS(c[i].status), 0);
	}
}
END_TEST

/*
 * Lower the descriptor limit so that exactly n descriptors are free below
 * it, whatever the test runner has open; returns the limit it had.
 */
static rlim_t
leave_free_fds(int n)
{
	struct rlimit	 rl;
	rlim_t		 was;
	int		 fds[8], i;

	ck_assert_int_le(n, 8);
	for (i = 0; i < n; i++)
		ck_assert_int_ne(fds[i] = open("/dev/null", O_RDONLY), -1);
	for (i = 0; i < n; i++)
		close(fds[i]);
	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, &rl), 0);
	was = rl.rlim_cur;
	rl.rlim_cur = (rlim_t)fds[n - 1] + 1;
	ck_assert_int_eq(setrlimit(RLIMIT_NOFILE, &rl), 0);
	return (was);
}

/* Whether exactly n descriptors are free below the limit. */
static int
fds_free(int n)
{
	int	 fds[9], i, got;

	for (got = 0; got <= n; got++) {
		if ((fds[got] = open("/dev/null", O_RDONLY)) == -1)
			break;
	}
	for (i = 0; i < got; i++)
		close(fds[i]);
	return (got == n);
}

/*
 * A child that says on its pipe whether it has exactly what a child should:
 * stdio on /dev/null, its pipe ends as 3 and 4, nothing else.
 */
static void
report_fds(int rfd, int wfd, const struct proc_start *start)
{
	struct stat	 null, st;
	char		 ok = 'y';
	int		 fd;

	(void)start;
	if (rfd != 3 || wfd != 4 || stat("/dev/null", &null) == -1)
		ok = 'n';
	for (fd = 0; fd < 3; fd++) {
		if (fstat(fd, &st) == -1 || !S_ISCHR(st.st_mode) ||
		    st.st_rdev != null.st_rdev)
			ok = 'n';
	}
	for (fd = 3; fd < 5; fd++) {
		if (fstat(fd, &st) == -1 || !S_ISFIFO(st.st_mode))
			ok = 'n';
	}
	for (fd = 5; fd < 1024; fd++) {
		if (fcntl(fd, F_GETFD) != -1)
			ok = 'n';
	}
	if (write(wfd, &ok, 1) != 1)
		_exit(99);
	_exit(0);
}

static const struct proc_kind	 fd_reporter = { "fds", report_fds };

/*
 * With only the four descriptors free that its two pipes take, a child
 * still starts, with only stdio and its pipe ends open.
 */
START_TEST(test_spawn_fd_limit)
{
	struct child	 c;
	char		 byte = 0;
	int		 i;

	leave_free_fds(4);
	proc_spawn(&c, &fd_reporter, 4, &no_start);
	for (i = 0; i < 2000 && read(c.peer.rfd, &byte, 1) != 1; i++)
		usleep(1000);
	ck_assert_int_eq(byte, 'y');
	stop_one(&c);
	ck_assert(WIFEXITED(c.status) && WEXITSTATUS(c.status) == 0);
}
END_TEST

/*
 * With fewer descriptors free than two pipes take (_i of them), proc_spawn
 * fails with errno set, leaves a child that is gone, and keeps no
 * descriptor; this process goes on, and the slot can be started again.
 */
START_TEST(test_spawn_fails)
{
	struct child	 c;
	struct rlimit	 rl;

	memset(&c, 0xa5, sizeof c);
	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, &rl), 0);
	rl.rlim_cur = leave_free_fds(_i);
	errno = 0;
	ck_assert_int_eq(proc_spawn(&c, &renderer_reader, 0x102,
	    &no_start), -1);
	ck_assert_int_eq(errno, EMFILE);
	ck_assert_int_eq(c.pid, -1);
	ck_assert_str_eq(c.role, "renderer");
	ck_assert_uint_eq(c.endpoint, 0x102);
	ck_assert_int_eq(c.doomed, 0);
	ck_assert_int_eq(c.peer.rfd, -1);
	ck_assert_int_eq(c.peer.wfd, -1);
	ck_assert(fds_free(_i));
	/* Stopping it does nothing; with descriptors again it starts. */
	stop_one(&c);
	ck_assert_int_eq(setrlimit(RLIMIT_NOFILE, &rl), 0);
	ck_assert_int_eq(proc_spawn(&c, &renderer_reader, 0x102,
	    &no_start), 0);
	ck_assert_int_gt(c.pid, 0);
	stop_one(&c);
	ck_assert(WIFEXITED(c.status) && WEXITSTATUS(c.status) == 0);
}
END_TEST

/* A child that ignores its pipe closing. */
static void
never_leave(int rfd, int wfd, const struct proc_start *start)
{
	(void)rfd;
	(void)wfd;
	(void)start;
	for (;;)
		pause();
}

static const struct proc_kind	 stubborn = { "stubborn", never_leave };

/* A child that does not leave when its pipe closes is killed after a while. */
START_TEST(test_stop_kills)
{
	struct child	 c;
	int		 code;

	proc_spawn(&c, &stubborn, 3, &no_start);
	stop_one(&c);
	ck_assert_int_eq(c.pid, -1);
	ck_assert(WIFSIGNALED(c.status));
	ck_assert_int_eq(WTERMSIG(c.status), SIGKILL);
	ck_assert_str_eq(proc_exit_reason(c.status, &code), "killed");
	ck_assert_int_eq(code, SIGKILL);
}
END_TEST

Suite *
suite_proc(void)
{
	Suite	*s = suite_create("proc");
	TCase	*tc = tcase_create("children");

	tcase_add_test(tc, test_reasons);
	tcase_add_test(tc, test_spawn_stop);
	tcase_add_test(tc, test_reap_one);
	tcase_add_test(tc, test_stop_kills);
	tcase_add_test(tc, test_stop_stopped);
	tcase_add_test(tc, test_reap_stopped);
	tcase_add_test(tc, test_spawn_fd_limit);
	tcase_add_loop_test(tc, test_spawn_fails, 1, 4);
	suite_add_tcase(s, tc);
	return (s);
}
