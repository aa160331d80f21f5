/* Defaults and the wire form of the modelled app's settings. */
#include "config.h"

#include <string.h>

#include "pattern.h"
#include "reply.h"
#include "scenario.h"

/* The seed: send with 1, 2, 3 answered by event.reply at once, no isolation (its webPreferences). */
void
scenario_default(struct scenario *sc)
{
	memset(sc, 0, sizeof *sc);
	sc->pattern = pattern_index(&pattern_send_reply);
	sc->reply = REPLY_EVENT_REPLY;
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
	msg_add_u8(b, (uint8_t)sc->isolation);
}

/* Read and check settings from a config frame; -1 if anything is off. */
int
scenario_decode(struct msg_reader *r, struct scenario *sc)
{
	uint8_t		 pattern, reply, no_handler, isolation;
	const char	*throw_msg;
	size_t		 len;

	if (msg_get_u8(r, &pattern) == -1 || pattern >= pattern_count() ||
	    msg_get_u8(r, &reply) == -1 || reply >= REPLY_COUNT ||
	    msg_get_u32(r, &sc->delay_ms) == -1 ||
	    sc->delay_ms > SCENARIO_MAX_DELAY ||
	    msg_get_u8(r, &no_handler) == -1 || no_handler > 1 ||
	    msg_view_string(r, &throw_msg, &len) == -1 ||
	    len > SCENARIO_MAX_THROW || memchr(throw_msg, '\0', len) != NULL ||
	    msg_get_u32(r, &sc->push_every_ms) == -1 ||
	    sc->push_every_ms > SCENARIO_MAX_DELAY ||
	    msg_get_u8(r, &isolation) == -1 || isolation > 1)
		return (-1);
	memcpy(sc->throw_msg, throw_msg, len);
	sc->throw_msg[len] = '\0';
	sc->pattern = pattern;
	sc->reply = reply;
	sc->no_handler = no_handler;
	sc->isolation = isolation;
	return (0);
}
