/*
 * The parser of the argument field's text, shared by its three parts: the
 * tokenizer (lexer.c), the expressions and their values (literal.c) and
 * the syntax of functions' bodies (jssyntax.c).  Internal to them.
 */
#ifndef IPCSIM_PARSER_H
#define IPCSIM_PARSER_H

#include <stddef.h>

#include "literal.h"
#include "value.h"

enum token_type {
	TOK_END,
	TOK_PUNCT,
	TOK_NUMBER,
	TOK_STRING,
	TOK_IDENT,
	TOK_INVALID,
};

struct token {
	enum token_type	 type;
	size_t		 start;
	size_t		 end;		/* offset just past the token */
	char		 punct[5];	/* TOK_PUNCT */
	int		 comment_open;	/* TOK_END in a comment: 1 block, 2 line */
};

/* What an assignment can write to: the reference an expression just parsed names. */
enum target_kind {
	TARGET_NONE,
	TARGET_NAME,		/* a global by name */
	TARGET_CONSTANT,	/* undefined, NaN, Infinity: assigning does nothing */
	TARGET_MEMBER,		/* base[key] */
	TARGET_CALL,		/* f(): V8 throws a ReferenceError when it runs */
};

struct target {
	enum target_kind kind;
	size_t		 start;		/* TARGET_NAME: the name in the text */
	size_t		 len;
	struct value	 base;		/* TARGET_MEMBER: the object */
	struct value	 key;		/* its property key, a string */
	int		 private;	/* TARGET_MEMBER: a #name */
};

/* A global an assignment made (sloppy mode: x = 1 makes one). */
struct binding {
	char		*name;
	size_t		 len;
	struct value	 value;
};

/* What declares a name in a function's body. */
enum decl_kind {
	DECL_VAR,		/* var, a function declaration outside blocks */
	DECL_LEXICAL,		/* let, const, a catch's pattern */
	DECL_FUNCTION,		/* a function declaration in a block */
	DECL_CATCH,		/* a catch's name: var may declare it again */
	DECL_PARAM,		/* a parameter */
};

/* A name a function's body declares: V8 refuses some declared again. */
struct declared {
	size_t		 start;
	size_t		 len;
	int		 block;		/* its block (a var's: the outermost it passed) */
	enum decl_kind	 kind;
};

/* A label of the statements being parsed, which break and continue name. */
struct label {
	size_t		 start;
	size_t		 len;
	int		 loop;		/* it labels a loop: continue may name it */
};

/* A private name a class declares (or uses, kind 0) in its body. */
struct private_name {
	size_t		 start;
	size_t		 len;
	int		 kind;		/* PRIVATE_* */
	int		 is_static;
	int		 depth;		/* the class's, in the classes around it */
};
#define PRIVATE_USE	0
#define PRIVATE_FIELD	1	/* a field or a method */
#define PRIVATE_GET	2
#define PRIVATE_SET	3

/* What the function whose body is being parsed allows, and where it is. */
struct body {
	int		 async;		/* await */
	int		 generator;	/* yield */
	int		 strict;	/* strict mode code */
	int		 dup;		/* a parameter's name came twice */
	int		 octal;		/* the last legacy octal in strict mode: OCTAL_* */
	size_t		 octal_end;	/* where it ends */
	int		 plain;		/* in a function, not only arrows: new.target */
	int		 arrow;		/* an arrow function's */
	int		 method;	/* in an object's method: super */
	int		 super_call;	/* in a derived class's constructor: super() */
	int		 no_arguments;	/* in a class field's initializer, a static block */
	int		 static_block;	/* in a class's static block: no return */
	int		 loops;		/* loops around the statement: continue */
	int		 breakable;	/* those and switch statements: break */
	int		 block;		/* blocks deep */
	size_t		 labels;	/* its labels in the parser's, from here */
	size_t		 names;		/* its names in the parser's, from here */
};

struct parser {
	const char	*s;
	size_t		 len;
	size_t		 pos;
	int		 depth;
	int		 failed;	/* a SyntaxError is in msg */
	size_t		 fail_at;	/* where the text was then */
	int		 skip;		/* evaluating a branch that does not run */
	int		 typeof_name;	/* the operand of typeof comes next */
	int		 ref;		/* what was just parsed can be assigned to */
	int		 thrown;	/* LITERAL_REFERENCE, LITERAL_TYPE or 0 */
	size_t		 thrown_at;	/* where the text was when it was thrown */
	size_t		 pattern;	/* an array or object literal just parsed: its offset + 1 */
	size_t		 written;	/* the name in (x) = ...: its offset + 1 */
	char		 thrown_msg[128];	/* what the first one says */
	const struct literal_origin *origin;	/* where the page has the text */
	char		*msg;
	size_t		 msgsize;
	struct value_heap *heap;	/* the objects assignments shared */
	struct binding	*vars;		/* the globals assigned, in order */
	size_t		 nvars;
	struct target	 target;	/* what p->ref can be assigned to */
	struct body	 body;		/* the function being parsed, if any */
	int		 async_next;	/* the next function is async */
	int		 generator_next;	/* the next function is a generator (a method's *) */
	int		 super_call_next;	/* the next function may call super() */
	int		 class_depth;	/* class bodies the parser is in */
	int		 import_args;	/* the next list is import()'s */
	struct private_name *privates;	/* their private names */
	size_t		 nprivates;
	struct private_name *uses;	/* the private names they use, not found yet */
	size_t		 nuses;
	int		 dup;		/* a parameter's name came twice */
	size_t		 closed;	/* an arrow function or a bare yield ended here: offset + 1 */
	size_t		 assign_at;	/* the assignment expression begun last: offset + 1 */
	int		 element;	/* the next expression is an array's or object's element */
	size_t		 cover_init;	/* a {a = 1} not yet in a pattern: its offset + 1 */
	size_t		 cover_end;	/* where its default ends */
	int		 repeating;	/* reading a pattern again */
	size_t		 await_name;	/* await read as a name: its offset + 1 */
	int		 no_in;
	int		 simple_params;	/* the parameters just parsed are names only */
	int		 shorthand;	/* the binding next is an object pattern's shorthand */		/* the depth at which in is no operator (a for loop's head), + 1 */
	struct label	*labels;
	size_t		 nlabels;
	struct declared	*names;
	size_t		 nnames;
};
/* Where a binding stands, for what V8 says of one it cannot take. */
#define BIND_PLAIN	0	/* a declaration's, a function's parameter */
#define BIND_ARROW	1	/* an arrow's parameter, or in one */
#define BIND_NESTED	2	/* in a pattern */
#define BIND_ARROW_NESTED 3	/* in a pattern of an arrow's parameter */

/* What strict mode refuses in numbers and strings, for body.octal. */
#define OCTAL_LITERAL	1	/* 017 */
#define OCTAL_DECIMAL	2	/* 08 */
#define OCTAL_ESCAPE	3	/* an escape: \01 */
#define OCTAL_89	4	/* \8 and \9 */

/* What pattern_next finds. */
#define PATTERN_END	0	/* the closing bracket */
#define PATTERN_REST	1	/* a rest element, after its '...' */
#define PATTERN_ELEMENT	2	/* an element, or a property */

/* lexer.c: the tokens, and the SyntaxErrors recorded. */
extern const char *const reserved_words[];
extern const char *const strict_reserved[];
#define STRICT_RESERVED	9	/* its words */

void	parse_fail(struct parser *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
size_t	ident_length(const struct parser *, size_t);
int	ident_part(int);
int	word_index(const char *const *, size_t, const char *, size_t);
int	word_in(const char *const *, size_t, const char *, size_t);
int	reserved_word(const char *, size_t);
void	peek(struct parser *, struct token *);
int	is_punct(const struct token *, const char *);
int	is_word(const struct parser *, const struct token *, const char *);
void	unexpected(struct parser *, const struct token *);
int	expect(struct parser *, const char *);
int	skip_balanced(struct parser *, const char *, const char *);
int	newline_before(const struct parser *, const struct token *);
int	eval_or_arguments(const struct parser *, size_t, size_t);

/* literal.c: expressions, evaluated. */
int	parse_expr(struct parser *, struct value *);
int	parse_comma(struct parser *, struct value *);
int	parse_key(struct parser *, struct value *, int *, int *);
int	check_pattern(struct parser *, size_t, size_t);
int	check_lhs(struct parser *);
int	accessor_params(struct parser *, int);
int	parse_string(struct parser *, const struct token *, struct value *);

/* jssyntax.c: functions' parameters and bodies, for their syntax. */
int	check_expr(struct parser *, int);
int	declare(struct parser *, const struct token *, enum decl_kind);
int	pattern_next(struct parser *, int, const char *);
int	pattern_rest_last(struct parser *, int);
int	parse_function(struct parser *, int);
int	parse_arrow(struct parser *, const struct token *);
int	arrow_params(struct parser *);
int	parse_class(struct parser *, int);
void	private_use(struct parser *, const struct token *);

#endif
