/* Fatal errors reach the -v log as well as stderr: a child's stderr is /dev/null. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "log.h"
#include "suites.h"

/* The dying process's log holds its fatal message, with its role. */
START_TEST(test_fatal_logged)
{
	char	 cmd[256], line[512];
	FILE	*f;
	int	 found = 0;
	pid_t	 pid;
	int	 status;
	char	 dir[] = "/tmp/ipcsim-check-log.XXXXXX";

	ck_assert_ptr_nonnull(mkdtemp(dir));
	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		/* Keep the test's own stderr clean. */
		int	 null = open("/dev/null", O_WRONLY);

		dup2(null, STDERR_FILENO);
		log_start(dir, "renderer");
		fatalx("bad header: %s", "unsupported protocol version");
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 1);
	snprintf(cmd, sizeof cmd, "%s/ipcsim-%ld.log", dir, (long)pid);
	f = fopen(cmd, "r");
	ck_assert_ptr_nonnull(f);
	snprintf(cmd, sizeof cmd, "renderer %ld: fatal: bad header: "
	    "unsupported protocol version\n", (long)pid);
	while (fgets(line, sizeof line, f) != NULL)
		found |= strcmp(line, cmd) == 0;
	fclose(f);
	ck_assert_msg(found, "no line \"%s\" in the log", cmd);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}
END_TEST

Suite *
suite_log(void)
{
	Suite	*s = suite_create("log");
	TCase	*tc = tcase_create("fatal");

	tcase_add_test(tc, test_fatal_logged);
	/*
	 * The child's exit runs LeakSanitizer's check under the sanitizers,
	 * which on a busy machine took longer than Check's 4 s.
	 */
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return (s);
}
