/* Shared test helpers: parse an argument text, check what it prints. */
#ifndef IPCSIM_TESTS_HELPERS_H
#define IPCSIM_TESTS_HELPERS_H

#include "value.h"

void	parse_ok(const char *, struct value *);
void	assert_printed(const struct value *, size_t, const char *);

#endif
