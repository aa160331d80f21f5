/* JavaScript semantics on values: Number::toString, ToString and the + operator. */
#ifndef IPCSIM_JS_H
#define IPCSIM_JS_H

#include <stddef.h>

#include "buf.h"
#include "value.h"

#define JS_NUMBER_MAX	32
/* ToString of an array stops past these: ipcsim's limits, not JavaScript's. */
#define JS_STRING_MAX	(1024 * 1024)
#define JS_JOIN_DEPTH	1024

/* What an operator gives: a value, V8's TypeError, or what ipcsim does not evaluate. */
#define JS_OK		0
#define JS_TYPE_ERROR	-1
#define JS_UNSUPPORTED	-2

void	js_number_format(double, char *, size_t);
void	js_to_string(struct buf *, const struct value *);
void	js_date_iso(struct buf *, double);
void	js_typed_element(struct buf *, const struct value *, size_t);
double	js_to_number(const struct value *);
void	js_bigint_negate(struct value *, const struct value *);
int	js_add(struct value *, const struct value *, const struct value *,
	    const char **);
int	js_binary(struct value *, const char *, const struct value *,
	    const struct value *, const char **);
int	js_strict_equal(const struct value *, const struct value *);
int	js_same_value_zero(const struct value *, const struct value *);
int	js_truthy(const struct value *);
int	js_is_object(const struct value *);
const struct value *js_own(const struct value *, const char *);
const char *js_typeof(const struct value *);
int	js_sum(struct value *, const struct value *, const char **);

#endif
