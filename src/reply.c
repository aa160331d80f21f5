/* The reply methods: their names, their code, and where each answer goes. */
#include "config.h"

#include <string.h>

#include "reply.h"

static const struct reply_method reply_methods[REPLY_COUNT] = {
	{ "event.reply", "event.reply", NULL, REPLY_TO_SENDING_PAGE },
	{ "event.sender.send", "event.sender.send", NULL,
	  REPLY_TO_SENDER_WINDOW },
	/* The seed's comment calls it win.webContents.send: take both. */
	{ "webContents.send", "win.webContents.send", "win.webContents.send",
	  REPLY_TO_FIRST_WINDOW },
};

/* Row i of the table; i must be below REPLY_COUNT. */
const struct reply_method *
reply_method(int i)
{
	return (&reply_methods[i]);
}

/* The row an option value names (its name or alias), or -1. */
int
reply_method_parse(const char *name)
{
	int	 i;

	for (i = 0; i < REPLY_COUNT; i++) {
		if (strcmp(reply_methods[i].name, name) == 0 ||
		    (reply_methods[i].alias != NULL &&
		    strcmp(reply_methods[i].alias, name) == 0))
			return (i);
	}
	return (-1);
}

/* Every option value, as "a, b, c" for messages and --help. */
const char *
reply_method_names(void)
{
	static char	 names[128];
	int		 i;

	if (names[0] == '\0') {
		for (i = 0; i < REPLY_COUNT; i++) {
			if (i > 0)
				strlcat(names, ", ", sizeof names);
			strlcat(names, reply_methods[i].name, sizeof names);
		}
	}
	return (names);
}
