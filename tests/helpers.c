/* Helpers the suites share. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "helpers.h"
#include "inspect.h"
#include "literal.h"
#include "reply.h"
#include "scenario.h"

/* Parse text as call arguments, which must be valid, into *args. */
void
parse_ok(const char *text, struct value *args)
{
	char	 msg[128];

	ck_assert_int_eq(literal_parse_args(text, strlen(text), args, msg,
	    sizeof msg), LITERAL_OK);
}

/* What console.log prints for n values must be exactly want. */
void
assert_printed(const struct value *vals, size_t n, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	inspect_log_values(&b, vals, n);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b), want);
	buf_free(&b);
}

/*
 * Every message type as the protocol defines it: its name and who may send
 * it to whom, written out here so that the table in proto.c is checked
 * against it rather than against itself.
 */
const struct type_spec	 type_specs[] = {
	{ MSG_CONSOLE_LINE, "console-line", ROLE_MAIN | ROLE_RENDERER,
	    ROLE_UI },
	{ MSG_CLICK, "click", ROLE_UI, ROLE_RENDERER },
	{ MSG_PRESS_DONE, "press-done", ROLE_MAIN | ROLE_RENDERER, ROLE_UI },
	{ MSG_CONFIG, "config", ROLE_UI, ROLE_MAIN | ROLE_RENDERER },
	{ MSG_PUSH, "push", ROLE_UI, ROLE_MAIN },
	{ MSG_RENDERER_GONE, "renderer-gone", ROLE_UI, ROLE_MAIN },
	{ MSG_WINDOW, "window", ROLE_UI, ROLE_MAIN },
	{ MSG_IPC_SEND, "ipc-send", ROLE_RENDERER, ROLE_MAIN },
	{ MSG_IPC_MESSAGE, "ipc-message", ROLE_MAIN, ROLE_RENDERER },
	{ MSG_IPC_INVOKE, "ipc-invoke", ROLE_RENDERER, ROLE_MAIN },
	{ MSG_IPC_INVOKE_RESULT, "ipc-invoke-result", ROLE_MAIN,
	    ROLE_RENDERER },
	{ MSG_IPC_SEND_SYNC, "ipc-send-sync", ROLE_RENDERER, ROLE_MAIN },
	{ MSG_IPC_SYNC_RESULT, "ipc-sync-result", ROLE_MAIN, ROLE_RENDERER },
	{ MSG_IPC_POST_TO_MAIN, "ipc-post-to-main", ROLE_RENDERER, ROLE_MAIN },
	{ MSG_IPC_POST_TO_RENDERER, "ipc-post-to-renderer", ROLE_MAIN,
	    ROLE_RENDERER },
	{ MSG_PORT_MESSAGE, "port-message", ROLE_MAIN | ROLE_RENDERER,
	    ROLE_MAIN | ROLE_RENDERER },
};
const size_t		 ntype_specs = sizeof type_specs / sizeof type_specs[0];

/*
 * A valid message of a type, as its sender would fill it, naming page (for
 * the types that carry one); free it with proto_msg_free.
 */
void
sample_msg(uint16_t type, uint32_t page, struct proto_msg *m)
{
	static const char	 text[] = "hello \xc3\xa9";

	proto_msg_init(m);
	switch (type) {
	case MSG_CONFIG:
		scenario_default(&m->sc);
		strlcpy(m->sc.throw_msg, "boom", sizeof m->sc.throw_msg);
		m->sc.delay_ms = 250;
		break;
	case MSG_RENDERER_GONE:
		m->window = 2;
		m->text = "crashed";
		m->text_len = strlen(m->text);
		m->code = 11;
		break;
	case MSG_IPC_SEND:
	case MSG_IPC_MESSAGE:
	case MSG_IPC_INVOKE:
	case MSG_IPC_SEND_SYNC:
		m->page = page;
		if (type == MSG_IPC_MESSAGE)
			m->reply = REPLY_SENDER_SEND;
		m->channel = "message-from-renderer";
		m->channel_len = strlen(m->channel);
		parse_ok("'ping', 42, {a: [1, 'x']}", &m->value);
		break;
	case MSG_IPC_INVOKE_RESULT:
	case MSG_IPC_SYNC_RESULT:
		m->page = page;
		m->flag = 1;
		parse_ok("'pong', null", &m->value);
		break;
	case MSG_IPC_POST_TO_MAIN:
	case MSG_IPC_POST_TO_RENDERER:
		/* A postMessage that transfers no port. */
		m->page = page;
		m->channel = "port";
		m->channel_len = strlen(m->channel);
		value_init(&m->value, VALUE_NULL);
		break;
	case MSG_PORT_MESSAGE:
		/* The message is one value: the page's arguments as an array. */
		m->page = page;
		m->port = 7;
		value_init(&m->value, VALUE_ARRAY);
		value_number(value_push(&m->value), 1);
		value_string(value_push(&m->value), "x", 1);
		break;
	case MSG_PUSH:
		break;
	default:
		/* console-line, click, press-done: one string. */
		m->flag = 1;
		m->text = text;
		m->text_len = sizeof text - 1;
		break;
	}
}

/*
 * Queue m as a frame in p's output (which is emptied first), as a process
 * sends it, and read it back as the receiver sees it: f points into p->out.
 */
void
frame_make(struct peer *p, uint16_t type, uint16_t src, uint16_t dst,
    uint32_t id, const struct proto_msg *m, struct msg *f)
{
	const char	*err = NULL;

	buf_clear(&p->out);
	ck_assert_int_eq(proto_send(p, type, src, dst, id, m), 0);
	ck_assert_int_eq(msg_header_get(buf_head(&p->out), p->out.len, &f->hdr,
	    &err), 1);
	ck_assert_uint_eq(f->hdr.len, p->out.len);
	f->payload = buf_head(&p->out) + MSG_HEADER_SIZE;
	f->payload_len = f->hdr.len - MSG_HEADER_SIZE;
}
