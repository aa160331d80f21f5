/*
 * The tokenizer of the argument field's text, as V8 scans JavaScript:
 * white space and comments, identifiers (a private name's '#' too),
 * numbers, strings and templates, punctuators; and the SyntaxErrors the
 * parser records, in V8's words for a token it did not expect.
 *
 * The text sits inside f( ... ) in the page's source, so reaching its end
 * inside a bracket is V8's "Unexpected token ')'".
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser.h"
#include "utf8.h"

/* Words that are never identifiers: V8 calls them tokens in its messages. */
const char *const reserved_words[] = {
	"true", "false", "null", "function", "this", "new", "typeof", "void",
	"delete", "in", "instanceof", "class", "var", "const", "if", "else",
	"return", "while", "for", "do", "switch", "case", "break", "continue",
	"throw", "try", "catch", "finally", "with", "default", "export",
	"import", "super", "extends", "enum", "debugger",
};

/* Whether the name of len bytes is a reserved word (never an identifier). */
int
reserved_word(const char *name, size_t len)
{
	return (word_in(reserved_words, sizeof reserved_words /
	    sizeof reserved_words[0], name, len));
}

static size_t	string_end(const struct parser *, size_t);
static int	skip_space(struct parser *, size_t *);

/* Record the first SyntaxError; later ones are consequences of it. */
void __attribute__((format(printf, 2, 3)))
parse_fail(struct parser *p, const char *fmt, ...)
{
	va_list	 ap;
	size_t	 off;

	if (p->failed)
		return;
	p->failed = 1;
	off = p->pos;
	skip_space(p, &off);
	p->fail_at = off;	/* the token it failed at, nearly always */
	va_start(ap, fmt);
	vsnprintf(p->msg, p->msgsize, fmt, ap);
	va_end(ap);
}

/* Whether c can start an identifier (an ASCII one; see ident_length). */
static int
ident_start(int c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	    c == '$');
}

/*
 * Whether a code point beyond ASCII is a letter that may start (or, a
 * combining mark, continue) an identifier: the scripts' letter blocks, not
 * the whole of Unicode's ID_Start table (symbols, emoji and punctuation
 * are not letters).
 */
static int
ident_code_point(uint32_t c, int start)
{
	if (!start && c >= 0x300 && c <= 0x36f)
		return (1);
	return (c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 &&
	    c <= 0x2ff && c != 0xd7 && c != 0xf7) || (c >= 0x370 &&
	    c <= 0x1fff) || (c >= 0x2c00 && c <= 0x2dff) || (c >= 0x3041 &&
	    c <= 0x9fff && !(c >= 0x3099 && c <= 0x309c)) || (c >= 0xac00 &&
	    c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff));
}

/* The length in bytes of the identifier at off (a '#' first for a private name), or 0. */
size_t
ident_length(const struct parser *p, size_t off)
{
	size_t		 start = off;
	uint32_t	 c;
	int		 k;

	if (p->s[off] == '#' && off + 1 < p->len)
		off++;
	while (off < p->len) {
		if (ident_start(p->s[off]) || (off > start &&
		    p->s[off] >= '0' && p->s[off] <= '9')) {
			off++;
			continue;
		}
		if ((unsigned char)p->s[off] < 0x80 || (k = utf8_decode(p->s +
		    off, p->len - off, &c)) <= 0 || !ident_code_point(c,
		    off == start || (off == start + 1 && p->s[start] == '#')))
			break;
		off += (size_t)k;
	}
	if (p->s[start] == '#' && off == start + 1)
		return (0);
	return (off - start);
}

/* Whether c can continue an identifier. */
int
ident_part(int c)
{
	return (ident_start(c) || (c >= '0' && c <= '9'));
}

/* The index of name in a table of n words, or -1. */
int
word_index(const char *const *words, size_t n, const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (strlen(words[i]) == len && memcmp(words[i], name, len) == 0)
			return ((int)i);
	}
	return (-1);
}

/* Whether name is in a table of n words. */
int
word_in(const char *const *words, size_t n, const char *name, size_t len)
{
	return (word_index(words, n, name, len) != -1);
}

/*
 * Skip white space and comments; 1 if a block comment never ends, 2 if a
 * line comment runs to the end of the text: either swallows the call's ')'.
 */
static int
skip_space(struct parser *p, size_t *off)
{
	size_t	 n;

	for (;;) {
		if ((n = utf8_js_space(p->s + *off, p->len - *off)) > 0) {
			*off += n;
			continue;
		}
		/* A line comment; in a script <!-- begins one too (Annex B). */
		if ((*off + 1 < p->len && p->s[*off] == '/' &&
		    p->s[*off + 1] == '/') || (*off + 3 < p->len &&
		    memcmp(p->s + *off, "<!--", 4) == 0)) {
			while (*off < p->len && p->s[*off] != '\n')
				(*off)++;
			if (*off == p->len)
				return (2);
			continue;
		}
		if (*off + 1 < p->len && p->s[*off] == '/' &&
		    p->s[*off + 1] == '*') {
			*off += 2;
			while (*off + 1 < p->len && !(p->s[*off] == '*' &&
			    p->s[*off + 1] == '/'))
				(*off)++;
			if (*off + 1 >= p->len) {
				*off = p->len;
				return (1);
			}
			*off += 2;
			continue;
		}
		return (0);
	}
}

/*
 * The end of a template's ${ substitution } from just after its "${":
 * braces balanced, strings and templates inside skipped; 0 if it never
 * ends.
 */
static size_t
substitution_end(const struct parser *p, size_t off)
{
	int	 depth = 1;

	while (off < p->len) {
		switch (p->s[off]) {
		case '\'':
		case '"':
		case '`':
			if ((off = string_end(p, off)) == 0)
				return (0);
			continue;
		case '{':
			depth++;
			break;
		case '}':
			if (--depth == 0)
				return (off + 1);
			break;
		}
		off++;
	}
	return (0);
}

/*
 * The end of a quoted string or template starting at off, or 0 if it
 * never ends (a string on its line).
 */
static size_t
string_end(const struct parser *p, size_t off)
{
	char	 q = p->s[off++];

	while (off < p->len) {
		if (p->s[off] == q)
			return (off + 1);
		if (q == '`' && p->s[off] == '$' && off + 1 < p->len &&
		    p->s[off + 1] == '{') {
			if ((off = substitution_end(p, off + 2)) == 0)
				return (0);
			continue;
		}
		if (p->s[off] == '\\') {
			/* A backslash takes the next character; CRLF is one. */
			if (off + 2 < p->len && p->s[off + 1] == '\r' &&
			    p->s[off + 2] == '\n')
				off++;
			off++;
		}
		else if (q != '`' && (p->s[off] == '\n' || p->s[off] == '\r'))
			return (0);
		off++;
	}
	return (0);
}

/*
 * The end of a number starting at off: digits and letters (a letter right
 * after a number is V8's invalid token), one dot before any exponent, and
 * signed exponents.  A legacy octal like 07 ends before a dot: 07.5 is 07
 * then .5, as V8 scans it.
 */
static size_t
number_end(const struct parser *p, size_t off)
{
	int	 hex = off + 1 < p->len && p->s[off] == '0' &&
		    (p->s[off + 1] == 'x' || p->s[off + 1] == 'X');
	int	 octal = off + 1 < p->len && p->s[off] == '0' &&
		    p->s[off + 1] >= '0' && p->s[off + 1] <= '7';
	int	 dot = 0, exp = 0;

	while (off < p->len) {
		char	 c = p->s[off];

		if (!hex && (c == 'e' || c == 'E'))
			exp = 1;
		if (c == '8' || c == '9')
			octal = 0;
		if (c == '.' && !hex && !dot && !exp && !octal) {
			dot = 1;
			off++;
		} else if (ident_part(c))
			off++;
		else if ((c == '+' || c == '-') && !hex &&
		    (p->s[off - 1] == 'e' || p->s[off - 1] == 'E'))
			off++;
		else
			break;
	}
	return (off);
}

/* Find the token at p->pos without consuming it. */
void
peek(struct parser *p, struct token *t)
{
	static const char *const puncts[] = {
		">>>=", "...", "===", "!==", "**=", ">>>", "<<=", ">>=", "&&=",
		"||=", "?" "?=", "=>", "==", "!=", "<=", ">=", "<<", ">>", "&&",
		"||", "?" "?", "?.", "**", "++", "--", "+=", "-=", "*=", "/=", "%=",
		"&=", "|=", "^=", "(", ")", "[", "]", "{", "}", ",", ":", ";",
		"+", "-", "!", "*", "/", "%", "<", ">", "=", "&", "|", "^", "?",
		".", "~",
	};
	size_t	 off = p->pos, i, n;
	char	 c;

	memset(t, 0, sizeof *t);
	t->comment_open = skip_space(p, &off);
	t->start = t->end = off;
	if (off >= p->len) {
		t->type = TOK_END;
		return;
	}
	c = p->s[off];
	if ((c >= '0' && c <= '9') || (c == '.' && off + 1 < p->len &&
	    p->s[off + 1] >= '0' && p->s[off + 1] <= '9')) {
		t->type = TOK_NUMBER;
		t->end = number_end(p, off);
		return;
	}
	if (c == '\'' || c == '"' || c == '`') {
		t->end = string_end(p, off);
		t->type = t->end == 0 ? TOK_INVALID : TOK_STRING;
		return;
	}
	if ((n = ident_length(p, off)) > 0) {
		t->type = TOK_IDENT;
		t->end = off + n;
		return;
	}
	for (i = 0; i < sizeof puncts / sizeof puncts[0]; i++) {
		if (puncts[i][0] != c)
			continue;
		n = strlen(puncts[i]);
		/* a?.5:1 is a ? .5 : 1, not a?.(5). */
		if (n == 2 && memcmp(puncts[i], "?.", 2) == 0 && off + 2 <
		    p->len && p->s[off + 2] >= '0' && p->s[off + 2] <= '9')
			continue;
		if (p->len - off >= n && memcmp(p->s + off, puncts[i], n) == 0) {
			t->type = TOK_PUNCT;
			memcpy(t->punct, puncts[i], n + 1);
			t->end = off + n;
			return;
		}
	}
	t->type = TOK_INVALID;
}

/* Whether t is the punctuator s. */
int
is_punct(const struct token *t, const char *s)
{
	return (t->type == TOK_PUNCT && strcmp(t->punct, s) == 0);
}

/*
 * The words that are reserved in strict mode code (the first six are
 * tokens V8 names no text for in sloppy mode), and the names V8 scans as
 * tokens of their own that it calls tokens when unexpected.
 */
const char *const strict_reserved[] = {
	"implements", "interface", "package", "private", "protected",
	"public", "let", "static", "yield",
};
static const char *const token_words[] = { "async", "get", "set" };

/* Whether the len bytes at start of the text are eval or arguments. */
int
eval_or_arguments(const struct parser *p, size_t start, size_t len)
{
	return ((len == 4 && memcmp(p->s + start, "eval", 4) == 0) ||
	    (len == 9 && memcmp(p->s + start, "arguments", 9) == 0));
}

/* Report t as unexpected, in V8's words. */
void
unexpected(struct parser *p, const struct token *t)
{
	const char	*w;
	int		 n = (int)(t->end - t->start);

	switch (t->type) {
	case TOK_END:
		/*
		 * An open comment swallowed the call's ')' as well: a block
		 * one the rest of the page, a line one only that line, and
		 * the page's next token is the handler's '}'.
		 */
		if (t->comment_open == 1)
			parse_fail(p, "Invalid or unexpected token");
		else if (t->comment_open == 2)
			parse_fail(p, "Unexpected token '}'");
		else
			parse_fail(p, "Unexpected token ')'");
		break;
	case TOK_NUMBER:
		parse_fail(p, "Unexpected number");
		break;
	case TOK_STRING:
		parse_fail(p, p->s[t->start] == '`' ? "Unexpected template string"
		    : "Unexpected string");
		break;
	case TOK_IDENT:
		w = p->s + t->start;
		if (p->body.strict && word_in(strict_reserved, STRICT_RESERVED,
		    w, (size_t)n))
			parse_fail(p, "Unexpected strict mode reserved word");
		else if ((n == 4 && memcmp(w, "enum", 4) == 0) || (n == 5 &&
		    memcmp(w, "await", 5) == 0))
			parse_fail(p, "Unexpected reserved word");
		else if (reserved_word(w, (size_t)n) || word_in(token_words,
		    sizeof token_words / sizeof token_words[0], w, (size_t)n))
			parse_fail(p, "Unexpected token '%.*s'", n, w);
		else if (word_in(strict_reserved, 6, w, (size_t)n))
			/* V8 has no text for these tokens in sloppy mode. */
			parse_fail(p, "Unexpected identifier 'undefined'");
		else
			parse_fail(p, "Unexpected identifier '%.*s'", n, w);
		break;
	case TOK_PUNCT:
		if (strcmp(t->punct, "=>") == 0 && !newline_before(p, t))
			parse_fail(p, "Malformed arrow function parameter list");
		else
			parse_fail(p, "Unexpected token '%s'", t->punct);
		break;
	case TOK_INVALID:
		/* A template never closed takes the rest, the call's ')' too. */
		parse_fail(p, p->s[t->start] == '`' ? "Unexpected end of input" :
		    "Invalid or unexpected token");
		break;
	}
}

/* Consume the punctuator s or fail. */
int
expect(struct parser *p, const char *s)
{
	struct token	 t;

	peek(p, &t);
	if (!is_punct(&t, s)) {
		unexpected(p, &t);
		return (-1);
	}
	p->pos = t.end;
	return (0);
}

/* Skip tokens up to the bracket that closes the one just consumed. */
int
skip_balanced(struct parser *p, const char *open, const char *close)
{
	struct token	 t;
	int		 level = 1;

	while (level > 0) {
		peek(p, &t);
		if (t.type == TOK_END || t.type == TOK_INVALID) {
			unexpected(p, &t);
			return (-1);
		}
		if (is_punct(&t, open))
			level++;
		else if (is_punct(&t, close))
			level--;
		p->pos = t.end;
	}
	return (0);
}

/* Whether a line terminator stands between the parser's place and token t. */
int
newline_before(const struct parser *p, const struct token *t)
{
	const unsigned char	*s = (const unsigned char *)p->s;
	size_t			 i;

	for (i = p->pos; i < t->start; i++) {
		if (s[i] == '\n' || s[i] == '\r' || (s[i] == 0xe2 && i + 2 <
		    t->start && s[i + 1] == 0x80 && (s[i + 2] == 0xa8 ||
		    s[i + 2] == 0xa9)))
			return (1);
	}
	return (0);
}

/* Whether token t is the word w. */
int
is_word(const struct parser *p, const struct token *t, const char *w)
{
	return (t->type == TOK_IDENT && t->end - t->start == strlen(w) &&
	    memcmp(p->s + t->start, w, strlen(w)) == 0);
}
