/* Names, defaults and the wire form of the modelled app's settings. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "scenario.h"

static const char *const pattern_names[PATTERN_COUNT] = {
	"send-reply", "send", "invoke", "send-sync", "push"
};

static const char *const reply_names[REPLY_COUNT] = {
	"event.reply", "event.sender.send", "webContents.send"
};

/* The seed: send with 1, 2, 3 answered by event.reply at once. */
void
scenario_default(struct scenario *sc)
{
	memset(sc, 0, sizeof *sc);
	sc->pattern = PATTERN_SEND_REPLY;
	sc->reply = REPLY_EVENT_REPLY;
}

/* Find name in a table of n names; the index, or -1. */
static int
name_index(const char *const *names, int n, const char *name)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(names[i], name) == 0)
			return (i);
	}
	return (-1);
}

/* The option value that names a pattern. */
const char *
pattern_name(enum pattern p)
{
	return (pattern_names[p]);
}

/* Turn an option value into a pattern; -1 if it names none. */
int
pattern_parse(const char *name, enum pattern *p)
{
	int	 i = name_index(pattern_names, PATTERN_COUNT, name);

	if (i == -1)
		return (-1);
	*p = (enum pattern)i;
	return (0);
}

/* The call main makes to answer, as the option names it. */
const char *
reply_method_name(enum reply_method r)
{
	return (reply_names[r]);
}

/* Turn an option value into a reply method; -1 if it names none. */
int
reply_method_parse(const char *name, enum reply_method *r)
{
	int	 i = name_index(reply_names, REPLY_COUNT, name);

	/* The seed's comment calls it win.webContents.send: take both. */
	if (i == -1 && strcmp(name, "win.webContents.send") == 0)
		i = REPLY_WEBCONTENTS;
	if (i == -1)
		return (-1);
	*r = (enum reply_method)i;
	return (0);
}

/* Append the settings to a config frame's payload. */
void
scenario_encode(struct buf *b, const struct scenario *sc)
{
	msg_add_u8(b, (uint8_t)sc->pattern);
	msg_add_u8(b, (uint8_t)sc->reply);
	msg_add_u32(b, sc->delay_ms);
	msg_add_u8(b, (uint8_t)sc->no_handler);
	msg_add_string(b, sc->throw_msg, strlen(sc->throw_msg));
	msg_add_u32(b, sc->push_every_ms);
}

/* Read and check settings from a config frame; -1 if anything is off. */
int
scenario_decode(struct msg_reader *r, struct scenario *sc)
{
	uint8_t	 pattern, reply, no_handler;
	char	*throw_msg;
	size_t	 len;

	if (msg_get_u8(r, &pattern) == -1 || pattern >= PATTERN_COUNT ||
	    msg_get_u8(r, &reply) == -1 || reply >= REPLY_COUNT ||
	    msg_get_u32(r, &sc->delay_ms) == -1 ||
	    sc->delay_ms > SCENARIO_MAX_DELAY ||
	    msg_get_u8(r, &no_handler) == -1 || no_handler > 1)
		return (-1);
	if (msg_get_string(r, &throw_msg, &len) == -1)
		return (-1);
	if (len > SCENARIO_MAX_THROW || memchr(throw_msg, '\0', len) != NULL ||
	    msg_get_u32(r, &sc->push_every_ms) == -1 ||
	    sc->push_every_ms > SCENARIO_MAX_DELAY || msg_get_end(r) == -1) {
		free(throw_msg);
		return (-1);
	}
	memcpy(sc->throw_msg, throw_msg, len + 1);
	free(throw_msg);
	sc->pattern = (enum pattern)pattern;
	sc->reply = (enum reply_method)reply;
	sc->no_handler = no_handler;
	return (0);
}
