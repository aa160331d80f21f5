/*
 * libFuzzer target: the argument-list parser, then printing what it
 * accepted, sending it (what parses must decode: the wire takes every
 * value the field makes, shared objects and cycles included) and summing it.
 */
#include "config.h"

#include <stdint.h>

#include "inspect.h"
#include "js.h"
#include "literal.h"
#include "value.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value		 args, back, sum;
	struct buf		 b;
	struct msg_reader	 r;
	const char		*err;
	char			 msg[256];

	if (literal_parse_args((const char *)data, size, &args, msg,
	    sizeof msg) != LITERAL_OK)
		return (0);
	buf_init(&b);
	inspect_log_args(&b, &args);
	inspect_value(&b, &args);
	buf_clear(&b);
	value_encode(&b, &args);
	msg_reader_init(&r, buf_head(&b), b.len);
	if (value_decode_last(&r, &back, &err) == -1)
		__builtin_trap();
	js_sum(&sum, &back, &err);
	value_free(&sum);
	value_free(&back);
	buf_free(&b);
	value_free(&args);
	return (0);
}
