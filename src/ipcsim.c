/* ipcsim: watch Electron's IPC happen between real processes. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "headless.h"
#include "ui.h"

/* Exit status for a bad command line (sysexits EX_USAGE). */
#define EXIT_USAGE	64

static const char usage_text[] =
"usage: ipcsim [--headless [--clicks N] [--pipeline] [--timings FILE]]\n"
"       ipcsim --help | --version\n"
"\n"
"Watch Electron's IPC between real processes: a renderer sends\n"
"'message-from-renderer' with 1, 2, 3; main logs it, sums the arguments and\n"
"replies on 'message-from-main'; the renderer logs the reply.\n"
"\n"
"Without options ipcsim opens a full-screen terminal interface; stdin and\n"
"stdout must be a terminal.\n"
"\n"
"options:\n"
"  --headless     no screen: print every pane line to stdout as\n"
"                 \"[main] ...\" and \"[renderer] ...\", then exit\n"
"  --clicks N     with --headless, press the button N times, each after the\n"
"                 previous reply (1 to 1000000000, default 1)\n"
"  --pipeline     with --headless, press again without waiting for answers\n"
"                 (up to 256 in flight); every answer is still checked\n"
"  --timings FILE with --headless, write each press's round trip in\n"
"                 nanoseconds to FILE, one line per press\n"
"  -h, --help     show this help and exit\n"
"  -V, --version  show the version and exit\n"
"\n"
"keys: Enter or Space (or a click) presses the button; q, F10 or Ctrl-C quits.\n";

/* Print the usage to stderr and exit with EXIT_USAGE. */
static void __attribute__((noreturn))
usage(void)
{
	fputs(usage_text, stderr);
	exit(EXIT_USAGE);
}

int
main(int argc, char **argv)
{
	enum { OPT_HEADLESS = 256, OPT_CLICKS, OPT_PIPELINE, OPT_TIMINGS };
	static const struct option longopts[] = {
		{ "headless", no_argument, NULL, OPT_HEADLESS },
		{ "clicks", required_argument, NULL, OPT_CLICKS },
		{ "pipeline", no_argument, NULL, OPT_PIPELINE },
		{ "timings", required_argument, NULL, OPT_TIMINGS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct headless_options	 opt = { 1, 0, NULL, 0 };
	const char		*errstr, *timings = NULL, *needs_headless = NULL;
	int			 ch, headless = 0, status;

	setlocale(LC_ALL, "");
	opt.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	while ((ch = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_HEADLESS:
			headless = 1;
			break;
		case OPT_CLICKS:
			opt.clicks = strtonum(optarg, 1, 1000000000, &errstr);
			if (errstr != NULL) {
				fprintf(stderr, "ipcsim: --clicks %s: %s\n",
				    optarg, errstr);
				usage();
			}
			needs_headless = "--clicks";
			break;
		case OPT_PIPELINE:
			opt.pipeline = 1;
			needs_headless = "--pipeline";
			break;
		case OPT_TIMINGS:
			timings = optarg;
			needs_headless = "--timings";
			break;
		case 'h':
			fputs(usage_text, stdout);
			return (0);
		case 'V':
			printf("ipcsim %s\n", PACKAGE_VERSION);
			return (0);
		default:
			usage();
		}
	}
	if (optind < argc) {
		fprintf(stderr, "ipcsim: unexpected argument: %s\n",
		    argv[optind]);
		usage();
	}
	if (needs_headless != NULL && !headless) {
		fprintf(stderr, "ipcsim: %s needs --headless\n", needs_headless);
		usage();
	}
	if (headless) {
		if (timings != NULL && (opt.timings = fopen(timings, "w")) ==
		    NULL) {
			fprintf(stderr, "ipcsim: %s: %s\n", timings,
			    strerror(errno));
			return (1);
		}
		status = headless_run(&opt);
		if (opt.timings != NULL && fclose(opt.timings) == EOF) {
			fprintf(stderr, "ipcsim: %s: %s\n", timings,
			    strerror(errno));
			return (1);
		}
		return (status);
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "ipcsim: standard %s is not a terminal; "
		    "use --headless for a transcript\n",
		    isatty(STDIN_FILENO) ? "output" : "input");
		return (EXIT_USAGE);
	}
	return (ui_run(opt.utf8));
}
