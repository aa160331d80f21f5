/* ipcsim: watch Electron's IPC happen between real processes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "headless.h"
#include "i18n.h"
#include "keys.h"
#include "log.h"
#include "pattern.h"
#include "reply.h"
#include "session.h"
#include "sig.h"
#include "trace.h"
#include "ui.h"
#include "utf8.h"

/* Exit status for a bad command line (sysexits EX_USAGE). */
#define EXIT_USAGE	64

/* The usage before the modelled app's options. */
static const char usage_head[] = N_(
"usage: ipcsim [--scenario NAME] [--args TEXT] [--reply METHOD] [--delay MS]\n"
"              [--throw MESSAGE] [--no-handler] [--push-every MS]\n"
"              [--isolation on|off] [--windows N]\n"
"              [--scrollback N] [--color WHEN] [--trace FILE] [-v]\n"
"              [--headless [--clicks N] [--from N] [--pipeline] [--timings FILE]\n"
"                          [--messages] [--record]]\n"
"       ipcsim --list-scenarios | --help | --version\n"
"\n"
"Watch Electron's IPC between real processes: a renderer calls ipcRenderer\n"
"with the arguments in its field; main logs them, sums them with JavaScript's\n"
"+ and answers; the renderer logs the answer.\n"
"\n"
"Without --headless ipcsim opens a full-screen terminal interface; stdin and\n"
"stdout must be a terminal.\n"
"\n"
"the modelled app:\n");

/* The usage after the patterns and reply methods. */
static const char usage_tail[] = N_(
"  --pattern NAME   the same as --scenario (see --list-scenarios)\n"
"  --list-scenarios\n"
"                   print every scenario, one a line: its name, what it\n"
"                   teaches, and the demo or Electron it concerns\n"
"  --args TEXT      the argument list, as JavaScript (default: 1, 2, 3)\n"
"  --delay MS       the invoke handler or send-sync listener waits MS ms\n"
"                   (0 to 600000, default 0); port-start-late: main calls\n"
"                   port1.start() MS ms after the page loaded (0: 3000)\n"
"  --throw MESSAGE  the invoke handler throws new Error(MESSAGE)\n"
"  --no-handler     register no invoke handler\n"
"  --push-every MS  push: main also pushes every MS ms (1 to 600000)\n"
"  --isolation on|off\n"
"                   webPreferences.contextIsolation (default: off for the\n"
"                   seed's scenarios, as the seed has it; on for those with\n"
"                   a preload, as Electron since 12); on, a\n"
"                   page that calls require finds none\n"
"  --windows N      open N renderer windows (1 to 4, default 1; 2 for\n"
"                   port-windows)\n"
"  --scrollback N   lines the panes keep (1 to 1000000, default 10000)\n"
"  --color WHEN     colour on the screen: auto (default: unless NO_COLOR is\n"
"                   set), always or never; without colour, attributes still\n"
"                   tell errors and ipcsim's notices apart\n"
"  --trace FILE     write every frame the UI routes or sends to FILE as it\n"
"                   goes, one JSON object a line (see ipcsim(1)); with\n"
"                   --headless, - is standard output, and the trace then\n"
"                   takes the place of the transcript\n"
"\n"
"transcript mode:\n"
"  --headless       no screen: print every pane line to stdout as\n"
"                   \"[main] ...\" and \"[renderer] ...\" (\"[renderer N] ...\" with\n"
"                   several windows), then exit\n"
"  --clicks N       press the button N times, each after the previous press\n"
"                   has had all its effects (1 to 1000000000, default 1); with\n"
"                   --push-every, wait for N pushes instead\n"
"  --from N         press the button of window N (default 1)\n"
"  --pipeline       press again without waiting (up to 4096 presses in\n"
"                   flight); every answer is still checked\n"
"  --timings FILE   write each press's round trip in nanoseconds to FILE\n"
"  --messages       also print every IPC message between the pane lines, as\n"
"                   the call that made it: \"[ipc] renderer 1 -> main:\n"
"                   ipcRenderer.send('message-from-renderer', 1, 2, 3) 61 B\"\n"
"  --record         keep every frame in the frame log as the screen does for\n"
"                   its inspector, and show none: what recording costs\n"
"\n"
"  -v, --verbose    write a debug log per process to $TMPDIR/ipcsim-PID.log\n"
"                   (/tmp without TMPDIR): every frame routed, every exit\n"
"  -h, --help       show this help and exit\n"
"  -V, --version    show the version and exit\n"
"\n");

enum {
	OPT_HEADLESS = 256, OPT_CLICKS, OPT_PIPELINE, OPT_TIMINGS, OPT_PATTERN,
	OPT_ARGS, OPT_REPLY, OPT_DELAY, OPT_THROW, OPT_NO_HANDLER,
	OPT_PUSH_EVERY, OPT_WINDOWS, OPT_FROM, OPT_SCROLLBACK, OPT_TRACE,
	OPT_MESSAGES, OPT_COLOR, OPT_RECORD, OPT_LIST_SCENARIOS, OPT_ISOLATION
};

static const struct option longopts[] = {
	{ "headless", no_argument, NULL, OPT_HEADLESS },
	{ "clicks", required_argument, NULL, OPT_CLICKS },
	{ "pipeline", no_argument, NULL, OPT_PIPELINE },
	{ "timings", required_argument, NULL, OPT_TIMINGS },
	{ "scenario", required_argument, NULL, OPT_PATTERN },
	{ "pattern", required_argument, NULL, OPT_PATTERN },
	{ "list-scenarios", no_argument, NULL, OPT_LIST_SCENARIOS },
	{ "args", required_argument, NULL, OPT_ARGS },
	{ "reply", required_argument, NULL, OPT_REPLY },
	{ "delay", required_argument, NULL, OPT_DELAY },
	{ "throw", required_argument, NULL, OPT_THROW },
	{ "no-handler", no_argument, NULL, OPT_NO_HANDLER },
	{ "push-every", required_argument, NULL, OPT_PUSH_EVERY },
	{ "windows", required_argument, NULL, OPT_WINDOWS },
	{ "isolation", required_argument, NULL, OPT_ISOLATION },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "scrollback", required_argument, NULL, OPT_SCROLLBACK },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "trace", required_argument, NULL, OPT_TRACE },
	{ "messages", no_argument, NULL, OPT_MESSAGES },
	{ "record", no_argument, NULL, OPT_RECORD },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* The names of the patterns that take every setting in uses, for a message. */
static const char *
patterns_taking(unsigned uses, const char *last)
{
	static struct buf	 b;

	buf_clear(&b);
	pattern_names(&b, uses, last);
	return (buf_str(&b));
}

/* Print the usage; the patterns and reply methods come from their tables. */
static void
print_usage(FILE *f)
{
	fputs(_(usage_head), f);
	fprintf(f, _("  --scenario NAME  the page's and main's code: an IPC pattern "
	    "or a mistake\n                   learners make (default %s; "
	    "see --list-scenarios)\n"), pattern_at(0)->name);
	fprintf(f, _("  --reply METHOD   how main answers a send, in the scenarios "
	    "that reply to\n                   one: %s (the default), %s or\n"
	    "                   %s (the first window)\n"),
	    reply_method(REPLY_EVENT_REPLY)->name,
	    reply_method(REPLY_SENDER_SEND)->name,
	    reply_method(REPLY_WEBCONTENTS)->name);
	fputs(_(usage_tail), f);
	keys_print(f);
}

/* --list-scenarios: one a line, its name first, then what it teaches and what it concerns. */
static void
print_scenarios(void)
{
	const struct pattern	*p;
	int			 i;

	for (i = 0; i < pattern_count(); i++) {
		p = pattern_at(i);
		printf("%-20s %s (%s)\n", p->name, _(p->lesson),
		    _(p->concerns));
	}
}

/* Print the usage to stderr and exit with EXIT_USAGE. */
static void __attribute__((noreturn))
usage(void)
{
	print_usage(stderr);
	exit(EXIT_USAGE);
}

/* Say what is wrong with the command line, then the usage. */
static void __attribute__((noreturn, format(printf, 1, 2)))
usage_error(const char *fmt, ...)
{
	va_list	 ap;

	fputs("ipcsim: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	usage();
}

/* What strtonum's errstr says, in the person's language. */
static const char *
strtonum_why(const char *errstr)
{
	if (strcmp(errstr, "too small") == 0)
		return (_("too small"));
	if (strcmp(errstr, "too large") == 0)
		return (_("too large"));
	return (_("invalid"));
}

/* The number an option takes, strictly parsed, within [min, max]. */
static long long
number_arg(const char *opt, long long min, long long max)
{
	const char	*errstr;
	long long	 n;

	n = strtonum(optarg, min, max, &errstr);
	if (errstr != NULL)
		usage_error(_("%s %s: %s (%lld to %lld)"), opt, optarg,
		    strtonum_why(errstr), min, max);
	return (n);
}

/*
 * Refuse an option's text that is not valid UTF-8: the children decode every
 * string they are sent as UTF-8 and would leave at once.  Control
 * characters pass (argv holds no NUL, the one the children refuse): text is
 * escaped wherever it is shown.
 */
static void
utf8_arg(const char *opt)
{
	if (!utf8_valid(optarg, strlen(optarg)))
		usage_error(_("%s: not valid UTF-8"), opt);
}

/* --color's value. */
static enum color_mode
color_arg(const char *arg)
{
	if (strcmp(arg, "auto") == 0)
		return (COLOR_MODE_AUTO);
	if (strcmp(arg, "always") == 0)
		return (COLOR_MODE_ALWAYS);
	if (strcmp(arg, "never") == 0)
		return (COLOR_MODE_NEVER);
	usage_error(_("--color %s: not one of auto, always, never"), arg);
}

/* --isolation's value: 1 for on, 0 for off. */
static int
isolation_arg(const char *arg)
{
	if (strcmp(arg, "on") == 0)
		return (1);
	if (strcmp(arg, "off") == 0)
		return (0);
	usage_error(_("--isolation %s: not one of on, off"), arg);
}

/* The long name of option o, for messages. */
static const char *
option_name(int o)
{
	const struct option	*lo;

	for (lo = longopts; lo->name != NULL && lo->val != o; lo++)
		continue;
	return (lo->name);
}

/* Whether option o applies only to the transcript mode. */
static int
headless_only(int o)
{
	return (o == OPT_CLICKS || o == OPT_PIPELINE || o == OPT_TIMINGS ||
	    o == OPT_FROM || o == OPT_MESSAGES || o == OPT_RECORD);
}

/* Open the --timings file and run the transcript. */
static int
run_headless(struct options *opt, const char *timings)
{
	int	 status;

	if (timings != NULL && (opt->timings = fopen(timings, "w")) == NULL) {
		fprintf(stderr, "ipcsim: %s: %s\n", timings, strerror(errno));
		return (1);
	}
	status = headless_run(opt);
	if (opt->timings != NULL && fclose(opt->timings) == EOF) {
		fprintf(stderr, "ipcsim: %s: %s\n", timings, strerror(errno));
		return (1);
	}
	return (status);
}

/* Refuse a setting that the chosen pattern would silently ignore in a transcript. */
static void
check_uses(const struct pattern *p, int given, unsigned uses,
    const char *option)
{
	if (given && !(p->uses & uses))
		usage_error(_("%s needs --scenario %s"), option,
		    patterns_taking(uses, _(" or ")));
}

/* Refuse settings the chosen pattern would silently ignore in a transcript. */
static void
check_headless_scenario(const struct options *opt, int delay_given)
{
	const struct pattern	*p = pattern_at(opt->sc.pattern);

	check_uses(p, opt->sc.throw_msg[0] != '\0', USES_THROW, "--throw");
	check_uses(p, opt->sc.no_handler, USES_NO_HANDLER, "--no-handler");
	check_uses(p, delay_given, USES_DELAY, "--delay");
	check_uses(p, opt->sc.push_every_ms > 0, USES_PUSH_EVERY,
	    "--push-every");
	if (opt->from > opt->windows)
		usage_error(_("--from %d: there are only %d windows"), opt->from,
		    opt->windows);
	if (p->windows > opt->windows)
		usage_error(_("--windows %d: --scenario %s needs %d windows"),
		    opt->windows, p->name, p->windows);
	/* A press that hangs the page leaves nothing for another to do. */
	if (p->hangs && opt->clicks > 1)
		usage_error(_("--clicks %lld: --scenario %s hangs the page at "
		    "the first press"), opt->clicks, p->name);
}

/*
 * Give each closed standard descriptor /dev/null, before anything can be
 * opened on its number: the signal pipe took 0 and 1 when both were closed,
 * and the transcript was read back as signals.  It is opened read-only, so
 * writing to a closed stdout or stderr still fails with EBADF as it did, and
 * a transcript that cannot be written still ends the run with status 1.
 */
static void
open_std_fds(void)
{
	int	 fd;

	/* Lower numbers are open by then, so open takes exactly fd. */
	for (fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++) {
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF &&
		    open("/dev/null", O_RDONLY) == -1)
			fatal("/dev/null");
	}
}

/*
 * Show ipcsim's own texts in the person's language: LC_MESSAGES from the
 * environment (and LANGUAGE, which glibc reads unless LC_MESSAGES is C), the
 * catalogs under LOCALEDIR or IPCSIM_LOCALEDIR (for a build not installed,
 * and the tests).  Nothing the modelled programs print is translated.
 */
static void
start_nls(void)
{
#ifdef ENABLE_NLS
	const char	*dir = getenv("IPCSIM_LOCALEDIR");

	setlocale(LC_MESSAGES, "");
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	textdomain(PACKAGE);
#endif
}

int
main(int argc, char **argv)
{
	struct options	 opt;
	const char		*timings = NULL, *needs_headless = NULL;
	const char		*trace = NULL;
	int			 ch, headless = 0, delay_given = 0, verbose = 0;
	int			 status, longindex = 0, isolation = -1;

	open_std_fds();
	/*
	 * Only the character type (UTF-8 or not) and, in start_nls, the
	 * messages' language.  Numbers are JavaScript's and must not take a
	 * decimal comma from LC_NUMERIC, and the other categories would only
	 * cost start-up time.
	 */
	setlocale(LC_CTYPE, "");
	start_nls();
	memset(&opt, 0, sizeof opt);
	scenario_default(&opt.sc);
	opt.windows = 0;	/* not given: what the scenario wants */
	opt.from = 1;
	opt.clicks = 1;
	opt.scrollback = 10000;
	opt.args = "1, 2, 3";
	opt.transcript = 1;
	opt.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	while ((ch = getopt_long(argc, argv, "hVv", longopts, &longindex)) !=
	    -1) {
		if (headless_only(ch))
			needs_headless = option_name(ch);
		switch (ch) {
		case OPT_HEADLESS:
			headless = 1;
			break;
		case OPT_CLICKS:
			opt.clicks = number_arg("--clicks", 1, 1000000000);
			break;
		case OPT_PIPELINE:
			opt.pipeline = 1;
			break;
		case OPT_TIMINGS:
			timings = optarg;
			break;
		case OPT_FROM:
			opt.from = (int)number_arg("--from", 1,
			    SESSION_MAX_WINDOWS);
			break;
		case OPT_PATTERN:
			if ((opt.sc.pattern = pattern_parse(optarg)) == -1)
				usage_error(_("--%s %s: not one of %s"),
				    longopts[longindex].name, optarg,
				    patterns_taking(0, ", "));
			break;
		case OPT_LIST_SCENARIOS:
			print_scenarios();
			return (0);
		case OPT_ARGS:
			if (strlen(optarg) > OPTIONS_MAX_ARGS)
				usage_error(_("--args: at most %d bytes"),
				    OPTIONS_MAX_ARGS);
			utf8_arg("--args");
			opt.args = optarg;
			break;
		case OPT_REPLY:
			if ((opt.sc.reply = reply_method_parse(optarg)) == -1)
				usage_error(_("--reply %s: not one of %s"), optarg,
				    reply_method_names());
			break;
		case OPT_DELAY:
			opt.sc.delay_ms = (uint32_t)number_arg("--delay", 0,
			    SCENARIO_MAX_DELAY);
			delay_given = 1;
			break;
		case OPT_THROW:
			if (strlen(optarg) == 0 ||
			    strlen(optarg) > SCENARIO_MAX_THROW)
				usage_error(_("--throw: the message must have 1 "
				    "to %d bytes"), SCENARIO_MAX_THROW);
			utf8_arg("--throw");
			strlcpy(opt.sc.throw_msg, optarg,
			    sizeof opt.sc.throw_msg);
			break;
		case OPT_NO_HANDLER:
			opt.sc.no_handler = 1;
			break;
		case OPT_PUSH_EVERY:
			opt.sc.push_every_ms = (uint32_t)number_arg(
			    "--push-every", 1, SCENARIO_MAX_DELAY);
			break;
		case OPT_TRACE:
			trace = optarg;
			break;
		case OPT_MESSAGES:
			opt.messages = 1;
			break;
		case OPT_RECORD:
			opt.record = 1;
			break;
		case OPT_SCROLLBACK:
			opt.scrollback = (int)number_arg("--scrollback", 1,
			    1000000);
			break;
		case OPT_COLOR:
			opt.color = color_arg(optarg);
			break;
		case OPT_ISOLATION:
			isolation = isolation_arg(optarg);
			break;
		case OPT_WINDOWS:
			opt.windows = (int)number_arg("--windows", 1,
			    SESSION_MAX_WINDOWS);
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			print_usage(stdout);
			return (0);
		case 'V':
			printf("ipcsim %s\n", PACKAGE_VERSION);
			return (0);
		default:
			usage();
		}
	}
	if (optind < argc)
		usage_error(_("unexpected argument: %s"), argv[optind]);
	/* A scenario comes with its webPreferences; --isolation overrides them. */
	opt.sc.isolation = isolation != -1 ? isolation :
	    pattern_at(opt.sc.pattern)->isolation;
	/* And with the windows it needs (two for a port between windows). */
	if (opt.windows == 0)
		opt.windows = pattern_at(opt.sc.pattern)->windows > 1 ?
		    pattern_at(opt.sc.pattern)->windows : 1;
	if (needs_headless != NULL && !headless)
		usage_error(_("--%s needs --headless"), needs_headless);
	if (trace != NULL && strcmp(trace, "-") == 0) {
		if (!headless)
			usage_error(_("--trace -: standard output is the "
			    "screen; it needs --headless"));
		if (opt.messages)
			usage_error(_("--messages: --trace - takes standard "
			    "output, with no transcript to print them in"));
		/* The trace takes standard output instead of the transcript. */
		opt.transcript = 0;
	}
	if (verbose)
		log_start(getenv("TMPDIR") != NULL && *getenv("TMPDIR") != '\0' ?
		    getenv("TMPDIR") : "/tmp", "ui");
	if (headless)
		check_headless_scenario(&opt, delay_given);
	else if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "ipcsim: %s\n", isatty(STDIN_FILENO) ?
		    _("standard output is not a terminal; use --headless for "
		    "a transcript") : _("standard input is not a terminal; use "
		    "--headless for a transcript"));
		return (EXIT_USAGE);
	}
	if (trace != NULL && trace_start(trace) == -1) {
		fprintf(stderr, "ipcsim: --trace %s: %s\n", trace,
		    strerror(errno));
		return (1);
	}
	status = headless ? run_headless(&opt, timings) : ui_run(&opt);
	if (trace_stop() == -1) {
		fprintf(stderr, "ipcsim: --trace %s: %s\n", trace_name(),
		    strerror(errno));
		status = 1;
	}
	return (sig_exit(status));
}
