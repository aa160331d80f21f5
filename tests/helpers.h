/* Shared test helpers: parse an argument text, check what it prints. */
#ifndef IPCSIM_TESTS_HELPERS_H
#define IPCSIM_TESTS_HELPERS_H

#include <stddef.h>
#include <stdint.h>

#include "peer.h"
#include "proto.h"
#include "value.h"

/* A message type as the protocol defines it, independently of proto.c. */
struct type_spec {
	uint16_t	 type;
	const char	*name;
	unsigned	 from;		/* ROLE_* that may send it */
	unsigned	 to;		/* ROLE_* it may be addressed to */
};

extern const struct type_spec	 type_specs[];
extern const size_t		 ntype_specs;

void	parse_ok(const char *, struct value *);
void	assert_printed(const struct value *, size_t, const char *);
void	sample_msg(uint16_t, uint32_t, struct proto_msg *);
void	frame_make(struct peer *, uint16_t, uint16_t, uint16_t, uint32_t,
	    const struct proto_msg *, struct msg *);

#endif
