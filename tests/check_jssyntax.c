/*
 * The syntax of functions' bodies (jssyntax.c): what V8 says of each text
 * compiled as f(TEXT), NULL where it compiles it.  Every row was checked
 * with Node 20: new Function("return f(" + TEXT + ")").
 */
#include "config.h"

#include <string.h>

#include "literal.h"
#include "suites.h"

static const struct {
	const char	*text;
	const char	*msg;		/* V8's SyntaxError, or NULL */
} syntax_cases[] = {
	/* A declaration where only a statement may stand (issue 12, point 4).  In */
	/* a function expression V8 preparses, it fails at the let without */
	/* consuming it; a label, a loop or an else then makes no statement, V8 */
	/* goes no further, and the call's argument list misses its ')' first. */
	{ "function(){ for (;;) let x = 1 }", "missing ) after argument list" },
	{ "function(){ label: let x }", "missing ) after argument list" },
	{ "function(){ label: let [a] = b }", "missing ) after argument list" },
	{ "function(){ for (;;) let {a} = b }",
	    "missing ) after argument list" },
	{ "function(){ for (a in b) let x = 1 }",
	    "missing ) after argument list" },
	{ "function(){ for (let i = 0;;) let x }",
	    "missing ) after argument list" },
	{ "function(){ if (a) ; else let x = 1 }",
	    "missing ) after argument list" },
	{ "function(){ if (a) {} else for (;;) let x }",
	    "missing ) after argument list" },
	{ "function(){ for (;;) while (1) let y = 1 }",
	    "missing ) after argument list" },
	{ "function(){ for (;;) if (a) let x }",
	    "missing ) after argument list" },
	{ "function(){ a: b: let x }", "missing ) after argument list" },
	{ "async function(){ label: let x }", "missing ) after argument list" },
	{ "function g(){ label: let x }, 1", "missing ) after argument list" },
	{ "1 + function(){ label: let x }", "missing ) after argument list" },
	{ "g(function(){ label: let x })", "missing ) after argument list" },
	{ "new G(function(){ label: let x })",
	    "missing ) after argument list" },
	{ "() => function(){ label: let x }", "missing ) after argument list" },
	{ "`${function(){ label: let x }}`", "missing ) after argument list" },
	{ "function(){ label: let\n[a] = b }",
	    "missing ) after argument list" },
	{ "function(){ label: async function f() {} }",
	    "missing ) after argument list" },
	{ "function(){ for (;;) function f() {} }",
	    "missing ) after argument list" },
	/* V8 goes on past them: the declaration's own error. */
	{ "function(){ if (a) let x = 1 }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ while (a) let [a] = b }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ do let x = 1; while (0) }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ with (a) let x = 1 }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ for (var a in b) let x = 1 }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ if (a) if (b) ; else let x }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ if (a) let x = 1; else let y = 1 }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ label: if (a) let y = 1 }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ { label: let x } }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "function(){ function g() { label: let x } }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "(function(){ label: let x })",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "[function(){ label: let x }]",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "{a: function(){ for (;;) let x = 1 }}",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "a ? function(){ label: let x } : 1",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "a[function(){ label: let x }]",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "{ m() { label: let x } }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "() => { for (;;) let x = 1 }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "() => { label: let x }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "() => { x = function(){ label: let x } }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "[g(function(){ label: let x })]", "missing ) after argument list" },
	{ "function(){ for (;;) 1 2 }", "Unexpected number" },
	{ "function(){ for (;;) { let x; let x } }",
	    "Identifier 'x' has already been declared" },
	/* let as a name: let alone, on its own line, or before a word V8 scans as a token. */
	{ "function(){ label: let }", NULL },
	{ "function(){ for (;;) let }", NULL },
	{ "function(){ label: let\nx }", NULL },
	{ "function(){ label: let = 1 }", NULL },
	{ "function(){ for (;;) let.x = 1 }", NULL },
	{ "function(){ if (a) let in a }", NULL },
	{ "function(){ label: let\n{a} = b }", "Unexpected token '='" },
	{ "function(){ if (a) let let }", "Unexpected identifier 'let'" },
	{ "function(){ label: let yield }", "Unexpected identifier 'yield'" },
	{ "function(){ if (a) let await }", "Unexpected reserved word" },
	{ "() => { if (a) let async }", "Unexpected token 'async'" },
	{ "() => { if (a) let static }", "Unexpected identifier 'static'" },
	{ "() => { if (a) let implements }",
	    "Unexpected identifier 'undefined'" },
	{ "() => { if (a) let get }", "Unexpected token 'get'" },
	{ "() => { if (a) let of }",
	    "Lexical declaration cannot appear in a single-statement "
	    "context" },
	{ "() => { let of }", NULL },
	{ "() => { a set }", "Unexpected token 'set'" },
	{ "[1 async]", "Unexpected token 'async'" },
	{ "{a: 1 await}", "Unexpected reserved word" },
	{ "{a: 1 public}", "Unexpected identifier 'undefined'" },
	/* Functions where only a statement may stand. */
	{ "() => { while (a) function f() {} }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { for (x of y) function f() {} }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { do function f() {} while (0) }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { with (a) function f() {} }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { if (a) label: function f() {} }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { while (a) label: function f() {} }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { if (a) ; else label: function f() {} }",
	    "In non-strict mode code, functions can only be declared at "
	    "top level, inside a block, or as the body of an if "
	    "statement." },
	{ "() => { label: async function f() {} }",
	    "Async functions can only be declared at the top level or "
	    "inside a block." },
	{ "() => { if (a) async function f() {} }",
	    "Async functions can only be declared at the top level or "
	    "inside a block." },
	{ "() => { label: function* f() {} }",
	    "Generators can only be declared at the top level or inside "
	    "a block." },
	{ "() => { if (a) function* f() {} }",
	    "Generators can only be declared at the top level or inside "
	    "a block." },
	{ "() => { label: function f() {} }", NULL },
	{ "() => { a: b: function f() {} }", NULL },
	{ "() => { if (a) ; else function f() {} }", NULL },
	{ "() => { let f; if (a) function f() {} }", NULL },
	{ "() => { label: { function f() {} } }", NULL },
	/* {a = 1} is a pattern's shorthand with a default: taken where the */
	/* literal is a destructuring assignment's target (nested too), or an */
	/* arrow's parameters; V8's text where it stays a value. */
	{ "({a = 1} = o)", NULL },
	{ "{a = 1} = o", NULL },
	{ "[{a = 1}] = o", NULL },
	{ "({a: {b = 2}} = o)", NULL },
	{ "[[{a = 1}]] = o", NULL },
	{ "[{a = 1}, {b = 2}] = o", NULL },
	{ "[{a = 1} = {}] = o", NULL },
	{ "({a = 1, b: c = 2, ...r} = o)", NULL },
	{ "[...{a = 1}] = o", NULL },
	{ "x = {a = 1} = o", NULL },
	{ "({a = b = 1} = o)", NULL },
	{ "({a = 1}) => a", NULL },
	{ "({a: {b = 1}}) => b", NULL },
	{ "([{a = 1}]) => a", NULL },
	{ "async ({a = 1}) => a", NULL },
	{ "() => { ({a = 1} = o) }", NULL },
	{ "() => { for ({a = 1} of o); }", NULL },
	{ "() => { for ({a = 1} in o); }", NULL },
	{ "({a = 1})", "Invalid shorthand property initializer" },
	{ "{a = 1}", "Invalid shorthand property initializer" },
	{ "f({a = 1})", "Invalid shorthand property initializer" },
	{ "[{a = 1}]", "Invalid shorthand property initializer" },
	{ "{a: {b = 1}}", "Invalid shorthand property initializer" },
	{ "({a = 1}).x", "Invalid shorthand property initializer" },
	{ "({a = 1}) + 1", "Invalid shorthand property initializer" },
	{ "x = {a = 1}", "Invalid shorthand property initializer" },
	{ "({a = 1} = {b = 2})", "Invalid shorthand property initializer" },
	{ "async ({a = 1})", "Invalid shorthand property initializer" },
	{ "[{a = 1}.x] = o", "Invalid shorthand property initializer" },
	{ "(({a = 1})) = o", "Invalid shorthand property initializer" },
	{ "({a = 1} = o, {b = 2})", "Invalid shorthand property initializer" },
	{ "`${{a = 1}}`", "Invalid shorthand property initializer" },
	{ "({a = 1} ? 1 : 2)", "Invalid shorthand property initializer" },
	{ "() => { for ({a = 1};;); }",
	    "Invalid shorthand property initializer" },
	{ "() => { ({a = 1}) }", "Invalid shorthand property initializer" },
	{ "({a = 1} += o)", "Invalid left-hand side in assignment" },
	{ "({a = 1} = o) = 2", "Invalid left-hand side in assignment" },
	{ "({a = 1 = 2} = o)", "Invalid left-hand side in assignment" },
	/* A destructuring assignment's pattern: each target a name, a member or */
	/* a pattern, a rest element last. */
	{ "[1] = o", "Invalid destructuring assignment target" },
	{ "({a: 1} = o)", "Invalid destructuring assignment target" },
	{ "[a + b] = o", "Invalid destructuring assignment target" },
	{ "({a() {}} = o)", "Invalid destructuring assignment target" },
	{ "({get a() {}} = o)", "Invalid destructuring assignment target" },
	{ "({*a() {}} = o)", "Invalid destructuring assignment target" },
	{ "({...{a}} = o)",
	    "`...` must be followed by an assignable reference in "
	    "assignment contexts" },
	{ "({...{a = 1}} = o)",
	    "`...` must be followed by an assignable reference in "
	    "assignment contexts" },
	{ "[...a, b] = o", "Rest element must be last element" },
	{ "[...a,] = o", "Rest element must be last element" },
	{ "({...a,} = o)", "Rest element must be last element" },
	{ "[...a = 1] = o", "Invalid destructuring assignment target" },
	{ "[(a = 1)] = o", "Invalid destructuring assignment target" },
	{ "({a: (b = 1)} = o)", "Invalid destructuring assignment target" },
	{ "[f()] = o", "Invalid destructuring assignment target" },
	{ "[new a] = o", "Invalid destructuring assignment target" },
	{ "[this] = o", "Invalid destructuring assignment target" },
	{ "[{a: 1}] = o", "Invalid destructuring assignment target" },
	{ "[() => 1] = o", "Invalid destructuring assignment target" },
	{ "[...[a]] = o", NULL },
	{ "[(a)] = o", NULL },
	{ "[((a))] = o", NULL },
	{ "({a: (b)} = o)", NULL },
	{ "[a.b, c[0]] = o", NULL },
	{ "[a = 1, [b] = 2] = o", NULL },
	{ "({a: b.c, [k]: d, 1: e, 's': f} = o)", NULL },
	{ "[{}.x] = o", NULL },
	{ "([a] = o) = 2", "Invalid left-hand side in assignment" },
	/* An operator's value can be assigned to no more than a call's. */
	{ "1 + a = 2", "Invalid left-hand side in assignment" },
	{ "a || b = 1", "Invalid left-hand side in assignment" },
	{ "a ?? b = 1", "Invalid left-hand side in assignment" },
	{ "a in b = 1", "Invalid left-hand side in assignment" },
	{ "a ** b = 1", "Invalid left-hand side in assignment" },
	{ "(a ? b : c) = 1", "Invalid left-hand side in assignment" },
	{ "() => { 1 + a = 2 }", "Invalid left-hand side in assignment" },
	/* A for loop's head: in or of after a target, a pattern, or V8's text. */
	{ "() => { for ([a, b] of o); }", NULL },
	{ "() => { for ({a} in o); }", NULL },
	{ "() => { for ([1] of o); }",
	    "Invalid destructuring assignment target" },
	{ "() => { for (a.b of o); }", NULL },
	{ "() => { for (a[0] in o); }", NULL },
	{ "() => { for (f() in o); }", NULL },
	{ "() => { for ((a) of o); }", NULL },
	{ "() => { for (this.x of o); }", NULL },
	{ "() => { for ({a}.b of o); }", NULL },
	{ "() => { for (1 in o); }", "Invalid left-hand side in for-loop" },
	{ "() => { for (a + b in o); }", "Invalid left-hand side in for-loop" },
	{ "() => { for ([a] = [] of o); }",
	    "Invalid left-hand side in for-loop" },
	{ "() => { for (new a in o); }", "Invalid left-hand side in for-loop" },
	{ "() => { for (a = 1 of o); }", "Invalid left-hand side in for-loop" },
	{ "() => { for (a ? b : c in o); }",
	    "Invalid left-hand side in for-loop" },
	{ "() => { for (a, b in c;;); }",
	    "Invalid left-hand side in for-loop" },
	{ "() => { for (x => x in b;;); }",
	    "Invalid left-hand side in for-loop" },
	{ "() => { for (let.a of o); }",
	    "The left-hand side of a for-of loop may not start with "
	    "'let'." },
	{ "() => { for (async of o); }",
	    "The left-hand side of a for-of loop may not be 'async'." },
	{ "() => { for (let in o); }", NULL },
	{ "() => { for (let of o); }", "Unexpected identifier 'o'" },
	{ "() => { for (var a = 1 in o); }", NULL },
	{ "() => { for (x = a in b;;); }",
	    "Invalid left-hand side in for-loop" },
	{ "() => { for (x = (a in b);;); }", NULL },
	{ "() => { for (a ? b in c : d;;); }", NULL },
	{ "() => { for ([a in b];;); }", NULL },
	{ "() => { for (a in b in c); }", NULL },
	{ "() => { for (let x = a in b;;); }",
	    "for-in loop variable declaration may not have an "
	    "initializer." },
	/* Arrow functions' parameters: V8 reads them first as the expression they */
	/* look like (an async arrow's as async's arguments), then as parameters. */
	{ "[(a, b) => 1, (1) => 2]",
	    "Invalid destructuring assignment target" },
	{ "x = (a + b) => 1", "Invalid destructuring assignment target" },
	{ "((a)) => 1", "Invalid destructuring assignment target" },
	{ "(a, ...b,) => 1", "Rest parameter must be last formal parameter" },
	{ "async (a = await 1) => 1", "missing ) after argument list" },
	{ "async (a = await) => 1",
	    "'await' is not a valid identifier name in an async function" },
	{ "async (await) => 1",
	    "'await' is not a valid identifier name in an async function" },
	{ "async await => 1",
	    "'await' is not a valid identifier name in an async function" },
	{ "async ([await]) => 1",
	    "'await' is not a valid identifier name in an async function" },
	{ "async ({await}) => 1",
	    "'await' is not a valid identifier name in an async function" },
	{ "(await) => 1", NULL },
	{ "({await}) => 1", NULL },
	{ "(yield) => 1", NULL },
	{ "(a = b 1) => 1", "Unexpected number" },
	{ "(a, b c) => 1", "Unexpected identifier 'c'" },
	{ "(super) => 1", "'super' keyword unexpected here" },
	{ "(super.x) => 1", "'super' keyword unexpected here" },
	{ "(a, if) => 1", "Unexpected token 'if'" },
	{ "({if}) => 1", "Unexpected token 'if'" },
	{ "(class) => 1", "Unexpected token ')'" },
	{ "(a, #b) => 1",
	    "Private field '#b' must be declared in an enclosing class" },
	{ "(...a = 1) => 1",
	    "Rest parameter may not have a default initializer" },
	{ "(a, ...b = 1) => 1",
	    "Rest parameter may not have a default initializer" },
	{ "function(...a = 1){}",
	    "Rest parameter may not have a default initializer" },
	{ "({a: b.c}) => 1", "Illegal property in declaration context" },
	{ "([a.b]) => 1", "Illegal property in declaration context" },
	{ "([a[0]]) => 1", "Illegal property in declaration context" },
	{ "({a: b.c = 1}) => 1", "Illegal property in declaration context" },
	{ "(a.b = 1) => 1", "Illegal property in declaration context" },
	{ "(a[0] = 1) => 1", "Illegal property in declaration context" },
	{ "(a.b) => 1", "Invalid destructuring assignment target" },
	{ "(a.b, c) => 1", "Invalid destructuring assignment target" },
	{ "({a() {}}) => 1", "Invalid destructuring assignment target" },
	{ "({get a() {}}) => 1", "Invalid destructuring assignment target" },
	{ "({*m(){}}) => 1", "Invalid destructuring assignment target" },
	{ "({async m(){}}) => 1", "Invalid destructuring assignment target" },
	{ "({[a](){}}) => 1", "Invalid destructuring assignment target" },
	{ "() => { let {a(){}} = o }",
	    "Invalid destructuring assignment target" },
	{ "function({a(){}}){}", "Invalid destructuring assignment target" },
	{ "(a, b) => 1", NULL },
	{ "(a,) => 1", NULL },
	{ "(...a) => 1", NULL },
	{ "([a, b], {c = 1}, ...d) => 1", NULL },
	{ "(a = (b) => 1) => 1", NULL },
	{ "async (a,) => 1", NULL },
	{ "async (...a) => 1", NULL },
	{ "(x = async () => await 1) => 1", NULL },
	/* A line break before '=>' ends the parameters' expression. */
	{ "(a) \n => 1", "missing ) after argument list" },
	{ "a \n => 1", "missing ) after argument list" },
	{ "async a \n => 1", "missing ) after argument list" },
	{ "async (a) \n => 1", "missing ) after argument list" },
	{ "[a \n => 1]", "Unexpected token '=>'" },
	{ "[(a) \n => 1]", "Unexpected token '=>'" },
	{ "x = a \n => 1", "missing ) after argument list" },
	/* An arrow where only an operand may stand: its parameters, then '=>'. */
	{ "1 + (a) => 1", "Malformed arrow function parameter list" },
	{ "1 + (1) => 2", "Invalid destructuring assignment target" },
	{ "!(a, a) => 1",
	    "Duplicate parameter name not allowed in this context" },
	{ "a || (a, ...b,) => 1",
	    "Rest parameter must be last formal parameter" },
	{ "1 + async a => a", "Malformed arrow function parameter list" },
	{ "!async (a) => a", "Malformed arrow function parameter list" },
	{ "a || async () => {}", "Malformed arrow function parameter list" },
	{ "typeof a => 1", "Malformed arrow function parameter list" },
	{ "(a) => {} + 1", "missing ) after argument list" },
	{ "(a) => {}()", "missing ) after argument list" },
	{ "a ? (b) => 1 : (c) => 2", NULL },
	/* Tagged templates: a call, its substitutions parsed, not its escapes. */
	{ "f`x`", NULL },
	{ "String.raw`a${1}`", NULL },
	{ "f`\\u`", NULL },
	{ "a`b`.c", NULL },
	{ "f`a``b`", NULL },
	{ "a?.b`c`", "Invalid tagged template on optional chain" },
	{ "f`${1 2}`", "Missing } in template expression" },
	{ "`${1 2}`", "Missing } in template expression" },
	{ "`${1 ]}`", "Missing } in template expression" },
	{ "`${1, 2}`", NULL },
	{ "`${1`", "Unexpected end of input" },
};

/* Each text gives V8's SyntaxError, or is taken, its syntax checked. */
START_TEST(test_syntax)
{
	const char	*text = syntax_cases[_i].text;
	struct value	 args;
	char		 got[160];
	int		 r;

	r = literal_parse_args(text, strlen(text), &args, got, sizeof got);
	if (r == LITERAL_OK)
		value_free(&args);
	if (syntax_cases[_i].msg != NULL) {
		ck_assert_msg(r == LITERAL_SYNTAX, "%s: %d %s", text, r, got);
		ck_assert_str_eq(got, syntax_cases[_i].msg);
		return;
	}
	ck_assert_msg(r != LITERAL_SYNTAX, "%s: %s", text, got);
	ck_assert_msg(r != LITERAL_UNSUPPORTED || strstr(got, "check the "
	    "syntax") == NULL, "%s: %s", text, got);
}
END_TEST

Suite *
suite_jssyntax(void)
{
	Suite	*s = suite_create("jssyntax");
	TCase	*tc = tcase_create("syntax");

	tcase_add_loop_test(tc, test_syntax, 0,
	    sizeof syntax_cases / sizeof syntax_cases[0]);
	suite_add_tcase(s, tc);
	return (s);
}
