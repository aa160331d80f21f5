/* The test runner: every module's suite in one SRunner, in fork mode. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "suites.h"

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	setlocale(LC_ALL, "C.UTF-8");
	sr = srunner_create(suite_msg());
	srunner_add_suite(sr, suite_peer());
	srunner_add_suite(sr, suite_value());
	srunner_add_suite(sr, suite_js());
	srunner_add_suite(sr, suite_inspect());
	srunner_add_suite(sr, suite_escape());
	srunner_add_suite(sr, suite_logbuf());
	srunner_add_suite(sr, suite_layout());
	srunner_add_suite(sr, suite_widget());
	srunner_add_suite(sr, suite_proc());
	srunner_add_suite(sr, suite_literal());
	srunner_add_suite(sr, suite_jssyntax());
	srunner_add_suite(sr, suite_scroll());
	srunner_add_suite(sr, suite_proto());
	srunner_add_suite(sr, suite_router());
	srunner_add_suite(sr, suite_session());
	srunner_add_suite(sr, suite_log());
	srunner_add_suite(sr, suite_presses());
	srunner_add_suite(sr, suite_child());
	srunner_add_suite(sr, suite_keyin());
	srunner_add_suite(sr, suite_text());
	srunner_add_suite(sr, suite_framelog());
	srunner_add_suite(sr, suite_framefilter());
	srunner_add_suite(sr, suite_step());
	srunner_add_suite(sr, suite_trace());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
