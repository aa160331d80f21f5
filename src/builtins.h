/*
 * The standard constructors the argument field evaluates (Date, RegExp,
 * Map, Set, ArrayBuffer, the typed arrays) and the checks of a regular
 * expression, with V8's messages.
 */
#ifndef IPCSIM_BUILTINS_H
#define IPCSIM_BUILTINS_H

#include <stddef.h>

#include "value.h"

int	builtin_regexp_check(const char *, size_t, const char *, char *,
	    size_t);
void	builtin_regexp(struct value *, const char *, size_t, const char *);
int	builtin_is_constructor(const char *, size_t);
int	builtin_spread(const struct value *, struct value *, char *, size_t);
int	builtin_typed_set(struct value *, size_t, const struct value *, char *,
	    size_t);
int	builtin_construct(const char *, size_t, int, const struct value *,
	    const char *, struct value *, char *, size_t);

#endif
