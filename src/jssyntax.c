/*
 * The syntax of a function's parameters and body, as V8 compiles them:
 * bindings and patterns, declarations and the names they declare, every
 * statement, labels, break and continue, directives and strict mode
 * code; and of classes: their elements, constructors, private names.
 * Nothing is run (the clone refuses functions); only V8's SyntaxErrors
 * are found.
 * Expressions in a body are parsed by literal.c, evaluated where they
 * would not run (p->skip), for their syntax.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "parser.h"

/* Where a statement stands: what V8 lets stand there. */
enum stmt_where {
	STMT_LIST,		/* a block's or a body's, a case's */
	STMT_LABELLED,		/* a label's, in a list: a function may stand */
	STMT_IF,		/* if's, else's: a function may stand (sloppy) */
	STMT_SINGLE,		/* a loop's, with's, a label's in those */
};

static int	parse_binding(struct parser *, enum decl_kind, int);
static int	parse_statement(struct parser *, enum stmt_where);
static int	rest_last(struct parser *, const char *, const char *);

/*
 * Parse an expression (comma: or several, with the comma operator) for
 * its syntax alone, as in a function's body: its value is dropped.
 */
int
check_expr(struct parser *p, int comma)
{
	struct value	 v;

	if ((comma ? parse_comma(p, &v) : parse_expr(p, &v)) == -1)
		return (-1);
	value_free(&v);
	return (0);
}

/*
 * Declare the name t in the block the body is in, as kind declares it:
 * a lexical name may not be declared twice in a block (but a block's
 * functions may), nor a var where a block's name is seen; a parameter
 * declared twice is noted in p->dup.
 */
int
declare(struct parser *p, const struct token *t, enum decl_kind kind)
{
	struct declared	*d;
	size_t		 i, n = t->end - t->start;

	for (i = p->body.names; i < p->nnames; i++) {
		d = &p->names[i];
		if (d->len != n || memcmp(p->s + d->start, p->s + t->start,
		    n) != 0)
			continue;
		if (kind == DECL_PARAM)
			p->dup = 1;
		else if (kind == DECL_VAR ? d->kind == DECL_LEXICAL ||
		    d->kind == DECL_FUNCTION : d->block == p->body.block &&
		    !(kind == DECL_FUNCTION && d->kind == DECL_FUNCTION)) {
			parse_fail(p, "Identifier '%.*s' has already been "
			    "declared", (int)n, p->s + t->start);
			return (-1);
		}
	}
	p->names = reallocarray(p->names, p->nnames + 1, sizeof *p->names);
	if (p->names == NULL)
		fatal("reallocarray");
	d = &p->names[p->nnames++];
	d->start = t->start;
	d->len = n;
	d->block = p->body.block;
	d->kind = kind;
	return (0);
}

/* Leave a block: its own names go, its vars pass to the block around it. */
static void
close_block(struct parser *p)
{
	size_t	 i, j;

	for (i = j = p->body.names; i < p->nnames; i++) {
		if (p->names[i].block == p->body.block &&
		    p->names[i].kind != DECL_VAR && p->names[i].kind != DECL_PARAM)
			continue;
		if (p->names[i].block == p->body.block)
			p->names[i].block--;
		p->names[j++] = p->names[i];
	}
	p->nnames = j;
	p->body.block--;
}

/* An element of a pattern or a parameter: a binding, then its default if it has one. */
static int
parse_binding_element(struct parser *p, enum decl_kind kind, int how)
{
	struct token	 t;

	if (parse_binding(p, kind, how) == -1)
		return (-1);
	peek(p, &t);
	if (!is_punct(&t, "="))
		return (0);
	p->pos = t.end;
	return (check_expr(p, 0));
}

/*
 * What comes next in an array or object pattern (array), after its
 * bracket or an element: PATTERN_END past its closing bracket,
 * PATTERN_REST past a '...' (in an object, msg unless a name or a member
 * follows), PATTERN_ELEMENT; an array's holes skipped; -1 if it failed.
 */
int
pattern_next(struct parser *p, int array, const char *msg)
{
	struct token	 t;

	for (;;) {
		peek(p, &t);
		if (is_punct(&t, array ? "]" : "}")) {
			p->pos = t.end;
			return (PATTERN_END);
		}
		if (!array || !is_punct(&t, ","))
			break;
		p->pos = t.end;
	}
	if (!is_punct(&t, "..."))
		return (PATTERN_ELEMENT);
	p->pos = t.end;
	peek(p, &t);
	if (!array && (is_punct(&t, "[") || is_punct(&t, "{"))) {
		parse_fail(p, "%s", msg);
		return (-1);
	}
	return (PATTERN_REST);
}

/* After a pattern's rest element: no default, and its closing bracket. */
int
pattern_rest_last(struct parser *p, int array)
{
	struct token	 t;

	peek(p, &t);
	if (is_punct(&t, "=")) {
		/* [...a = 1]: a rest element takes no default. */
		parse_fail(p, "Invalid destructuring assignment target");
		return (-1);
	}
	return (rest_last(p, array ? "]" : "}", "Rest element must be last "
	    "element"));
}

/* After a rest element: the bracket that closes its pattern, or V8's error (msg for a ','). */
static int
rest_last(struct parser *p, const char *close, const char *msg)
{
	struct token	 t;

	peek(p, &t);
	if (is_punct(&t, close))
		return (0);
	if (is_punct(&t, ","))
		parse_fail(p, "%s", msg);
	else
		unexpected(p, &t);
	return (-1);
}

/*
 * After a name in an arrow's parameters, a '.' or '[' next: whether the
 * member it starts is given a default, (a.b = 1), which V8 calls a
 * property, not a target.
 */
static int
member_assigned(struct parser *p)
{
	struct token	 t;
	size_t		 save = p->pos;
	int		 r, failed = p->failed;

	for (;;) {
		peek(p, &t);
		p->pos = t.end;
		if (is_punct(&t, "[") || is_punct(&t, "(")) {
			if (skip_balanced(p, t.punct, t.punct[0] == '[' ? "]" :
			    ")") == -1)
				break;
		} else if (is_punct(&t, ".")) {
			peek(p, &t);
			p->pos = t.end;
		} else
			break;
	}
	r = is_punct(&t, "=");
	p->pos = save;
	p->failed = failed;
	return (r);
}

/*
 * Whether the name t may be bound in strict mode code (when the body is
 * strict): not eval or arguments (in a pattern, but for a shorthand, V8
 * calls that an invalid target), nor a word strict mode reserves.
 */
static int
strict_name(struct parser *p, const struct token *t, int nested)
{
	if (!p->body.strict)
		return (0);
	if (eval_or_arguments(p, t->start, t->end - t->start))
		parse_fail(p, nested ? "Invalid destructuring assignment "
		    "target" : "Unexpected eval or arguments in strict mode");
	else if (word_in(strict_reserved, STRICT_RESERVED, p->s + t->start,
	    t->end - t->start))
		parse_fail(p, "Unexpected strict mode reserved word");
	else
		return (0);
	return (-1);
}

/*
 * After the body of a function its own 'use strict' made strict mode
 * code: its name (name, if any) and its parameters, which were read as
 * sloppy mode reads them, as V8 checks them then.
 */
static int
strict_params(struct parser *p, const struct token *name)
{
	struct token	 t;
	size_t		 i;

	if (name != NULL && strict_name(p, name, 0) == -1)
		return (-1);
	memset(&t, 0, sizeof t);
	for (i = p->body.names; i < p->nnames; i++) {
		if (p->names[i].kind != DECL_PARAM)
			continue;
		t.start = p->names[i].start;
		t.end = t.start + p->names[i].len;
		if (strict_name(p, &t, 0) == -1)
			return (-1);
	}
	if (p->body.dup) {
		parse_fail(p, "Duplicate parameter name not allowed in this "
		    "context");
		return (-1);
	}
	return (0);
}

/*
 * After the body (r: -1 if it failed) of a function whose own 'use strict'
 * made it strict mode code (outer: the code around it): its name and its
 * parameters' errors (strict_params) come before the body's in the text,
 * and V8 keeps the error that comes first.
 */
static int
strict_params_after(struct parser *p, const struct body *outer,
    const struct token *name, int r)
{
	int	 failed = p->failed;

	if (!p->body.strict || outer->strict)
		return (r);
	p->failed = 0;
	if (strict_params(p, name) == -1)
		return (-1);
	p->failed = failed;
	return (r);
}

/* In an arrow's parameters, what is no binding (a method, a getter): V8's text. */
static int
no_binding_target(struct parser *p)
{
	parse_fail(p, "Invalid destructuring assignment target");
	return (-1);
}

/*
 * A binding that kind declares: a name, or an array or object pattern of
 * them.  In an arrow's parameters (how BIND_ARROW, BIND_ARROW_NESTED in
 * their patterns), which V8 first read as an expression, and in a pattern
 * (BIND_NESTED), anything else is an invalid destructuring target.
 */
static int
parse_binding(struct parser *p, enum decl_kind kind, int how)
{
	struct token	 t, next;
	struct value	 key;
	int		 shorthand, computed, array, next_is;
	int		 in_arrow;

	in_arrow = how == BIND_ARROW || how == BIND_ARROW_NESTED;
	peek(p, &t);
	if (t.type == TOK_IDENT && p->s[t.start] != '#' &&
	    !reserved_word(p->s + t.start, t.end - t.start)) {
		shorthand = p->shorthand;
		p->shorthand = 0;
		if (strict_name(p, &t, (how == BIND_NESTED ||
		    how == BIND_ARROW_NESTED) && !shorthand) == -1)
			return (-1);
		if (kind == DECL_LEXICAL && is_word(p, &t, "let")) {
			parse_fail(p, "let is disallowed as a lexically bound "
			    "name");
			return (-1);
		}
		/* The words of an async function and of a generator. */
		if ((p->body.async || p->body.static_block) &&
		    is_word(p, &t, "await")) {
			parse_fail(p, "Unexpected reserved word");
			return (-1);
		}
		if (p->body.generator && is_word(p, &t, "yield")) {
			unexpected(p, &t);
			return (-1);
		}
		p->pos = t.end;
		peek(p, &next);
		if ((is_punct(&next, ".") || is_punct(&next, "[")) &&
		    how != BIND_PLAIN) {
			/* var [a.b] = c: a pattern may assign that, not declare it. */
			parse_fail(p, how != BIND_ARROW || member_assigned(p) ?
			    "Illegal property in declaration context" :
			    "Invalid destructuring assignment target");
			return (-1);
		}
		return (declare(p, &t, kind));
	}
	if (!is_punct(&t, "[") && !is_punct(&t, "{")) {
		/* What cannot start an expression is unexpected there too. */
		if (how != BIND_PLAIN && t.type != TOK_END &&
		    t.type != TOK_INVALID &&
		    (t.type != TOK_PUNCT || strchr(",)]};:=", t.punct[0]) ==
		    NULL))
			parse_fail(p, "Invalid destructuring assignment target");
		else
			unexpected(p, &t);
		return (-1);
	}
	p->pos = t.end;
	array = is_punct(&t, "[");
	for (;;) {
		if ((next_is = pattern_next(p, array, "`...` must be followed "
		    "by an identifier in declaration contexts")) <= PATTERN_END)
			return (next_is);
		peek(p, &t);
		if (next_is == PATTERN_REST) {
			if (parse_binding(p, kind, in_arrow ?
			    BIND_ARROW_NESTED : BIND_NESTED) == -1 ||
			    pattern_rest_last(p, array) == -1)
				return (-1);
			continue;
		}
		if (!array) {
			/* key: binding, or a name that binds itself. */
			if (is_punct(&t, "*"))
				return (no_binding_target(p));
			if (parse_key(p, &key, &shorthand, &computed) == -1)
				return (-1);
			value_free(&key);
			peek(p, &next);
			if ((is_punct(&next, "(") || next.type == TOK_IDENT ||
			    next.type == TOK_STRING || next.type == TOK_NUMBER ||
			    is_punct(&next, "[")) && (shorthand && !computed ?
			    !is_punct(&next, "=") && !is_punct(&next, ",") &&
			    !is_punct(&next, "}") : !is_punct(&next, ":")))
				return (no_binding_target(p)); /* {m() {}} */
			if (shorthand && !computed) {
				p->pos = t.start;
				p->shorthand = 1;
			} else if (expect(p, ":") == -1)
				return (-1);
		}
		if (parse_binding_element(p, kind, in_arrow ?
		    BIND_ARROW_NESTED : BIND_NESTED) == -1)
			return (-1);
		peek(p, &t);
		if (is_punct(&t, ","))
			p->pos = t.end;
		else if (!is_punct(&t, array ? "]" : "}")) {
			unexpected(p, &t);
			return (-1);
		}
	}
}

/*
 * A function's parameters after its '(', up to and with the ')'.  A name
 * may be given twice only in a function's simple parameter list.
 */
static int
parse_params(struct parser *p, int arrow)
{
	struct token	 t;
	int		 simple = 1;

	p->dup = 0;
	for (;;) {
		peek(p, &t);
		if (is_punct(&t, ")")) {
			p->pos = t.end;
			break;
		}
		if (is_punct(&t, "...")) {
			p->pos = t.end;
			simple = 0;
			if (parse_binding(p, DECL_PARAM, arrow ? BIND_ARROW :
			    BIND_PLAIN) == -1)
				return (-1);
			peek(p, &t);
			if (is_punct(&t, "=")) {
				parse_fail(p, "Rest parameter may not have a "
				    "default initializer");
				return (-1);
			}
			if (rest_last(p, ")", "Rest parameter must be last "
			    "formal parameter") == -1)
				return (-1);
			continue;
		}
		simple = simple && t.type == TOK_IDENT;
		if (parse_binding(p, DECL_PARAM, arrow ? BIND_ARROW :
		    BIND_PLAIN) == -1)
			return (-1);
		peek(p, &t);
		if (is_punct(&t, "=")) {
			simple = 0;
			p->pos = t.end;
			if (check_expr(p, 0) == -1)
				return (-1);
			peek(p, &t);
		}
		if (is_punct(&t, ","))
			p->pos = t.end;
		else if (!is_punct(&t, ")")) {
			if (arrow)
				parse_fail(p, "Invalid destructuring assignment "
				    "target");
			else
				unexpected(p, &t);
			return (-1);
		}
	}
	p->simple_params = simple;
	p->body.dup = p->dup;
	if (p->dup && (arrow || !simple || p->body.strict)) {
		parse_fail(p, "Duplicate parameter name not allowed in this "
		    "context");
		return (-1);
	}
	return (0);
}

/* Statements up to the '}' that closes the block just opened, and that '}'. */
static int
parse_statements(struct parser *p)
{
	struct token	 t;

	for (;;) {
		peek(p, &t);
		if (is_punct(&t, "}")) {
			p->pos = t.end;
			return (0);
		}
		if (parse_statement(p, STMT_LIST) == -1)
			return (-1);
	}
}

/* A block statement after its '{': a block of names of its own. */
static int
parse_block(struct parser *p)
{
	int	 r;

	p->body.block++;
	r = parse_statements(p);
	close_block(p);
	return (r);
}

/* The '{' of a block, then the block (try, catch, finally). */
static int
expect_block(struct parser *p)
{
	if (expect(p, "{") == -1)
		return (-1);
	return (parse_block(p));
}

/* The end of a statement: ';', or where V8 inserts one (a line break, a '}'). */
static int
end_statement(struct parser *p)
{
	struct token	 t;

	peek(p, &t);
	if (is_punct(&t, ";")) {
		p->pos = t.end;
		return (0);
	}
	if (is_punct(&t, "}") || newline_before(p, &t))
		return (0);
	unexpected(p, &t);
	return (-1);
}

/* "( expression )" of if, while, switch and with. */
static int
parse_condition(struct parser *p)
{
	if (expect(p, "(") == -1 || check_expr(p, 1) == -1)
		return (-1);
	return (expect(p, ")"));
}

/* A loop's body: the statement break and continue may leave. */
static int
parse_loop_body(struct parser *p)
{
	int	 r;

	p->body.loops++;
	p->body.breakable++;
	r = parse_statement(p, STMT_SINGLE);
	p->body.loops--;
	p->body.breakable--;
	return (r);
}

/* After "if": its condition, its statement and an else's. */
static int
parse_if(struct parser *p)
{
	struct token	 t;

	if (parse_condition(p) == -1)
		return (-1);
	if (parse_statement(p, STMT_IF) == -1)
		return (-1);
	peek(p, &t);
	if (!is_word(p, &t, "else"))
		return (0);
	p->pos = t.end;
	return (parse_statement(p, STMT_IF));
}

/* After "do": its body, then while and its condition; a ';' may follow, or need not. */
static int
parse_do(struct parser *p)
{
	struct token	 t;

	if (parse_loop_body(p) == -1)
		return (-1);
	peek(p, &t);
	if (!is_word(p, &t, "while")) {
		unexpected(p, &t);
		return (-1);
	}
	p->pos = t.end;
	if (parse_condition(p) == -1)
		return (-1);
	peek(p, &t);
	if (is_punct(&t, ";"))
		p->pos = t.end;
	return (0);
}

/* Whether t starts a let declaration in a list (let as a name is an expression). */
static int
let_declares(struct parser *p, const struct token *t)
{
	struct token	 next;
	size_t		 save = p->pos;

	if (!is_word(p, t, "let"))
		return (0);
	p->pos = t->end;
	peek(p, &next);
	p->pos = save;
	return ((next.type == TOK_IDENT && !is_word(p, &next, "in") &&
	    !is_word(p, &next, "instanceof")) || is_punct(&next, "[") ||
	    is_punct(&next, "{"));
}

/*
 * Whether let at t starts what V8 takes for a declaration where none may
 * stand (a statement's body): let [ always; let { or let and a plain
 * name on its line.  The words V8 scans as tokens of their own (let,
 * yield, await, async, static, get, set, the strict mode reserved words)
 * are no plain names: let is then a name, and V8 fails at that word.
 */
static int
let_in_single(struct parser *p, const struct token *t)
{
	static const char *const words[] = {
		"let", "yield", "await", "async", "static", "get", "set",
		"implements", "interface", "package", "private", "protected",
		"public",
	};
	struct token	 next;
	size_t		 save = p->pos;
	int		 r;

	if (!is_word(p, t, "let"))
		return (0);
	p->pos = t->end;
	peek(p, &next);
	r = is_punct(&next, "[") || (!newline_before(p, &next) &&
	    (is_punct(&next, "{") || (next.type == TOK_IDENT &&
	    p->s[next.start] != '#' && !reserved_word(p->s + next.start,
	    next.end - next.start) && !word_in(words, sizeof words /
	    sizeof words[0], p->s + next.start, next.end - next.start))));
	p->pos = save;
	return (r);
}

/*
 * The declarators of var, let or const after the first (whose binding
 * was a pattern, pattern, and had an initializer, init): each needs the
 * initializer that const and a pattern need.
 */
static int
parse_declarators(struct parser *p, enum decl_kind kind, int is_const,
    int pattern, int init)
{
	struct token	 t;

	for (;;) {
		if (!init && (is_const || pattern)) {
			parse_fail(p, "Missing initializer in %s declaration",
			    pattern ? "destructuring" : "const");
			return (-1);
		}
		peek(p, &t);
		if (!is_punct(&t, ","))
			return (0);
		p->pos = t.end;
		peek(p, &t);
		pattern = t.type != TOK_IDENT;
		if (parse_binding(p, kind, BIND_PLAIN) == -1)
			return (-1);
		peek(p, &t);
		if ((init = is_punct(&t, "="))) {
			p->pos = t.end;
			if (check_expr(p, 0) == -1)
				return (-1);
		}
	}
}

/*
 * An expression (comma: or several) that in a for loop's head (head)
 * takes no in operator outside brackets: x in o there ends it.
 */
static int
head_expr(struct parser *p, int head, int comma)
{
	int	 no_in = p->no_in, r;

	if (head)
		p->no_in = p->depth + 1;
	r = check_expr(p, comma);
	p->no_in = no_in;
	return (r);
}

/*
 * var, let or const (t, consumed): the first declarator, then in a for
 * loop's head (head) in or of may follow it instead of the others; *each
 * says whether one did.
 */
static int
parse_declaration(struct parser *p, const struct token *t, int head,
    int *each)
{
	struct token	 next;
	enum decl_kind	 kind = is_word(p, t, "var") ? DECL_VAR : DECL_LEXICAL;
	int		 pattern, init, of;

	*each = 0;
	peek(p, &next);
	pattern = next.type != TOK_IDENT;
	if (parse_binding(p, kind, BIND_PLAIN) == -1)
		return (-1);
	peek(p, &next);
	if ((init = is_punct(&next, "="))) {
		p->pos = next.end;
		if (head_expr(p, head, 0) == -1)
			return (-1);
		peek(p, &next);
	}
	if (head && (is_word(p, &next, "of") || is_word(p, &next, "in"))) {
		of = is_word(p, &next, "of");
		if (init && (of || kind == DECL_LEXICAL || pattern ||
		    p->body.strict)) {
			parse_fail(p, "for-%s loop variable declaration may not "
			    "have an initializer.", of ? "of" : "in");
			return (-1);
		}
		*each = 1;
		return (0);
	}
	return (parse_declarators(p, kind, is_word(p, t, "const"), pattern,
	    init));
}

/*
 * What a for loop's head starts with (t) when it is no declaration: the
 * target of in or of (*each set), or the first of its expressions.  The
 * target can be assigned to, or is a pattern; of takes neither let nor
 * async as it.
 */
static int
for_target(struct parser *p, const struct token *t, int *each)
{
	struct token	 next;
	size_t		 end;
	int		 ref, pattern, closed;

	p->pattern = 0;
	if (head_expr(p, 1, 0) == -1)
		return (-1);
	ref = p->ref && p->closed != p->pos + 1;
	pattern = p->pattern == t->start + 1;
	closed = p->closed == p->pos + 1;
	end = p->pos;
	peek(p, &next);
	if (is_punct(&next, ",")) {
		/* The first expressions of (init; test; update). */
		p->pos = next.end;
		if (head_expr(p, 1, 1) == -1)
			return (-1);
		peek(p, &next);
		ref = pattern = 0;
	}
	if (!is_word(p, &next, "of") && !is_word(p, &next, "in"))
		return (0);
	*each = 1;
	if (is_word(p, &next, "of") && is_word(p, t, "let")) {
		parse_fail(p, "The left-hand side of a for-of loop may not "
		    "start with 'let'.");
		return (-1);
	}
	if (is_word(p, &next, "of") && is_word(p, t, "async") &&
	    end == t->end) {
		parse_fail(p, "The left-hand side of a for-of loop may not be "
		    "'async'.");
		return (-1);
	}
	if (pattern)
		return (check_pattern(p, t->start, end));
	if (ref && p->body.strict && p->target.kind == TARGET_NAME &&
	    eval_or_arguments(p, p->target.start, p->target.len)) {
		parse_fail(p, "Unexpected eval or arguments in strict mode");
		return (-1);
	}
	if (!ref || closed) {
		parse_fail(p, "Invalid left-hand side in for-loop");
		return (-1);
	}
	return (0);
}

/*
 * After "for" (and await): its head, (init; test; update) or (x in/of y),
 * and its body.
 */
static int
parse_for(struct parser *p)
{
	struct token	 t;
	int		 each = 0, r = -1;

	peek(p, &t);
	if (is_word(p, &t, "await") && p->body.async)
		p->pos = t.end;		/* for await (x of y) */
	if (expect(p, "(") == -1)
		return (-1);
	p->body.block++;
	peek(p, &t);
	if (is_word(p, &t, "var") || is_word(p, &t, "const") ||
	    let_declares(p, &t)) {
		p->pos = t.end;
		if (parse_declaration(p, &t, 1, &each) == -1)
			goto out;
	} else if (!is_punct(&t, ";")) {
		if (for_target(p, &t, &each) == -1)
			goto out;
	}
	if (each) {
		peek(p, &t);
		p->pos = t.end;
		if ((is_word(p, &t, "of") ? check_expr(p, 0) :
		    check_expr(p, 1)) == -1 || expect(p, ")") == -1)
			goto out;
	} else {
		if (expect(p, ";") == -1)
			goto out;
		peek(p, &t);
		if (!is_punct(&t, ";") && check_expr(p, 1) == -1)
			goto out;
		if (expect(p, ";") == -1)
			goto out;
		peek(p, &t);
		if (!is_punct(&t, ")") && check_expr(p, 1) == -1)
			goto out;
		if (expect(p, ")") == -1)
			goto out;
	}
	r = parse_loop_body(p);
out:
	close_block(p);
	return (r);
}

/* After "catch": its binding if it has one, and its block, whose names the binding's are. */
static int
parse_catch(struct parser *p)
{
	struct token	 t;

	peek(p, &t);
	if (is_punct(&t, "(")) {
		p->pos = t.end;
		peek(p, &t);
		if (parse_binding(p, t.type == TOK_IDENT ? DECL_CATCH :
		    DECL_LEXICAL, BIND_PLAIN) == -1 || expect(p, ")") == -1)
			return (-1);
	}
	if (expect(p, "{") == -1)
		return (-1);
	return (parse_statements(p));
}

/* After "try": its block, a catch with its binding if it has one, a finally. */
static int
parse_try(struct parser *p)
{
	struct token	 t;
	int		 clauses = 0, r;

	if (expect_block(p) == -1)
		return (-1);
	peek(p, &t);
	if (is_word(p, &t, "catch")) {
		clauses++;
		p->pos = t.end;
		p->body.block++;
		r = parse_catch(p);
		close_block(p);
		if (r == -1)
			return (-1);
		peek(p, &t);
	}
	if (is_word(p, &t, "finally")) {
		clauses++;
		p->pos = t.end;
		if (expect_block(p) == -1)
			return (-1);
	}
	if (clauses == 0) {
		parse_fail(p, "Missing catch or finally after try");
		return (-1);
	}
	return (0);
}

/* After "switch": its discriminant, its case and default clauses. */
static int
parse_switch(struct parser *p)
{
	struct token	 t;
	int		 defaults = 0, clause = 0, r = -1;

	if (parse_condition(p) == -1 || expect(p, "{") == -1)
		return (-1);
	p->body.block++;
	p->body.breakable++;
	for (;;) {
		peek(p, &t);
		if (is_punct(&t, "}")) {
			p->pos = t.end;
			r = 0;
			break;
		}
		if (is_word(p, &t, "default") && defaults++ > 0) {
			parse_fail(p, "More than one default clause in switch "
			    "statement");
			break;
		}
		if (is_word(p, &t, "case")) {
			p->pos = t.end;
			if (check_expr(p, 1) == -1)
				break;
		} else if (is_word(p, &t, "default"))
			p->pos = t.end;
		else if (!clause) {
			/* Statements belong to a clause. */
			unexpected(p, &t);
			break;
		} else if (parse_statement(p, STMT_LIST) == -1)
			break;
		else
			continue;
		clause = 1;
		if (expect(p, ":") == -1)
			break;
	}
	p->body.breakable--;
	close_block(p);
	return (r);
}

/* After break or continue (t): the label it names if any, where it may stand. */
static int
parse_jump(struct parser *p, const struct token *t)
{
	struct token	 label;
	size_t		 i, n;
	int		 brk = is_word(p, t, "break");

	peek(p, &label);
	if (label.type != TOK_IDENT || newline_before(p, &label) ||
	    reserved_word(p->s + label.start, label.end - label.start)) {
		/* Without a label, V8 ends the statement first. */
		if (end_statement(p) == -1)
			return (-1);
		if (brk ? p->body.breakable == 0 : p->body.loops == 0) {
			parse_fail(p, brk ? "Illegal break statement" :
			    "Illegal continue statement: no surrounding "
			    "iteration statement");
			return (-1);
		}
		return (0);
	}
	n = label.end - label.start;
	p->pos = label.end;
	for (i = p->nlabels; i > p->body.labels; i--) {
		if (p->labels[i - 1].len == n && memcmp(p->s +
		    p->labels[i - 1].start, p->s + label.start, n) == 0)
			break;
	}
	if (i == p->body.labels) {
		parse_fail(p, "Undefined label '%.*s'", (int)n,
		    p->s + label.start);
		return (-1);
	}
	if (!brk && !p->labels[i - 1].loop) {
		parse_fail(p, "Illegal continue statement: '%.*s' does not "
		    "denote an iteration statement", (int)n, p->s + label.start);
		return (-1);
	}
	return (end_statement(p));
}

/* A label (t, then ':') and the statement it labels, the label standing where. */
static int
parse_labelled(struct parser *p, const struct token *t, enum stmt_where where)
{
	struct token	 next, colon;
	size_t		 i, n = t->end - t->start;
	int		 r;

	if (p->body.strict && word_in(strict_reserved, STRICT_RESERVED,
	    p->s + t->start, n)) {
		parse_fail(p, "Unexpected strict mode reserved word");
		return (-1);
	}
	if (p->body.static_block && is_word(p, t, "await")) {
		parse_fail(p, "Unexpected reserved word");
		return (-1);
	}
	for (i = p->body.labels; i < p->nlabels; i++) {
		if (p->labels[i].len == n && memcmp(p->s + p->labels[i].start,
		    p->s + t->start, n) == 0) {
			parse_fail(p, "Label '%.*s' has already been declared",
			    (int)n, p->s + t->start);
			return (-1);
		}
	}
	/* Past the ':', and past the labels that label the same statement. */
	p->pos = t->end;
	do {
		peek(p, &next);
		p->pos = next.end;
		peek(p, &next);
		p->pos = next.end;
		peek(p, &colon);
	} while (next.type == TOK_IDENT && is_punct(&colon, ":"));
	p->pos = t->end;
	peek(p, &colon);
	p->pos = colon.end;
	p->labels = reallocarray(p->labels, p->nlabels + 1, sizeof *p->labels);
	if (p->labels == NULL)
		fatal("reallocarray");
	p->labels[p->nlabels].start = t->start;
	p->labels[p->nlabels].len = n;
	p->labels[p->nlabels++].loop = is_word(p, &next, "for") ||
	    is_word(p, &next, "while") || is_word(p, &next, "do");
	r = parse_statement(p, where == STMT_LIST || where == STMT_LABELLED ?
	    STMT_LABELLED : STMT_SINGLE);
	p->nlabels--;
	return (r);
}

/*
 * After "function" in a statement: a declaration, which needs its name;
 * as if's body (scoped), in a block of its own.
 */
static int
parse_function_declaration(struct parser *p, int scoped)
{
	struct token	 t;
	size_t		 save = p->pos;
	int		 r;

	peek(p, &t);
	if (is_punct(&t, "*")) {
		p->pos = t.end;
		peek(p, &t);
	}
	p->pos = save;
	if (is_punct(&t, "(")) {
		parse_fail(p, "Function statements require a function name");
		return (-1);
	}
	if (t.type != TOK_IDENT) {
		unexpected(p, &t);
		return (-1);
	}
	p->body.block += scoped;
	r = declare(p, &t, p->body.block == 0 ? DECL_VAR : DECL_FUNCTION) == -1 ?
	    -1 : parse_function(p, 0);
	if (scoped)
		close_block(p);
	return (r);
}

/* An expression statement: what it says, or V8's word on a lone await. */
static int
parse_expression_statement(struct parser *p, const struct token *t)
{
	struct token	 next;

	if (check_expr(p, 1) == -1)
		return (-1);
	peek(p, &next);
	if (is_word(p, t, "await") && p->pos == t->end &&
	    !is_punct(&next, ";") && !is_punct(&next, "}") &&
	    !newline_before(p, &next)) {
		parse_fail(p, "await is only valid in async functions and the "
		    "top level bodies of modules");
		return (-1);
	}
	return (end_statement(p));
}

/*
 * What V8 says of a declaration where only a statement may stand (where):
 * 1 when t starts one, the SyntaxError recorded.
 */
static int
single_declaration(struct parser *p, const struct token *t,
    const struct token *next, enum stmt_where where)
{
	struct token	 star;
	size_t		 save = p->pos;

	if (is_word(p, t, "const") || is_word(p, t, "class")) {
		unexpected(p, t);
		return (1);
	}
	if (let_in_single(p, t)) {
		parse_fail(p, "Lexical declaration cannot appear in a "
		    "single-statement context");
		return (1);
	}
	if (is_word(p, t, "async") && is_word(p, next, "function") &&
	    !newline_before(p, next)) {
		p->pos = next->end;
		parse_fail(p, "Async functions can only be declared at the top "
		    "level or inside a block.");
		return (1);
	}
	if (!is_word(p, t, "function"))
		return (0);
	p->pos = t->end;
	peek(p, &star);
	p->pos = save;
	if (where == STMT_SINGLE || p->body.strict) {
		parse_fail(p, p->body.strict ? "In strict mode code, functions "
		    "can only be declared at top level or inside a block." :
		    "In non-strict mode code, functions can only be declared "
		    "at top level, inside a block, or as the body of an if "
		    "statement.");
		return (1);
	}
	if (is_punct(&star, "*")) {
		parse_fail(p, "Generators can only be declared at the top level "
		    "or inside a block.");
		return (1);
	}
	return (0);
}

/*
 * One statement of a function's body, for its syntax, standing where: a
 * declaration may stand only in a list.
 */
static int
parse_statement(struct parser *p, enum stmt_where where)
{
	struct token	 t, next;
	int		 each, r;

	peek(p, &t);
	if (++p->depth >= VALUE_MAX_DEPTH) {
		parse_fail(p, "Maximum nesting depth exceeded");
		p->depth--;
		return (-1);
	}
	if (t.type == TOK_IDENT) {
		p->pos = t.end;
		peek(p, &next);
		p->pos = t.start;
	}
	if (is_punct(&t, ";")) {
		p->pos = t.end;
		r = 0;
	} else if (is_punct(&t, "{")) {
		p->pos = t.end;
		r = parse_block(p);
	} else if (t.type != TOK_IDENT)
		r = parse_expression_statement(p, &t);
	else if (where != STMT_LIST && single_declaration(p, &t, &next,
	    where)) {
		r = -1;
	} else if (is_word(p, &t, "var") || (where == STMT_LIST &&
	    (is_word(p, &t, "const") || let_declares(p, &t)))) {
		p->pos = t.end;
		r = parse_declaration(p, &t, 0, &each) == -1 ? -1 :
		    end_statement(p);
	} else if (is_word(p, &t, "if")) {
		p->pos = t.end;
		r = parse_if(p);
	} else if (is_word(p, &t, "for")) {
		p->pos = t.end;
		r = parse_for(p);
	} else if (is_word(p, &t, "with") && p->body.strict) {
		parse_fail(p, "Strict mode code may not include a with "
		    "statement");
		r = -1;
	} else if (is_word(p, &t, "while") || is_word(p, &t, "with")) {
		p->pos = t.end;
		if ((r = parse_condition(p)) == 0) {
			r = is_word(p, &t, "with") ? parse_statement(p,
			    STMT_SINGLE) : parse_loop_body(p);
		}
	} else if (is_word(p, &t, "do")) {
		p->pos = t.end;
		r = parse_do(p);
	} else if (is_word(p, &t, "return") && p->body.static_block) {
		parse_fail(p, "Illegal return statement");
		r = -1;
	} else if (is_word(p, &t, "return")) {
		p->pos = t.end;
		peek(p, &next);
		r = !is_punct(&next, ";") && !is_punct(&next, "}") &&
		    !newline_before(p, &next) && check_expr(p, 1) == -1 ? -1 :
		    end_statement(p);
	} else if (is_word(p, &t, "break") || is_word(p, &t, "continue")) {
		p->pos = t.end;
		r = parse_jump(p, &t);
	} else if (is_word(p, &t, "throw")) {
		p->pos = t.end;
		peek(p, &next);
		if (newline_before(p, &next)) {
			parse_fail(p, "Illegal newline after throw");
			r = -1;
		} else
			r = check_expr(p, 1) == -1 ? -1 : end_statement(p);
	} else if (is_word(p, &t, "try")) {
		p->pos = t.end;
		r = parse_try(p);
	} else if (is_word(p, &t, "switch")) {
		p->pos = t.end;
		r = parse_switch(p);
	} else if (is_word(p, &t, "function")) {
		p->pos = t.end;
		r = parse_function_declaration(p, where == STMT_IF);
	} else if (is_word(p, &t, "async") && is_word(p, &next, "function") &&
	    !newline_before(p, &next)) {
		p->pos = next.end;
		p->async_next = 1;
		r = parse_function_declaration(p, 0);
	} else if (is_word(p, &t, "class")) {
		p->pos = t.end;
		r = parse_class(p, 1);
	} else if (is_word(p, &t, "import") && !is_punct(&next, "(")) {
		parse_fail(p, is_punct(&next, ".") ? "Cannot use 'import.meta' "
		    "outside a module" : "Cannot use import statement outside "
		    "a module");
		r = -1;
	} else if (is_word(p, &t, "debugger")) {
		p->pos = t.end;
		r = end_statement(p);
	} else if (is_punct(&next, ":") &&
	    !reserved_word(p->s + t.start, t.end - t.start)) {
		r = parse_labelled(p, &t, where);
	} else
		r = parse_expression_statement(p, &t);
	p->depth--;
	return (r);
}

/*
 * At the end of a strict mode function's body (failed: after a
 * SyntaxError), what V8 says of the last legacy octal number or escape
 * in it: V8 checks them then, and its text wins over an error found after
 * it (V8 keeps the error that comes first in the text).
 */
static int
octal_failed(struct parser *p, int failed)
{
	static const char *const msgs[] = {
		NULL,
		"Octal literals are not allowed in strict mode.",
		"Decimals with leading zeros are not allowed in strict mode.",
		"Octal escape sequences are not allowed in strict mode.",
		"\\8 and \\9 are not allowed in strict mode.",
	};

	if (!p->body.strict || p->body.octal == 0 || (failed &&
	    p->body.octal_end >= p->fail_at))
		return (failed ? -1 : 0);
	if (failed)
		snprintf(p->msg, p->msgsize, "%s", msgs[p->body.octal]);
	else
		parse_fail(p, "%s", msgs[p->body.octal]);
	return (-1);
}

/*
 * Before a function's statements: its directives, strings that are whole
 * statements.  A 'use strict' among them makes the body strict mode code,
 * which V8 refuses after parameters that are not simple, and after a
 * directive with an octal escape.
 */
static int
directives(struct parser *p)
{
	struct token	 t, next;
	struct value	 v;
	size_t		 save = p->pos, first = 0, n = 0;
	int		 strict = 0, r = 0;

	for (;;) {
		peek(p, &t);
		if (t.type != TOK_STRING || p->s[t.start] == '`')
			break;
		p->pos = t.end;
		peek(p, &next);
		if (!is_punct(&next, ";") && !is_punct(&next, "}") &&
		    !(newline_before(p, &next) && (next.type == TOK_IDENT ||
		    next.type == TOK_STRING || is_punct(&next, "{"))))
			break;		/* 'use strict' + 1: an expression */
		if (t.end - t.start == 12 && memcmp(p->s + t.start + 1,
		    "use strict", 10) == 0)
			strict = 1;
		else if (!strict && n++ == 0)
			first = t.start;
		if (is_punct(&next, ";"))
			p->pos = next.end;
	}
	if (strict && !p->simple_params) {
		parse_fail(p, "Illegal 'use strict' directive in function with "
		    "non-simple parameter list");
		r = -1;
	} else if (strict && n > 0) {
		/* The directives before it, read again in strict mode. */
		p->body.strict = 1;
		for (p->pos = first; r == 0 && n-- > 0; ) {
			peek(p, &t);
			p->pos = t.end;
			if ((r = parse_string(p, &t, &v)) == 0)
				value_free(&v);
			peek(p, &t);
			if (is_punct(&t, ";"))
				p->pos = t.end;
		}
		if (r == 0 && p->body.octal != 0)
			r = octal_failed(p, 0);
	}
	p->body.strict |= strict;
	p->pos = save;
	return (r);
}

/*
 * Enter a function's body (arrow: an arrow function's, which keeps what
 * new.target and super mean around it): its own labels, loops and names.
 * Returns what leave_function restores.
 */
static struct body
enter_function(struct parser *p, int arrow, int generator, int method)
{
	struct body	 outer = p->body;

	memset(&p->body, 0, sizeof p->body);
	p->body.async = p->async_next;
	p->async_next = 0;
	p->body.generator = generator;
	p->body.strict = outer.strict;
	p->body.plain = arrow ? outer.plain : 1;
	p->body.super_call = arrow ? outer.super_call : p->super_call_next;
	p->super_call_next = 0;
	p->body.no_arguments = arrow ? outer.no_arguments : 0;
	p->body.method = arrow ? outer.method : method;
	p->body.labels = p->nlabels;
	p->body.names = p->nnames;
	p->skip++;
	p->body.arrow = arrow;
	return (outer);
}

/* Leave a function's body for the one around it. */
static void
leave_function(struct parser *p, const struct body *outer)
{
	p->skip--;
	p->nlabels = p->body.labels;
	p->nnames = p->body.names;
	p->body = *outer;
}

/*
 * A function after "function" (method: a method, after its name): '*',
 * its name, its parameters and its body, parsed for their syntax (the
 * function is never called: the clone refuses it).
 */
int
parse_function(struct parser *p, int method)
{
	struct token	 t, name;
	struct body	 outer;
	int		 generator, r;

	peek(p, &t);
	generator = p->generator_next;
	p->generator_next = 0;
	if (is_punct(&t, "*")) {
		generator = 1;
		p->pos = t.end;
		peek(p, &t);
	}
	name = t;
	if (t.type == TOK_IDENT && !method) {
		if (strict_name(p, &t, 0) == -1)
			return (-1);
		p->pos = t.end;
	}
	outer = enter_function(p, 0, generator, method);
	r = expect(p, "(") == -1 || parse_params(p, 0) == -1 ||
	    expect(p, "{") == -1 ? -1 : 0;
	if (r == 0) {
		if ((r = directives(p)) == 0)
			r = octal_failed(p, parse_statements(p) == -1);
		r = strict_params_after(p, &outer, name.type == TOK_IDENT &&
		    !method ? &name : NULL, r);
	}
	leave_function(p, &outer);
	return (r);
}

/* An arrow function's parameters after their '(', alone, for their errors. */
int
arrow_params(struct parser *p)
{
	struct body	 outer;
	int		 r;

	outer = enter_function(p, 1, 0, 0);
	r = parse_params(p, 1);
	leave_function(p, &outer);
	return (r);
}

/*
 * An arrow function from its parameter name, or from just after its '('
 * (name NULL), to the end of its body: a block, or an expression.
 */
int
parse_arrow(struct parser *p, const struct token *name)
{
	struct token	 t;
	struct body	 outer;
	int		 r, no_in, simple;

	outer = enter_function(p, 1, 0, 0);
	if (name != NULL && p->body.async && is_word(p, name, "await")) {
		parse_fail(p, "'await' is not a valid identifier name in an "
		    "async function");
		r = -1;
	} else if (name != NULL) {
		p->pos = name->end;
		p->simple_params = 1;
		r = strict_name(p, name, 0) == -1 ? -1 : declare(p, name,
		    DECL_PARAM);
	} else
		r = parse_params(p, 1);
	if (r == 0 && expect(p, "=>") == 0) {
		peek(p, &t);
		if (is_punct(&t, "{")) {
			p->pos = t.end;
			/* Not simple: V8 refuses its 'use strict' first. */
			simple = p->simple_params;
			if ((r = directives(p)) == 0)
				r = octal_failed(p, parse_statements(p) == -1);
			if (simple)
				r = strict_params_after(p, &outer, NULL, r);
		} else {
			/* for (x => x in o;;): the body takes no in either. */
			no_in = p->no_in;
			if (no_in == p->depth)
				p->no_in = p->depth + 1;
			r = octal_failed(p, check_expr(p, 0) == -1);
			p->no_in = no_in;
		}
	} else
		r = -1;
	leave_function(p, &outer);
	/* No operator applies to it: () => {}() is no call. */
	p->closed = p->pos + 1;
	return (r);
}

/* Note a private name the class being parsed uses: it must declare it, or a class around it. */
void
private_use(struct parser *p, const struct token *t)
{
	struct private_name	*u;

	p->uses = reallocarray(p->uses, p->nuses + 1, sizeof *p->uses);
	if (p->uses == NULL)
		fatal("reallocarray");
	u = &p->uses[p->nuses++];
	u->start = t->start;
	u->len = t->end - t->start;
	u->kind = PRIVATE_USE;
	u->is_static = 0;
	u->depth = p->class_depth;
}

/* Declare the private name t (kind, is_static) in the class being parsed: once, or a getter and a setter. */
static int
private_declare(struct parser *p, const struct token *t, int kind,
    int is_static)
{
	struct private_name	*d;
	size_t			 i, n = t->end - t->start;

	for (i = 0; i < p->nprivates; i++) {
		d = &p->privates[i];
		if (d->depth != p->class_depth || d->len != n ||
		    memcmp(p->s + d->start, p->s + t->start, n) != 0)
			continue;
		if (d->is_static == is_static && ((d->kind == PRIVATE_GET &&
		    kind == PRIVATE_SET) || (d->kind == PRIVATE_SET &&
		    kind == PRIVATE_GET))) {
			d->kind = PRIVATE_FIELD;	/* the pair is taken */
			return (0);
		}
		parse_fail(p, "Identifier '%.*s' has already been declared",
		    (int)n, p->s + t->start);
		return (-1);
	}
	p->privates = reallocarray(p->privates, p->nprivates + 1,
	    sizeof *p->privates);
	if (p->privates == NULL)
		fatal("reallocarray");
	d = &p->privates[p->nprivates++];
	d->start = t->start;
	d->len = n;
	d->kind = kind;
	d->is_static = is_static;
	d->depth = p->class_depth;
	return (0);
}

/*
 * At the end of a class's body: the private names it used are its own,
 * or a class's around it; V8 refuses the first that is neither.
 */
static int
private_resolve(struct parser *p)
{
	struct private_name	*u, *d;
	size_t			 i, j, k;

	for (i = k = 0; i < p->nuses; i++) {
		u = &p->uses[i];
		if (u->depth == p->class_depth) {
			for (j = 0; j < p->nprivates; j++) {
				d = &p->privates[j];
				if (d->depth == p->class_depth &&
				    d->len == u->len && memcmp(p->s + d->start,
				    p->s + u->start, u->len) == 0)
					break;
			}
			if (j < p->nprivates)
				continue;
			if (p->class_depth == 1) {
				parse_fail(p, "Private field '%.*s' must be "
				    "declared in an enclosing class",
				    (int)u->len, p->s + u->start);
				return (-1);
			}
			u->depth--;
		}
		p->uses[k++] = *u;
	}
	p->nuses = k;
	return (0);
}

/* Whether key (not computed) is the name s. */
static int
key_is(const struct value *key, const char *s)
{
	return (key->len == strlen(s) && memcmp(key->str, s, key->len) == 0);
}

/* A class's field after its name: its initializer if any, as a method's body (no arguments), and its end. */
static int
class_field(struct parser *p)
{
	struct token	 t;
	struct body	 outer;
	size_t		 octal_end;
	int		 r = 0, octal;

	peek(p, &t);
	if (is_punct(&t, "=")) {
		p->pos = t.end;
		outer = enter_function(p, 0, 0, 1);
		p->body.no_arguments = 1;
		r = check_expr(p, 0);
		octal = p->body.octal;
		octal_end = p->body.octal_end;
		leave_function(p, &outer);
		if (r == -1)
			return (-1);
		if (octal != 0) {
			/* V8 checks it at the end of the function around. */
			p->body.octal = octal;
			p->body.octal_end = octal_end;
		}
	}
	return (end_statement(p));	/* as a statement ends */
}

/* A class's static block after its '{': statements, no arguments, no return. */
static int
static_block(struct parser *p)
{
	struct body	 outer;
	int		 r;

	outer = enter_function(p, 0, 0, 1);
	p->body.no_arguments = 1;
	p->body.static_block = 1;
	r = parse_statements(p);
	leave_function(p, &outer);
	return (r);
}

/*
 * Whether the word at t is a modifier of the element (static, async, get,
 * set): a key follows it, not '(' or what ends a field.
 */
static int
class_modifier(struct parser *p, const struct token *t, const char *w)
{
	struct token	 next;
	size_t		 save = p->pos;
	int		 r;

	if (!is_word(p, t, w))
		return (0);
	p->pos = t->end;
	peek(p, &next);
	p->pos = save;
	r = !is_punct(&next, "(") && !is_punct(&next, "=") &&
	    !is_punct(&next, ";") && !is_punct(&next, "}") &&
	    next.type != TOK_END;
	if (r && w[0] == 'a' && newline_before(p, &next))
		r = 0;		/* async on its own line is a field */
	return (r);
}

/*
 * One element of a class's body: a method (a getter, a setter, async, a
 * generator), a field, a static block; static or not, its key a name, a
 * string, a number, computed or private.  V8's texts for constructors and
 * prototype; derived: the class extends another (its constructor may
 * call super()).
 */
static int
class_element(struct parser *p, int derived, int *ctors)
{
	struct token	 t, name;
	struct value	 key;
	int		 is_static = 0, async = 0, gen = 0, accessor = 0;
	int		 shorthand, computed = 0, private, ctor, r;

	peek(p, &t);
	if (class_modifier(p, &t, "static")) {
		is_static = 1;
		p->pos = t.end;
		peek(p, &t);
		if (is_punct(&t, "{")) {
			p->pos = t.end;
			return (static_block(p));
		}
	}
	if (class_modifier(p, &t, "async")) {
		async = 1;
		p->pos = t.end;
		peek(p, &t);
	}
	if (is_punct(&t, "*")) {
		gen = 1;
		p->pos = t.end;
		peek(p, &t);
	}
	if (!async && !gen && (class_modifier(p, &t, "get") ||
	    class_modifier(p, &t, "set"))) {
		accessor = p->s[t.start] == 'g' ? PRIVATE_GET : PRIVATE_SET;
		p->pos = t.end;
		peek(p, &t);
	}
	name = t;
	if ((private = t.type == TOK_IDENT && p->s[t.start] == '#')) {
		p->pos = t.end;
		value_string(&key, p->s + t.start + 1, t.end - t.start - 1);
	} else if (parse_key(p, &key, &shorthand, &computed) == -1)
		return (-1);
	peek(p, &t);
	ctor = !computed && !is_static && !private && key_is(&key,
	    "constructor");
	r = -1;
	if (!computed && is_static && key_is(&key, "prototype"))
		parse_fail(p, "Classes may not have a static property named "
		    "'prototype'");
	else if (!is_punct(&t, "(")) {
		/* A field: no modifier but static. */
		if (async || gen || accessor)
			unexpected(p, &t);
		else if (is_punct(&t, ":"))
			unexpected(p, &name);	/* { m: 1 } is an object's */
		else if (!computed && key_is(&key, "constructor"))
			parse_fail(p, "Classes may not have a field named "
			    "'constructor'");
		else if ((!private || private_declare(p, &name, PRIVATE_FIELD,
		    is_static) == 0) && class_field(p) == 0)
			r = 0;
	} else if (private && key_is(&key, "constructor"))
		parse_fail(p, "Class constructor may not be a private method");
	else if (ctor && (accessor || gen || async))
		parse_fail(p, "Class constructor may not be %s", accessor ?
		    "an accessor" : gen ? "a generator" : "an async method");
	else if (ctor && (*ctors)++ > 0)
		parse_fail(p, "A class may only have one constructor");
	else if ((!private || private_declare(p, &name, accessor != 0 ?
	    accessor : PRIVATE_FIELD, is_static) == 0) && (accessor == 0 ||
	    accessor_params(p, accessor == PRIVATE_GET) == 0)) {
		p->async_next = async;
		p->generator_next = gen;
		p->super_call_next = ctor && derived;
		r = parse_function(p, 1);
	}
	value_free(&key);
	return (r);
}

/*
 * After "class": its name (a declaration's, which it declares), its
 * heritage and its body, all strict mode code, for their syntax.
 */
int
parse_class(struct parser *p, int declaration)
{
	struct token	 t;
	int		 strict = p->body.strict, derived = 0, ctors = 0, r = -1;

	p->body.strict = 1;
	peek(p, &t);
	if (t.type == TOK_IDENT && !is_word(p, &t, "extends") &&
	    p->s[t.start] != '#' && !reserved_word(p->s + t.start,
	    t.end - t.start)) {
		if (strict_name(p, &t, 0) == -1 || (declaration &&
		    declare(p, &t, DECL_LEXICAL) == -1))
			goto out;
		p->pos = t.end;
		peek(p, &t);
	} else if (declaration) {
		unexpected(p, &t);
		goto out;
	}
	if (is_word(p, &t, "extends")) {
		p->pos = t.end;
		derived = 1;
		if (check_lhs(p) == -1)
			goto out;
	}
	if (expect(p, "{") == -1)
		goto out;
	p->class_depth++;
	for (;;) {
		peek(p, &t);
		if (is_punct(&t, "}")) {
			p->pos = t.end;
			r = private_resolve(p);
			break;
		}
		if (is_punct(&t, ";"))
			p->pos = t.end;
		else if (class_element(p, derived, &ctors) == -1)
			break;
	}
	while (p->nprivates > 0 &&
	    p->privates[p->nprivates - 1].depth == p->class_depth)
		p->nprivates--;
	p->class_depth--;
out:
	p->body.strict = strict;
	return (r);
}
