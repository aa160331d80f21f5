/*
 * The --trace file: a JSON object a line for every frame, buffered and
 * written before the loop sleeps.  Numbers and strings are formatted by
 * hand, without printf: a pipelined run traces millions of frames.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "js.h"
#include "pattern.h"
#include "reply.h"
#include "trace.h"
#include "utf8.h"
#include "valueids.h"
#include "writeall.h"

/* Buffered lines past which a frame writes them at once, not at the next flush. */
#define TRACE_BUFFER	(256 * 1024)

/* Append a string literal, and a key after a field. */
#define LIT(b, s)	buf_append((b), (s), sizeof (s) - 1)
#define KEY(b, k)	LIT((b), ",\"" k "\":")

/* Write a string literal in place at p, and step past it. */
#define PUT(p, s)	\
	(memcpy((p), (s), sizeof (s) - 1), (p) += sizeof (s) - 1)

/*
 * What the fixed fields before or after a line's payload take at most:
 * their keys, numbers of 20 digits, endpoints and names of ipcsim's own.
 */
#define TRACE_FIXED_MAX	256

/*
 * The fields of the last line of each kind of frame, as JSON, for the next
 * frame of that type between the same ends, with the same method and a
 * payload of the same bytes: a press's frames are alike from press to
 * press, and their lines then need neither decoding nor formatting again
 * beyond the number, time and id.  Slots are by type (0x01xx in the first
 * half of 32, 0x02xx in the second) and whether the ends' sum is even; a
 * payload longer than TRACE_MEMO_MAX is not kept.
 */
#define TRACE_MEMO_SLOTS	64
#define TRACE_MEMO_MAX		256

struct trace_memo {
	uint16_t	 type;
	uint16_t	 src;
	uint16_t	 dst;
	uint8_t		 method;
	uint32_t	 len;		/* of the payload; 0: the slot is empty */
	uint8_t		 payload[TRACE_MEMO_MAX];
	struct buf	 json;		/* the ends' fields, then the payload's
					   and its size, as the line has them */
	size_t		 ends_len;	/* where the payload's fields start */
};

int	trace_on;

static struct trace_memo	trace_memos[TRACE_MEMO_SLOTS];

static void	trace_json_start(struct buf *, const struct framelog_rec *,
		    uint64_t);
static void	trace_json_ends(struct buf *, const struct framelog_rec *,
		    const struct msg *);
static void	trace_json_payload(struct buf *, uint16_t,
		    const struct proto_msg *);
static void	trace_json_size(struct buf *, const struct msg *);
static void	trace_json_verdict(struct buf *, const struct framelog_rec *,
		    uint64_t);

static struct {
	int		 fd;
	const char	*name;		/* for messages: the path, or stdout */
	struct buf	 out;		/* lines not written yet */
	int		 error;		/* errno of a failed write, or 0 */
} trace = { -1, NULL, { NULL, 0, 0, 0 }, 0 };

/*
 * Start the trace into path, created or truncated ("-": standard output).
 * -1 with errno when it cannot be opened.
 */
int
trace_start(const char *path)
{
	if (strcmp(path, "-") == 0) {
		trace.fd = STDOUT_FILENO;
		trace.name = "stdout";
	} else {
		trace.fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
		    0666);
		if (trace.fd == -1)
			return (-1);
		trace.name = path;
	}
	buf_init(&trace.out);
	trace.error = 0;
	trace_on = 1;
	return (0);
}

/* The trace's name in messages: its path, or stdout. */
const char *
trace_name(void)
{
	return (trace.name);
}

/* The memo slot for frames like f, or NULL for a payload too long to keep. */
static struct trace_memo *
trace_memo_of(const struct msg *f)
{
	unsigned	 slot;

	if (f->payload_len == 0 || f->payload_len > TRACE_MEMO_MAX)
		return (NULL);
	slot = ((f->hdr.type >> 8) & 1) * 16 + (f->hdr.type & 15) +
	    ((f->hdr.src + f->hdr.dst) & 1) * 32;
	return (&trace_memos[slot]);
}

/* Keep the line's fields for frame f with method from the line being written, ends at e, payload at p. */
static void
trace_memo_keep(struct trace_memo *mo, const struct msg *f, uint8_t method,
    size_t e, size_t e_end, size_t p)
{
	mo->type = f->hdr.type;
	mo->src = f->hdr.src;
	mo->dst = f->hdr.dst;
	mo->method = method;
	mo->len = (uint32_t)f->payload_len;
	memcpy(mo->payload, f->payload, f->payload_len);
	buf_clear(&mo->json);
	buf_append(&mo->json, buf_head(&trace.out) + e, e_end - e);
	mo->ends_len = mo->json.len;
	buf_append(&mo->json, buf_head(&trace.out) + p, trace.out.len - p);
}

/* Write the buffered lines once there are enough of them. */
static void
trace_maybe_flush(void)
{
	if (trace.out.len >= TRACE_BUFFER)
		(void)trace_flush();
}

/* Add record n's line (r the record, f its frame, m its payload decoded or NULL). */
void
trace_frame(const struct framelog_rec *r, uint64_t n, const struct msg *f,
    const struct proto_msg *m)
{
	struct trace_memo	*mo = trace_memo_of(f);
	size_t			 e, e_end, p;

	trace_json_start(&trace.out, r, n);
	e = trace.out.len;
	trace_json_ends(&trace.out, r, f);
	e_end = trace.out.len;
	buf_add_uint(&trace.out, f->hdr.id);
	p = trace.out.len;
	if (m != NULL)
		trace_json_payload(&trace.out, f->hdr.type, m);
	trace_json_size(&trace.out, f);
	if (m != NULL && mo != NULL)
		trace_memo_keep(mo, f, (uint8_t)r->method, e, e_end, p);
	trace_json_verdict(&trace.out, r, n);
	trace_maybe_flush();
}

/*
 * Add the line of record n (r, frame f, a frame the router let through)
 * from the memo, when the last frame like it (type, ends, method) had the
 * same payload: 1; else 0, and f wants trace_frame with its payload
 * decoded.
 */
int
trace_frame_again(const struct framelog_rec *r, uint64_t n,
    const struct msg *f)
{
	const struct trace_memo	*mo = trace_memo_of(f);

	if (mo == NULL || mo->len != f->payload_len ||
	    mo->type != f->hdr.type || mo->src != f->hdr.src ||
	    mo->dst != f->hdr.dst || mo->method != r->method ||
	    memcmp(mo->payload, f->payload, f->payload_len) != 0)
		return (0);
	trace_json_start(&trace.out, r, n);
	buf_append(&trace.out, buf_head(&mo->json), mo->ends_len);
	buf_add_uint(&trace.out, f->hdr.id);
	buf_append(&trace.out, buf_head(&mo->json) + mo->ends_len,
	    mo->json.len - mo->ends_len);
	trace_json_verdict(&trace.out, r, n);
	trace_maybe_flush();
	return (1);
}

/*
 * Write every buffered line, through partial writes; 0, or -1 with errno
 * when a write failed (now or at a flush before).
 */
int
trace_flush(void)
{
	if (trace.error == 0 && trace.out.len > 0 &&
	    write_all(trace.fd, buf_head(&trace.out), trace.out.len) == -1)
		trace.error = errno;
	buf_clear(&trace.out);
	if (trace.error != 0) {
		errno = trace.error;
		return (-1);
	}
	return (0);
}

/* Write what is left and close the trace; 0, or -1 with errno. */
int
trace_stop(void)
{
	size_t	 i;
	int	 r, saved;

	if (!trace_on)
		return (0);
	r = trace_flush();
	saved = errno;
	if (trace.fd != STDOUT_FILENO && close(trace.fd) == -1 && r == 0)
		r = -1;
	else if (r == -1)
		errno = saved;
	buf_free(&trace.out);
	for (i = 0; i < TRACE_MEMO_SLOTS; i++) {
		buf_free(&trace_memos[i].json);
		trace_memos[i].len = 0;
	}
	trace_on = 0;
	return (r);
}

/*
 * Whether eight bytes may all go into a JSON string as they are: none is a
 * control character, a quote or a backslash.  (Each test may also flag a
 * byte after one it rightly flags, never miss one.)
 */
static int
trace_plain8(const char *s)
{
	uint64_t	 w = utf8_load8(s);
	uint64_t	 quote = w ^ ('"' * UTF8_LOW_BITS);
	uint64_t	 slash = w ^ ('\\' * UTF8_LOW_BITS);
	uint64_t	 bad;

	bad = ((w - 0x20 * UTF8_LOW_BITS) & ~w) |
	    ((quote - UTF8_LOW_BITS) & ~quote) |
	    ((slash - UTF8_LOW_BITS) & ~slash);
	return ((bad & UTF8_HIGH_BITS) == 0);
}

/*
 * Append a JSON string: quotes, backslashes and control characters escaped.
 * The text is valid UTF-8 (frames are checked), so the rest goes as it is,
 * eight bytes a test where they need nothing.
 */
void
trace_json_string(struct buf *b, const char *s, size_t n)
{
	static const char	 hex[] = "0123456789abcdef";
	char			 esc[6] = { '\\', 'u', '0', '0', 0, 0 };
	size_t			 i = 0, run = 0;
	unsigned char		 c;

	buf_reserve(b, n + 2);
	buf_append(b, "\"", 1);
	for (; i < n; i++) {
		while (i + 8 <= n && trace_plain8(s + i))
			i += 8;
		/* A plain tail in one test: the last eight bytes, overlapping. */
		if (i == n || (n >= 8 && i + 8 > n && trace_plain8(s + n - 8)))
			break;
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_append(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"':
			LIT(b, "\\\"");
			break;
		case '\\':
			LIT(b, "\\\\");
			break;
		case '\n':
			LIT(b, "\\n");
			break;
		case '\t':
			LIT(b, "\\t");
			break;
		case '\r':
			LIT(b, "\\r");
			break;
		case '\b':
			LIT(b, "\\b");
			break;
		case '\f':
			LIT(b, "\\f");
			break;
		default:
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 0xf];
			buf_append(b, esc, sizeof esc);
			break;
		}
	}
	buf_append(b, s + run, n - run);
	buf_append(b, "\"", 1);
}

/* Append a number's value: a JSON number, or a string for what JSON has none of. */
static void
trace_json_number(struct buf *b, double d)
{
	char	 num[JS_NUMBER_MAX];

	if (d == 0 && signbit(d))
		LIT(b, "\"-0\"");
	else if (isnan(d))
		LIT(b, "\"NaN\"");
	else if (isinf(d) && d > 0)
		LIT(b, "\"Infinity\"");
	else if (isinf(d))
		LIT(b, "\"-Infinity\"");
	else if (d >= 0 && d < 9007199254740992.0 && d == (double)(uint64_t)d) {
		/* The common case, a safe integer, without the general search. */
		buf_add_uint(b, (uint64_t)d);
	} else {
		/* Number::toString is JSON's shortest form too. */
		js_number_format(d, num, sizeof num);
		buf_append(b, num, strlen(num));
	}
}

/* Append an array's items as a JSON array of values. */
static void	trace_json_node(struct buf *, const struct value *,
		    struct value_ids *);

static void
trace_json_items(struct buf *b, const struct value *array,
    struct value_ids *ids)
{
	size_t	 i;

	LIT(b, "[");
	for (i = 0; i < array->count; i++) {
		if (i > 0)
			LIT(b, ",");
		trace_json_node(b, &array->items[i], ids);
	}
	LIT(b, "]");
}

/* Append the items of an array of arguments, a JSON array, its shared objects numbered from 1. */
static void
trace_json_list(struct buf *b, const struct value *array)
{
	struct value_ids	 ids;

	value_ids_init(&ids);
	trace_json_items(b, array, &ids);
	value_ids_free(&ids);
}

/*
 * Append a value as JSON that keeps its JavaScript type: {"type":"undefined"},
 * {"type":"number","value":1}, {"type":"number","value":"-0"},
 * {"type":"string","value":"x"}, {"type":"bigint","value":"-12"},
 * {"type":"hole"} (an array's missing element), {"type":"array","items":[...]},
 * {"type":"date","value":"1970-01-01T00:00:00.000Z"},
 * {"type":"regexp","source":"a","flags":"g"}, {"type":"map","entries":
 * [[key,value],...]}, {"type":"set","items":[...]},
 * {"type":"ArrayBuffer","bytes":"0102"}, {"type":"Uint8Array","bytes":"0102"},
 * {"type":"object","entries":[["key",{...}],...]}, keys in order.  An
 * object held in more than one place (or in a cycle) has "id":N, from 1
 * in the order they come, where it comes first, and is
 * {"type":"ref","target":N} after that.
 */
static void
trace_json_node(struct buf *b, const struct value *v, struct value_ids *ids)
{
	size_t	 i, id = 0;
	int	 fresh;

	if (v->type == VALUE_REF) {
		id = value_ids_get(ids, v->ref, &fresh) + 1;
		if (!fresh) {
			buf_printf(b, "{\"type\":\"ref\",\"target\":%zu}", id);
			return;
		}
		v = v->ref;
	}
	switch (v->type) {
	case VALUE_UNDEFINED:
		LIT(b, "{\"type\":\"undefined\"}");
		return;
	case VALUE_NULL:
		LIT(b, "{\"type\":\"null\"}");
		return;
	case VALUE_FALSE:
		LIT(b, "{\"type\":\"boolean\",\"value\":false}");
		return;
	case VALUE_TRUE:
		LIT(b, "{\"type\":\"boolean\",\"value\":true}");
		return;
	case VALUE_HOLE:
		LIT(b, "{\"type\":\"hole\"}");
		return;
	case VALUE_ERROR:
		LIT(b, "{\"type\":\"error\",\"name\":\"");
		buf_printf(b, "%s", value_error_names[v->kind]);
		LIT(b, "\",\"message\":");
		if (v->count > 0)
			trace_json_string(b, v->items[0].str, v->items[0].len);
		else
			LIT(b, "null");
		LIT(b, ",\"stack\":");
		trace_json_string(b, v->str, v->len);
		break;
	case VALUE_FUNCTION:
	case VALUE_SYMBOL:
		/* Refused by the clone: never in a frame. */
		LIT(b, "{\"type\":\"uncloneable\"}");
		return;
	case VALUE_BIGINT:
		LIT(b, "{\"type\":\"bigint\",\"value\":");
		trace_json_string(b, v->str, v->len);
		break;
	case VALUE_DATE:
		LIT(b, "{\"type\":\"date\",\"value\":\"");
		js_date_iso(b, v->number);
		LIT(b, "\"");
		break;
	case VALUE_REGEXP:
		LIT(b, "{\"type\":\"regexp\",\"source\":");
		trace_json_string(b, v->str, v->len);
		LIT(b, ",\"flags\":");
		trace_json_string(b, v->items[0].str, v->items[0].len);
		break;
	case VALUE_MAP:
		LIT(b, "{\"type\":\"map\",\"entries\":[");
		for (i = 0; i < v->count; i += 2) {
			if (i > 0)
				LIT(b, ",");
			LIT(b, "[");
			trace_json_node(b, &v->items[i], ids);
			LIT(b, ",");
			trace_json_node(b, &v->items[i + 1], ids);
			LIT(b, "]");
		}
		LIT(b, "]");
		break;
	case VALUE_SET:
		LIT(b, "{\"type\":\"set\",\"items\":");
		trace_json_items(b, v, ids);
		break;
	case VALUE_ARRAY_BUFFER:
	case VALUE_TYPED_ARRAY:
		LIT(b, "{\"type\":\"");
		if (v->type == VALUE_TYPED_ARRAY)
			buf_printf(b, "%s", value_typed_kinds[v->kind].name);
		else
			LIT(b, "ArrayBuffer");
		LIT(b, "\",\"bytes\":\"");
		for (i = 0; i < v->len; i++)
			buf_printf(b, "%02x", (unsigned char)v->str[i]);
		LIT(b, "\"");
		break;
	case VALUE_NUMBER:
		LIT(b, "{\"type\":\"number\",\"value\":");
		trace_json_number(b, v->number);
		break;
	case VALUE_STRING:
		LIT(b, "{\"type\":\"string\",\"value\":");
		trace_json_string(b, v->str, v->len);
		break;
	case VALUE_ARRAY:
		LIT(b, "{\"type\":\"array\",\"items\":");
		trace_json_items(b, v, ids);
		break;
	case VALUE_OBJECT:
		LIT(b, "{\"type\":\"object\",\"entries\":[");
		for (i = 0; i < v->count; i++) {
			if (i > 0)
				LIT(b, ",");
			LIT(b, "[");
			trace_json_string(b, v->keys[i].str, v->keys[i].len);
			LIT(b, ",");
			trace_json_node(b, &v->items[i], ids);
			LIT(b, "]");
		}
		LIT(b, "]");
		break;
	default:
		break;
	}
	if (id > 0)
		buf_printf(b, ",\"id\":%zu", id);
	LIT(b, "}");
}

/* Append a value as JSON that keeps its JavaScript type (trace_json_node). */
void
trace_json_value(struct buf *b, const struct value *v)
{
	struct value_ids	 ids;

	value_ids_init(&ids);
	trace_json_node(b, v, &ids);
	value_ids_free(&ids);
}

/* Append a string from a frame, or null when the frame has none. */
static void
trace_json_text(struct buf *b, const char *s, size_t n)
{
	if (s == NULL)
		LIT(b, "null");
	else
		trace_json_string(b, s, n);
}

/* Write a name of ipcsim's own at p, quoted (it needs no escape); where it ends. */
static char *
trace_put_name(char *p, const char *name)
{
	size_t	 n = strlen(name);

	*p++ = '"';
	memcpy(p, name, n);
	p += n;
	*p++ = '"';
	return (p);
}

/* Append a name of ipcsim's own as a string. */
static void
trace_json_name(struct buf *b, const char *name)
{
	buf_wrote(b, trace_put_name(buf_space(b, strlen(name) + 2), name));
}

/* Append the page an IPC frame names: null for whatever page the window shows, "before load" for the document before it. */
static void
trace_json_page(struct buf *b, uint32_t page)
{
	KEY(b, "page");
	if (page == PAGE_CURRENT)
		LIT(b, "null");
	else if (page == PAGE_BEFORE_LOAD)
		LIT(b, "\"before load\"");
	else
		buf_add_uint(b, page);
}

/* Append a JSON boolean. */
static void
trace_json_bool(struct buf *b, int v)
{
	if (v)
		LIT(b, "true");
	else
		LIT(b, "false");
}

/* Append the settings a config frame carries. */
static void
trace_json_config(struct buf *b, const struct scenario *sc)
{
	KEY(b, "config");
	LIT(b, "{\"pattern\":");
	trace_json_name(b, pattern_at(sc->pattern)->name);
	KEY(b, "reply");
	trace_json_name(b, reply_method(sc->reply)->name);
	KEY(b, "delay_ms");
	buf_add_uint(b, sc->delay_ms);
	KEY(b, "no_handler");
	trace_json_bool(b, sc->no_handler);
	KEY(b, "throw");
	trace_json_text(b, sc->throw_msg[0] != '\0' ? sc->throw_msg : NULL,
	    strlen(sc->throw_msg));
	KEY(b, "push_every_ms");
	buf_add_uint(b, sc->push_every_ms);
	KEY(b, "context_isolation");
	trace_json_bool(b, sc->isolation);
	LIT(b, "}");
}

/* Append a postMessage's message and port: the port's number, null when none. */
static void
trace_json_port(struct buf *b, const struct proto_msg *m)
{
	KEY(b, "message");
	trace_json_value(b, &m->value);
	KEY(b, "port");
	if (m->port == 0)
		LIT(b, "null");
	else
		buf_add_uint(b, m->port);
}

/* Append a postMessage's port and the endpoint that holds its other end (null: no port). */
static void
trace_json_transfer(struct buf *b, const struct proto_msg *m)
{
	trace_json_port(b, m);
	KEY(b, "other_end");
	if (m->port == 0) {
		LIT(b, "null");
		return;
	}
	buf_append(b, "\"", 1);
	proto_endpoint_name(b, m->entangled);
	buf_append(b, "\"", 1);
}

/* Append the fields the payload of a frame of this type carries. */
static void
trace_json_payload(struct buf *b, uint16_t type, const struct proto_msg *m)
{
	switch (type) {
	case MSG_IPC_SEND:
	case MSG_IPC_MESSAGE:
	case MSG_IPC_INVOKE:
	case MSG_IPC_SEND_SYNC:
		trace_json_page(b, m->page);
		KEY(b, "channel");
		trace_json_string(b, m->channel, m->channel_len);
		KEY(b, "args");
		trace_json_list(b, &m->value);
		break;
	case MSG_IPC_INVOKE_RESULT:
		trace_json_page(b, m->page);
		if (m->flag) {
			KEY(b, "result");
			trace_json_value(b, &m->value);
		} else {
			KEY(b, "error");
			trace_json_string(b, m->text, m->text_len);
		}
		break;
	case MSG_IPC_SYNC_RESULT:
		trace_json_page(b, m->page);
		KEY(b, "result");
		trace_json_value(b, &m->value);
		break;
	case MSG_IPC_POST_TO_MAIN:
	case MSG_IPC_POST_TO_RENDERER:
		trace_json_page(b, m->page);
		KEY(b, "channel");
		trace_json_string(b, m->channel, m->channel_len);
		trace_json_transfer(b, m);
		break;
	case MSG_PORT_MESSAGE:
		trace_json_page(b, m->page);
		trace_json_port(b, m);
		break;
	case MSG_CONSOLE_LINE:
	case MSG_CLICK:
		KEY(b, "text");
		trace_json_string(b, m->text, m->text_len);
		break;
	case MSG_PRESS_DONE:
		/* The reply the page shows now, if it shows one. */
		KEY(b, "text");
		trace_json_text(b, m->flag ? m->text : NULL, m->text_len);
		break;
	case MSG_CONFIG:
		trace_json_config(b, &m->sc);
		break;
	case MSG_WINDOW:
		KEY(b, "window");
		buf_add_uint(b, m->window);
		break;
	case MSG_RENDERER_GONE:
		KEY(b, "window");
		buf_add_uint(b, m->window);
		KEY(b, "reason");
		trace_json_string(b, m->text, m->text_len);
		KEY(b, "exit_code");
		if ((int32_t)m->code < 0) {
			LIT(b, "-");
			buf_add_uint(b, -(int64_t)(int32_t)m->code);
		} else
			buf_add_uint(b, m->code);
		break;
	default:
		break;
	}
}

/* Start record n's line (r): its number and time. */
static void
trace_json_start(struct buf *b, const struct framelog_rec *r, uint64_t n)
{
	char	*p;

	/* The frames of one read have one time: its digits, once. */
	static struct {
		uint64_t	 t_ns;
		size_t		 len;		/* 0: none yet */
		char		 digits[20];
	} last;

	if (last.len == 0 || last.t_ns != r->t_ns) {
		last.t_ns = r->t_ns;
		last.len = (size_t)(buf_put_uint(last.digits, r->t_ns) -
		    last.digits);
	}
	p = buf_space(b, TRACE_FIXED_MAX);
	PUT(p, "{\"n\":");
	p = buf_put_uint(p, n);
	PUT(p, ",\"t_ns\":");
	/* All 20 bytes, the room being there: one copy of fixed size. */
	memcpy(p, last.digits, sizeof last.digits);
	p += last.len;
	buf_wrote(b, p);
}

/* Append the ends, type and method of record r, frame f, and the key of its id. */
static void
trace_json_ends(struct buf *b, const struct framelog_rec *r,
    const struct msg *f)
{
	char	*p;

	p = buf_space(b, TRACE_FIXED_MAX);
	PUT(p, ",\"from\":\"");
	p = proto_endpoint_put(p, f->hdr.src);
	PUT(p, "\",\"to\":\"");
	p = proto_endpoint_put(p, f->hdr.dst);
	PUT(p, "\",\"type\":");
	p = trace_put_name(p, msg_type_name(f->hdr.type));
	PUT(p, ",\"method\":");
	p = trace_put_name(p, framelog_method_name(r->method));
	PUT(p, ",\"id\":");
	buf_wrote(b, p);
}

/* Append the size of frame f's payload. */
static void
trace_json_size(struct buf *b, const struct msg *f)
{
	KEY(b, "payload_bytes");
	buf_add_uint(b, f->payload_len);
}

/* Append the fields after the size (verdict, the request record n answers) and end the line. */
static void
trace_json_verdict(struct buf *b, const struct framelog_rec *r, uint64_t n)
{
	char	*p;

	p = buf_space(b, TRACE_FIXED_MAX);
	PUT(p, ",\"verdict\":");
	p = trace_put_name(p, framelog_verdict_name(r->verdict));
	PUT(p, ",\"why\":");
	if (r->why != NULL) {
		buf_wrote(b, p);
		trace_json_string(b, r->why, strlen(r->why));
		p = buf_space(b, TRACE_FIXED_MAX);
	} else
		PUT(p, "null");
	if (r->answers != 0) {
		PUT(p, ",\"answers\":");
		p = buf_put_uint(p, framelog_request(r, n));
		PUT(p, ",\"latency_ns\":");
		p = buf_put_uint(p, r->latency_ns);
	} else
		PUT(p, ",\"answers\":null,\"latency_ns\":null");
	PUT(p, "}\n");
	buf_wrote(b, p);
}

/*
 * Append record n's line (r, whole), frame f: its number, time, ends, type
 * and method (the ends, type and id as the header has them), then what its
 * payload carries (m, decoded with values; NULL for a frame refused, whose
 * payload is not read), its size, verdict, and the request it answers.
 * The fields of fixed size are written in place.
 */
void
trace_json(struct buf *b, const struct framelog_rec *r, uint64_t n,
    const struct msg *f, const struct proto_msg *m)
{
	trace_json_start(b, r, n);
	trace_json_ends(b, r, f);
	buf_add_uint(b, f->hdr.id);
	if (m != NULL)
		trace_json_payload(b, f->hdr.type, m);
	trace_json_size(b, f);
	trace_json_verdict(b, r, n);
}
