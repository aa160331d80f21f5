/* libFuzzer target: the argument-list parser, then printing what it accepted. */
#include "config.h"

#include <stdint.h>

#include "inspect.h"
#include "literal.h"
#include "value.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value	 args;
	struct buf	 b;
	char		 msg[256];

	if (literal_parse_args((const char *)data, size, &args, msg,
	    sizeof msg) != LITERAL_OK)
		return (0);
	buf_init(&b);
	inspect_log_args(&b, &args);
	inspect_value(&b, &args);
	buf_free(&b);
	value_free(&args);
	return (0);
}
