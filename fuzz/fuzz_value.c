/*
 * libFuzzer target: the tagged value decoder, then encoding, printing (on
 * one line and as console.log lays it out) and summing what it accepted.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "inspect.h"
#include "js.h"
#include "value.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct msg_reader	 r;
	struct value		 v, sum;
	struct buf		 b;
	const char		*err, *thrown;

	msg_reader_init(&r, data, size);
	if (value_decode(&r, &v, &err) == -1)
		return (0);
	buf_init(&b);
	value_encode(&b, &v);
	/* What decodes must encode to the same bytes. */
	if (b.len > size || memcmp(buf_head(&b), data, b.len) != 0)
		__builtin_trap();
	inspect_value(&b, &v);
	inspect_log_value(&b, &v);
	if (v.type == VALUE_ARRAY) {
		js_sum(&sum, &v, &thrown);
		value_free(&sum);
	}
	buf_free(&b);
	value_free(&v);
	return (0);
}
