/* The inspector's filter: parsing Chrome's protocol monitor grammar, and matching a frame's fields. */
#include "config.h"

#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "framefilter.h"
#include "i18n.h"
#include "log.h"

#define ARROW_UTF8	"\xe2\x86\x92"	/* → */

/* The keys of key:value terms. */
static const struct {
	const char		*key;
	enum framefilter_kind	 kind;
} framefilter_keys[] = {
	{ "channel:", FILTER_CHANNEL },
	{ "method:", FILTER_METHOD },
	{ "dir:", FILTER_DIR },
};

/* An empty filter, which every frame matches. */
void
framefilter_init(struct framefilter *ff)
{
	memset(ff, 0, sizeof *ff);
}

/* Free a filter's terms; it is empty again. */
void
framefilter_free(struct framefilter *ff)
{
	size_t	 i;

	for (i = 0; i < ff->n; i++) {
		free(ff->terms[i].value);
		if (ff->terms[i].re != NULL) {
			regfree(ff->terms[i].re);
			free(ff->terms[i].re);
		}
	}
	framefilter_init(ff);
}

/* A copy of n bytes of s in lower case, with → as ->. */
static char *
framefilter_fold(const char *s, size_t n)
{
	char	*out, *o;
	size_t	 i;

	/* -> is shorter than →, so n + 1 bytes are enough. */
	if ((out = malloc(n + 1)) == NULL)
		fatal("malloc");
	o = out;
	for (i = 0; i < n; i++) {
		if (i + 3 <= n && memcmp(s + i, ARROW_UTF8, 3) == 0) {
			*o++ = '-';
			*o++ = '>';
			i += 2;
		} else
			*o++ = (char)tolower((unsigned char)s[i]);
	}
	*o = '\0';
	return (out);
}

/*
 * Where the term at s ends: at the next space, or for a /regex/ (or
 * -/regex/) at the first slash after it that a space or the end follows,
 * so that a regex may hold spaces.
 */
static const char *
framefilter_term_end(const char *s)
{
	const char	*p = s + (*s == '-');

	if (*p == '/') {
		for (p++; (p = strchr(p, '/')) != NULL; p++) {
			if (p[1] == ' ' || p[1] == '\0')
				return (p + 1);
		}
	}
	return (s + strcspn(s, " "));
}

/* Read the term of n bytes at s into t; -1 with err set if its regex is bad. */
static int
framefilter_term(struct framefilter_term *t, const char *s, size_t n,
    char *err, size_t errlen)
{
	char	*pattern;
	size_t	 i, klen;
	int	 r;

	memset(t, 0, sizeof *t);
	if (n > 1 && s[0] == '-') {
		t->negate = 1;
		s++;
		n--;
	}
	if (n >= 2 && s[0] == '/' && s[n - 1] == '/') {
		if ((pattern = strndup(s + 1, n - 2)) == NULL ||
		    (t->re = malloc(sizeof *t->re)) == NULL)
			fatal("framefilter_term");
		r = regcomp(t->re, pattern, REG_EXTENDED | REG_ICASE |
		    REG_NOSUB);
		free(pattern);
		if (r != 0) {
			regerror(r, t->re, err, errlen);
			free(t->re);
			t->re = NULL;
			return (-1);
		}
		t->kind = FILTER_REGEX;
		return (0);
	}
	t->kind = FILTER_TEXT;
	for (i = 0; i < sizeof framefilter_keys / sizeof framefilter_keys[0];
	    i++) {
		klen = strlen(framefilter_keys[i].key);
		if (n > klen &&
		    strncasecmp(s, framefilter_keys[i].key, klen) == 0) {
			t->kind = framefilter_keys[i].kind;
			s += klen;
			n -= klen;
			break;
		}
	}
	t->value = framefilter_fold(s, n);
	return (0);
}

/*
 * Parse text into ff (which must be empty): 0, or -1 with a reason in err
 * (too many terms, a bad regex) and ff empty.
 */
int
framefilter_parse(struct framefilter *ff, const char *text, char *err,
    size_t errlen)
{
	const char	*end;

	while (*text != '\0') {
		if (*text == ' ') {
			text++;
			continue;
		}
		end = framefilter_term_end(text);
		if (ff->n == FRAMEFILTER_TERMS) {
			snprintf(err, errlen, ngettext("more than %d term",
			    "more than %d terms", FRAMEFILTER_TERMS),
			    FRAMEFILTER_TERMS);
			framefilter_free(ff);
			return (-1);
		}
		if (framefilter_term(&ff->terms[ff->n], text,
		    (size_t)(end - text), err, errlen) == -1) {
			framefilter_free(ff);
			return (-1);
		}
		ff->n++;
		text = end;
	}
	return (0);
}

/* Whether field s holds t's value (dir: is it, whole); NULL is empty. */
static int
framefilter_field(const struct framefilter_term *t, const char *s)
{
	if (s == NULL)
		s = "";
	if (t->kind == FILTER_REGEX)
		return (regexec(t->re, s, 0, NULL, 0) == 0);
	if (t->kind == FILTER_DIR)
		return (strcasecmp(s, t->value) == 0);
	return (strcasestr(s, t->value) != NULL);
}

/* Whether term t holds for row r, before its negation. */
static int
framefilter_term_match(const struct framefilter_term *t,
    const struct framefilter_row *r)
{
	switch (t->kind) {
	case FILTER_CHANNEL:
		return (framefilter_field(t, r->channel));
	case FILTER_METHOD:
		return (framefilter_field(t, r->method));
	case FILTER_DIR:
		return (framefilter_field(t, r->dir));
	default:
		return (framefilter_field(t, r->dir) ||
		    framefilter_field(t, r->method) ||
		    framefilter_field(t, r->channel) ||
		    framefilter_field(t, r->args));
	}
}

/* Whether row r passes every term of ff. */
int
framefilter_match(const struct framefilter *ff,
    const struct framefilter_row *r)
{
	size_t	 i;

	for (i = 0; i < ff->n; i++) {
		if (framefilter_term_match(&ff->terms[i], r) ==
		    ff->terms[i].negate)
			return (0);
	}
	return (1);
}
