/*
 * The argument field's text, parsed as the arguments of a JavaScript call:
 * literals only (numbers, strings, booleans, null, undefined, arrays,
 * objects), with the errors Chrome's console would show.
 */
#ifndef IPCSIM_LITERAL_H
#define IPCSIM_LITERAL_H

#include <stddef.h>

#include "value.h"

#define LITERAL_OK		0
#define LITERAL_SYNTAX		-1	/* Uncaught SyntaxError: msg */
#define LITERAL_UNCLONEABLE	-2	/* a function or Symbol: cannot be cloned */
#define LITERAL_REFERENCE	-3	/* Uncaught ReferenceError: msg */
#define LITERAL_TYPE		-4	/* Uncaught TypeError: msg */
#define LITERAL_RANGE		-5	/* Uncaught RangeError: msg */
#define LITERAL_UNSUPPORTED	-6	/* msg: what ipcsim does not evaluate */

/* Where the argument text stands in renderer.js: line and column from 1. */
struct literal_origin {
	const char	*file;		/* the page's file, renderer.js or another */
	int		 line;
	int		 column;
};

int	literal_parse_page(const char *, size_t, const struct literal_origin *,
	    struct value *, char *, size_t);
int	literal_parse_args(const char *, size_t, struct value *, char *,
	    size_t);

#endif
