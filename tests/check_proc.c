/* How children end, as Electron's render-process-gone names it, from real processes. */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "proc.h"
#include "suites.h"

/* The wait status of a real child that exits with code, or raises sig if code < 0. */
static int
status_of(int code, int sig)
{
	struct rlimit	 no_core = { 0, 0 };
	pid_t		 pid;
	int		 status;

	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		setrlimit(RLIMIT_CORE, &no_core);
		if (code >= 0)
			_exit(code);
		signal(sig, SIG_DFL);
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
	int	 code;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ck_assert_str_eq(proc_exit_reason(status_of(cases[i].code,
		    cases[i].sig), &code), cases[i].reason);
		ck_assert_int_eq(code, cases[i].exit_code);
	}
}
END_TEST

/* A child that reads its pipe until end of file. */
static void
read_until_eof(int rfd, int wfd, void *arg)
{
	char	 b[64];
	ssize_t	 n;

	(void)wfd;
	(void)arg;
	for (;;) {
		n = read(rfd, b, sizeof b);
		if (n == 0)
			_exit(0);
		if (n == -1)
			usleep(1000);
	}
}

/* A spawned child leaves when its pipe closes, and proc_stop reaps it. */
START_TEST(test_spawn_stop)
{
	struct child	 c;
	int		 code;

	proc_spawn(&c, "test", 7, read_until_eof, NULL);
	ck_assert_int_gt(c.pid, 0);
	ck_assert_int_ne(c.peer.rfd, -1);
	proc_stop(&c);
	ck_assert_int_eq(c.pid, -1);
	ck_assert_str_eq(proc_exit_reason(c.status, &code), "clean-exit");
}
END_TEST

Suite *
suite_proc(void)
{
	Suite	*s = suite_create("proc");
	TCase	*tc = tcase_create("children");

	tcase_add_test(tc, test_reasons);
	tcase_add_test(tc, test_spawn_stop);
	suite_add_tcase(s, tc);
	return (s);
}
