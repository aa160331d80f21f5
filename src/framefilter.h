/*
 * The inspector's filter, in the grammar of Chrome's protocol monitor:
 * terms separated by spaces, all of which must hold; channel:NAME,
 * method:NAME and dir:R1->Main (or R1→Main) match one field, /regex/ and
 * plain text any of them, case-insensitively; a leading - negates a term;
 * a key that is none of those makes the term plain text.  No curses here.
 */
#ifndef IPCSIM_FRAMEFILTER_H
#define IPCSIM_FRAMEFILTER_H

#include <regex.h>
#include <stddef.h>

#define FRAMEFILTER_TERMS	16	/* terms a filter holds */

enum framefilter_kind {
	FILTER_TEXT,		/* a substring of any field */
	FILTER_CHANNEL,		/* a substring of the channel */
	FILTER_METHOD,		/* a substring of the method */
	FILTER_DIR,		/* the direction, whole */
	FILTER_REGEX,		/* a match in any field */
};

struct framefilter_term {
	enum framefilter_kind	 kind;
	int			 negate;
	char			*value;		/* lower case; dir: -> for → */
	regex_t			*re;		/* a regex, on the heap: a filter may be copied */
};

struct framefilter {
	struct framefilter_term	 terms[FRAMEFILTER_TERMS];
	size_t			 n;
};

/* What a frame shows, as the filter reads it; NULL fields are empty. */
struct framefilter_row {
	const char	*dir;		/* R1->Main, with an ASCII arrow */
	const char	*method;
	const char	*channel;
	const char	*args;
};

void	framefilter_init(struct framefilter *);
int	framefilter_parse(struct framefilter *, const char *, char *, size_t);
int	framefilter_match(const struct framefilter *,
	    const struct framefilter_row *);
void	framefilter_free(struct framefilter *);

#endif
