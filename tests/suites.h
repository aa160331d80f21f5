/* One Check suite per module; the runner in check_main.c runs them all. */
#ifndef IPCSIM_TESTS_SUITES_H
#define IPCSIM_TESTS_SUITES_H

#include <check.h>

Suite	*suite_msg(void);
Suite	*suite_peer(void);
Suite	*suite_value(void);
Suite	*suite_js(void);
Suite	*suite_inspect(void);
Suite	*suite_escape(void);
Suite	*suite_logbuf(void);
Suite	*suite_layout(void);
Suite	*suite_widget(void);
Suite	*suite_proc(void);
Suite	*suite_literal(void);
Suite	*suite_jssyntax(void);
Suite	*suite_scroll(void);
Suite	*suite_proto(void);
Suite	*suite_router(void);
Suite	*suite_session(void);
Suite	*suite_log(void);
Suite	*suite_presses(void);
Suite	*suite_child(void);
Suite	*suite_keyin(void);
Suite	*suite_text(void);
Suite	*suite_framelog(void);
Suite	*suite_framefilter(void);
Suite	*suite_step(void);
Suite	*suite_trace(void);

#endif
