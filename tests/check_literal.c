/* The argument parser: values, and V8's own messages for what Chrome would refuse. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "helpers.h"
#include "js.h"
#include "literal.h"
#include "suites.h"

/* Text, the code it gives, and the message (V8's, checked with Node). */
static const struct {
	const char	*text;
	int		 code;
	const char	*msg;
} error_cases[] = {
	{ "1, 2,,", LITERAL_SYNTAX, "Unexpected token ','" },
	{ ",1", LITERAL_SYNTAX, "Unexpected token ','" },
	{ "1 2", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "1 ]", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "true false", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "1.5.3", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "(1", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "[1 2]", LITERAL_SYNTAX, "Unexpected number" },
	{ "[1 'a']", LITERAL_SYNTAX, "Unexpected string" },
	{ "{a: 1 b: 2}", LITERAL_SYNTAX, "Unexpected identifier 'b'" },
	{ "[1 true]", LITERAL_SYNTAX, "Unexpected token 'true'" },
	{ "{a:}", LITERAL_SYNTAX, "Unexpected token '}'" },
	{ "()", LITERAL_SYNTAX, "Unexpected token ')'" },
	{ "[1,", LITERAL_SYNTAX, "Unexpected token ')'" },
	{ "1)", LITERAL_SYNTAX, "Unexpected token ')'" },
	{ "'abc", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "'a\nb'", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "3in", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "0x", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "@", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "/*", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "\xff", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "/\xff/", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "'\\x4'", LITERAL_SYNTAX, "Invalid hexadecimal escape sequence" },
	{ "'\\u12'", LITERAL_SYNTAX, "Invalid Unicode escape sequence" },
	/* Numeric separators and BigInt literals, as V8 scans them. */
	{ "1__0", LITERAL_SYNTAX,
	    "Only one underscore is allowed as numeric separator" },
	{ "1_", LITERAL_SYNTAX,
	    "Numeric separators are not allowed at the end of numeric literals" },
	{ "1_e3", LITERAL_SYNTAX,
	    "Numeric separators are not allowed at the end of numeric literals" },
	{ "0x1_", LITERAL_SYNTAX,
	    "Numeric separators are not allowed at the end of numeric literals" },
	{ "0_1", LITERAL_SYNTAX,
	    "Numeric separator can not be used after leading 0." },
	{ "1__0n", LITERAL_SYNTAX,
	    "Only one underscore is allowed as numeric separator" },
	{ "0x_1", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "1._5", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "07_1", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "07.5", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "1.5n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "1e3n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "01n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "08n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "1n_", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "0xn", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "+1n", LITERAL_TYPE, "Cannot convert a BigInt value to a number" },
	{ "x, +1n", LITERAL_REFERENCE, "x is not defined" },
	{ "+1n, (", LITERAL_SYNTAX, "Unexpected token ')'" },
	/*
	 * The constructors and regular expression literals: V8's errors,
	 * early (a literal's) and thrown (a constructor's).
	 */
	{ "new RegExp('a', 'gg')", LITERAL_SYNTAX,
	    "Invalid flags supplied to RegExp constructor 'gg'" },
	{ "new RegExp('(')", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/: Unterminated group" },
	{ "new RegExp('(', 'g')", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/g: Unterminated group" },
	{ "new Map([1])", LITERAL_TYPE,
	    "Iterator value 1 is not an entry object" },
	{ "new Map('ab')", LITERAL_TYPE,
	    "Iterator value a is not an entry object" },
	{ "new Map(1)", LITERAL_TYPE,
	    "number 1 is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Map({})", LITERAL_TYPE,
	    "object is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set(1)", LITERAL_TYPE,
	    "number 1 is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set({})", LITERAL_TYPE,
	    "object is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "Map()", LITERAL_TYPE,
	    "Constructor Map requires 'new'" },
	{ "Set([1])", LITERAL_TYPE,
	    "Constructor Set requires 'new'" },
	{ "Uint8Array(2)", LITERAL_TYPE,
	    "Constructor Uint8Array requires 'new'" },
	{ "ArrayBuffer(2)", LITERAL_TYPE,
	    "Constructor ArrayBuffer requires 'new'" },
	{ "new ArrayBuffer(-1)", LITERAL_RANGE,
	    "Invalid array buffer length" },
	{ "new Uint8Array(-1)", LITERAL_RANGE,
	    "Invalid typed array length: -1" },
	{ "new BigInt64Array([1])", LITERAL_TYPE,
	    "Cannot convert 1 to a BigInt" },
	{ "new Uint8Array([1n])", LITERAL_TYPE,
	    "Cannot convert a BigInt value to a number" },
	{ "new Uint16Array(new ArrayBuffer(3))", LITERAL_RANGE,
	    "byte length of Uint16Array should be a multiple of 2" },
	{ "/(/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/: Unterminated group" },
	{ "/(/g", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/g: Unterminated group" },
	{ "/)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /)/: Unmatched ')'" },
	{ "/a/gg", LITERAL_SYNTAX,
	    "Invalid regular expression flags" },
	{ "/a/x", LITERAL_SYNTAX,
	    "Invalid regular expression flags" },
	{ "/a/uv", LITERAL_SYNTAX,
	    "Invalid regular expression flags" },
	{ "/a", LITERAL_SYNTAX,
	    "Invalid regular expression: missing /" },
	{ "/[/", LITERAL_SYNTAX,
	    "Invalid regular expression: missing /" },
	{ "/a{2,1}/", LITERAL_SYNTAX,
	    "Invalid regular expression: /a{2,1}/: numbers out of order in {} "
	    "quantifier" },
	{ "/(?<a>x)(?<a>y)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture "
	    "group name" },
	{ "/a|*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /a|*/: Nothing to repeat" },
	{ "/+/", LITERAL_SYNTAX,
	    "Invalid regular expression: /+/: Nothing to repeat" },
	{ "/?/", LITERAL_SYNTAX,
	    "Invalid regular expression: /?/: Nothing to repeat" },
	{ "/x**/", LITERAL_SYNTAX,
	    "Invalid regular expression: /x**/: Nothing to repeat" },
	{ "/(?x)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?x)/: Invalid group" },
	{ "/(?<n/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<n/: Invalid capture group name" },
	{ "/]/u", LITERAL_SYNTAX,
	    "Invalid regular expression: /]/u: Lone quantifier brackets" },
	{ "/}/u", LITERAL_SYNTAX,
	    "Invalid regular expression: /}/u: Lone quantifier brackets" },
	{ "/{/u", LITERAL_SYNTAX,
	    "Invalid regular expression: /{/u: Lone quantifier brackets" },
	{ "/^*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /^*/: Nothing to repeat" },
	{ "/\\b*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /\\b*/: Nothing to repeat" },
	{ "/(?<=a)*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<=a)*/: Invalid quantifier" },
	{ "/[z-a]/", LITERAL_SYNTAX,
	    "Invalid regular expression: /[z-a]/: Range out of order in "
	    "character class" },
	{ "/(?<1a>x)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<1a>x)/: Invalid capture group "
	    "name" },
	{ "/a+?*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /a+?*/: Nothing to repeat" },
	{ "/x{1}{2}/", LITERAL_SYNTAX,
	    "Invalid regular expression: /x{1}{2}/: Nothing to repeat" },
	{ "/(?i:a)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?i:a)/: Invalid group" },
	{ "max(1)", LITERAL_REFERENCE,
	    "max is not defined" },
	{ "new Set(true)", LITERAL_TYPE,
	    "boolean true is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set(1n)", LITERAL_TYPE,
	    "bigint is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set(new Date(0))", LITERAL_TYPE,
	    "object is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "foo", LITERAL_REFERENCE, "foo is not defined" },
	{ "{x}", LITERAL_REFERENCE, "x is not defined" },
	{ "() => 1, y", LITERAL_REFERENCE, "y is not defined" },
	{ "() => 1", LITERAL_UNCLONEABLE, "An object could not be cloned." },
	{ "x => x + 1", LITERAL_UNCLONEABLE, "An object could not be cloned." },
	{ "(a, b) => { return a }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function () {}", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "[function f(a) { return [a] }]", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "async () => 1", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "{a: Symbol('x')}", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "Symbol", LITERAL_UNCLONEABLE, "An object could not be cloned." },
	/* V8's texts for what it rejects; names as sloppy mode has them. */
	{ "--1", LITERAL_SYNTAX,
	    "Invalid left-hand side expression in prefix operation" },
	{ "{true}", LITERAL_SYNTAX,
	    "Unexpected token 'true'" },
	{ "{1}", LITERAL_SYNTAX,
	    "Unexpected number" },
	{ "{'a'}", LITERAL_SYNTAX,
	    "Unexpected string" },
	{ "1 // c", LITERAL_SYNTAX,
	    "missing ) after argument list" },
	{ "1, // c", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "// c", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "'\\u{110000}'", LITERAL_SYNTAX,
	    "Undefined Unicode code-point" },
	{ "#x", LITERAL_SYNTAX,
	    "Private field '#x' must be declared in an enclosing class" },
	{ "{#x: 1}", LITERAL_SYNTAX,
	    "Unexpected identifier '#x'" },
	{ "let", LITERAL_REFERENCE,
	    "let is not defined" },
	{ "yield", LITERAL_REFERENCE,
	    "yield is not defined" },
	{ "\xc3\xa9", LITERAL_REFERENCE,
	    "\xc3\xa9 is not defined" },
	{ "\xe6\x97\xa5\xe6\x9c\xac", LITERAL_REFERENCE,
	    "\xe6\x97\xa5\xe6\x9c\xac is not defined" },
	{ "enum", LITERAL_SYNTAX,
	    "Unexpected reserved word" },
	{ "1++", LITERAL_SYNTAX,
	    "Invalid left-hand side expression in postfix operation" },
	{ "x?.y", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "1 ?. 2", LITERAL_SYNTAX,
	    "Unexpected number" },
	{ "\xf0\x9f\x98\x80", LITERAL_SYNTAX,
	    "Invalid or unexpected token" },
	{ "[1 // c", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	/* <!-- begins a line comment in a script, as // does. */
	{ "1 <!-- c", LITERAL_SYNTAX,
	    "missing ) after argument list" },
	{ "1, <!-- c", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "<!-- c", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "[1 <!-- c", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "x<!--y, 2", LITERAL_SYNTAX,
	    "missing ) after argument list" },
	{ "1 < !--x", LITERAL_REFERENCE,
	    "x is not defined" },
	/* Expressions: what their operators and reads throw. */
	{ "-2**2", LITERAL_SYNTAX,
	    "Unary operator used immediately before exponentiation expression. "
	    "Parenthesis must be used to disambiguate operator precedence" },
	{ "null.x", LITERAL_TYPE,
	    "Cannot read properties of null (reading 'x')" },
	{ "undefined[0]", LITERAL_TYPE,
	    "Cannot read properties of undefined (reading '0')" },
	{ "{toString: 1} + 1", LITERAL_TYPE,
	    "Cannot convert object to primitive value" },
	{ "typeof typeof 1, typeof [x], typeof x.y", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "true ? x : 1", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "x ?? 1", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "1 = 2", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "void x", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "!x", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "1n + 1", LITERAL_TYPE,
	    "Cannot mix BigInt and other types, use explicit conversions" },
	{ "--1", LITERAL_SYNTAX,
	    "Invalid left-hand side expression in prefix operation" },
	{ "{__proto__: 1, __proto__: 2}", LITERAL_SYNTAX,
	    "Duplicate __proto__ fields are not allowed in object literals" },
	{ "[...1]", LITERAL_TYPE,
	    "1 is not iterable" },
	{ "true = 1", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "`${1`", LITERAL_SYNTAX,
	    "Unexpected end of input" },
	{ "`${}`", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "`a", LITERAL_SYNTAX,
	    "Unexpected end of input" },
	{ "`${Symbol()}`", LITERAL_TYPE,
	    "Cannot convert a Symbol value to a string" },
	{ "[...1]", LITERAL_TYPE,
	    "1 is not iterable" },
	{ "[...{}]", LITERAL_TYPE,
	    "{} is not iterable" },
	{ "[...{a:1}]", LITERAL_TYPE,
	    "{(intermediate value)} is not iterable" },
	{ "...1", LITERAL_TYPE,
	    "Spread syntax requires ...iterable[Symbol.iterator] to be a "
	    "function" },
	{ "max(1)", LITERAL_REFERENCE, "max is not defined" },
	{ "new Error('m', {cause: 1})", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate an Error's options (its cause)" },
	{ "new Error(Symbol())", LITERAL_TYPE,
	    "Cannot convert a Symbol value to a string" },
	{ "class @ {}", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "parseInt('1')", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate parseInt(...)" },
	/* Assignments, as sloppy mode evaluates them in f(...). */
	{ "y += 1", LITERAL_REFERENCE, "y is not defined" },
	{ "++x", LITERAL_REFERENCE, "x is not defined" },
	{ "a.b = 1", LITERAL_REFERENCE, "a is not defined" },
	{ "undefined.x = 1", LITERAL_TYPE,
	    "Cannot set properties of undefined (setting 'x')" },
	{ "null.x = 1", LITERAL_TYPE,
	    "Cannot set properties of null (setting 'x')" },
	{ "x = 1, x()", LITERAL_TYPE, "x is not a function" },
	{ "x = 1, new x", LITERAL_TYPE, "x is not a constructor" },
	{ "Map = 1, new Map()", LITERAL_TYPE, "Map is not a constructor" },
	{ "o = 1, [...o]", LITERAL_TYPE, "o is not iterable" },
	{ "o = {}, [...o]", LITERAL_TYPE, "o is not iterable" },
	{ "a = [], a.length = -1", LITERAL_RANGE, "Invalid array length" },
	{ "(1, a) = 2", LITERAL_SYNTAX, "Invalid left-hand side in assignment" },
	{ "(a = 1) = 2", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	/* Parentheses round a name keep it a name to write (issue 12). */
	{ "((a, b)) = 1", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "(1) = 2", LITERAL_SYNTAX, "Invalid left-hand side in assignment" },
	{ "((1)) = 2", LITERAL_SYNTAX, "Invalid left-hand side in assignment" },
	{ "(a.b) = 1", LITERAL_REFERENCE, "a is not defined" },
	{ "((a)) += 1", LITERAL_REFERENCE, "a is not defined" },
	{ "++++x", LITERAL_SYNTAX,
	    "Invalid left-hand side expression in prefix operation" },
	{ "f = () => 1, [f, f]", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	/*
	 * A function's body is parsed for its syntax (issue 12): V8's
	 * SyntaxError for what it rejects there, before the clone refuses
	 * the function.
	 */
	{ "x => 1 = 2", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "function(){ let let = 1 }", LITERAL_SYNTAX,
	    "let is disallowed as a lexically bound name" },
	{ "() => { return ) }", LITERAL_SYNTAX,
	    "Unexpected token ')'" },
	{ "() => {a: 1, b: 2}", LITERAL_SYNTAX,
	    "Unexpected token ':'" },
	{ "(1) => 2", LITERAL_SYNTAX,
	    "Invalid destructuring assignment target" },
	{ "(a.b) => 1", LITERAL_SYNTAX,
	    "Invalid destructuring assignment target" },
	{ "(a, a) => 1", LITERAL_SYNTAX,
	    "Duplicate parameter name not allowed in this context" },
	{ "(...a, b) => 1", LITERAL_SYNTAX,
	    "Rest parameter must be last formal parameter" },
	{ "function(a, ...b, c){}", LITERAL_SYNTAX,
	    "Rest parameter must be last formal parameter" },
	{ "function(1){}", LITERAL_SYNTAX,
	    "Unexpected number" },
	{ "function(){ yield 1 }", LITERAL_SYNTAX,
	    "Unexpected number" },
	{ "function(){ await x }", LITERAL_SYNTAX,
	    "await is only valid in async functions and the top level bodies of modules" },
	{ "() => { if (x) let y = 1 }", LITERAL_SYNTAX,
	    "Lexical declaration cannot appear in a single-statement context" },
	{ "() => { try {} }", LITERAL_SYNTAX,
	    "Missing catch or finally after try" },
	{ "() => { switch (x) { default: 1; default: 2 } }", LITERAL_SYNTAX,
	    "More than one default clause in switch statement" },
	{ "() => { x: { continue x } }", LITERAL_SYNTAX,
	    "Illegal continue statement: 'x' does not denote an iteration statement" },
	{ "() => { break }", LITERAL_SYNTAX,
	    "Illegal break statement" },
	{ "() => { while (1) { function g() { break } } }", LITERAL_SYNTAX,
	    "Illegal break statement" },
	{ "() => { continue }", LITERAL_SYNTAX,
	    "Illegal continue statement: no surrounding iteration statement" },
	{ "() => { break y }", LITERAL_SYNTAX,
	    "Undefined label 'y'" },
	{ "() => { label: label: ; }", LITERAL_SYNTAX,
	    "Label 'label' has already been declared" },
	{ "() => { for (let x = 1 of o) ; }", LITERAL_SYNTAX,
	    "for-of loop variable declaration may not have an initializer." },
	{ "() => { const x = 1, y }", LITERAL_SYNTAX,
	    "Missing initializer in const declaration" },
	{ "() => { let [a]; }", LITERAL_SYNTAX,
	    "Missing initializer in destructuring declaration" },
	{ "() => { let [...a, b] = f }", LITERAL_SYNTAX,
	    "Rest element must be last element" },
	{ "() => { function () {} }", LITERAL_SYNTAX,
	    "Function statements require a function name" },
	{ "() => { return 1 2 }", LITERAL_SYNTAX,
	    "Unexpected number" },
	{ "() => { a b }", LITERAL_SYNTAX,
	    "Unexpected identifier 'b'" },
	{ "() => { var if = 1 }", LITERAL_SYNTAX,
	    "Unexpected token 'if'" },
	{ "() => { else {} }", LITERAL_SYNTAX,
	    "Unexpected token 'else'" },
	{ "() => { let a; let a; }", LITERAL_SYNTAX,
	    "Identifier 'a' has already been declared" },
	{ "() => { { var a } let a }", LITERAL_SYNTAX,
	    "Identifier 'a' has already been declared" },
	{ "() => { let a = 1; var a }", LITERAL_SYNTAX,
	    "Identifier 'a' has already been declared" },
	{ "(a) => { let a }", LITERAL_SYNTAX,
	    "Identifier 'a' has already been declared" },
	{ "() => { throw\n 1 }", LITERAL_SYNTAX,
	    "Illegal newline after throw" },
	{ "() => { a = b ? c : }", LITERAL_SYNTAX,
	    "Unexpected token '}'" },
	{ "() => new.target", LITERAL_SYNTAX,
	    "new.target expression is not allowed here" },
	{ "() => super.x", LITERAL_SYNTAX,
	    "'super' keyword unexpected here" },
	{ "{ m() { return ) } }", LITERAL_SYNTAX,
	    "Unexpected token ')'" },
	{ "{ set x(v) { let let } }", LITERAL_SYNTAX,
	    "let is disallowed as a lexically bound name" },
	{ "{ get x() { let let } }", LITERAL_SYNTAX,
	    "let is disallowed as a lexically bound name" },
	{ "() => { let x = 1; }, 1 = 2", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "() => { return }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { if (x) y(); else z() }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (let i = 0; i < 3; i++) {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (const k of o) {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (const k in o) {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (x in o) ; }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { while (1) break }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { x: for(;;) break x }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { x: while(1) continue x }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => {a: 1}", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function(a, a){}", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "([a], {b}) => 1", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "(a = 1, ...b) => 1", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function* g(){ yield 1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "async function(){ await 1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "async () => await 1", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function(){ let x = 1\n let y = 2 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { return\n1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { await\n x }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { let a; { let a } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function(a) { var a }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => this", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { this.x = 1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { do x(); while (0) y() }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { class A {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { var let = 1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { let = 5 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { let\nx = 1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function(){ new.target }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { try { x() } catch (e) { y(e) } finally {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { try {} catch {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { switch (x) { case 1: break; default: } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { let {a, b: [c = 1, ...d], ...e} = f }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (;;) { if (a) continue; else break } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { x = 1; y = 2; return x + y; }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { return { a: 1 } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => ({ a: 1 })", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { let x = y => { return z } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { a\n++b }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { if (a) { } else if (b) { } else { } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { ; ; }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (var i = 0, j; i < 1; i++) ; }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { for (let [a, b] of c) ; }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { debugger; }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { return `x${y}` }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { if (a) function g(){} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { typeof a; void 0; delete a.b }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { a ? b : c }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { x.y(1)(2).z[3] = 4 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { new Date(); new X(); new X }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { x?.y }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { var a; var a; function a() {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "{ m() { return super.x } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "1 => 2", LITERAL_SYNTAX,
	    "Malformed arrow function parameter list" },
	{ "a + b => 1", LITERAL_SYNTAX,
	    "Malformed arrow function parameter list" },
	{ "(a)(b) => 1", LITERAL_SYNTAX,
	    "Malformed arrow function parameter list" },
	{ "() => {}()", LITERAL_SYNTAX,
	    "missing ) after argument list" },
	{ "(,) => a", LITERAL_SYNTAX,
	    "Unexpected token ','" },
	{ "() => { a || b ?" "? c }", LITERAL_SYNTAX,
	    "Unexpected token '?" "?'" },
	{ "a ?" "? b && c", LITERAL_SYNTAX,
	    "missing ) after argument list" },
	{ "() => { let {a, ...{b}} = c }", LITERAL_SYNTAX,
	    "`...` must be followed by an identifier in declaration contexts" },
	{ "() => { switch (a) { foo } }", LITERAL_SYNTAX,
	    "Unexpected identifier 'foo'" },
	{ "() => { try {} catch (e) {} catch (f) {} }", LITERAL_SYNTAX,
	    "Unexpected token 'catch'" },
	{ "() => { { var f; function f() {} } }", LITERAL_SYNTAX,
	    "Identifier 'f' has already been declared" },
	{ "() => { try {} catch ([e]) { var e } }", LITERAL_SYNTAX,
	    "Identifier 'e' has already been declared" },
	{ "() => { class A {}; let A }", LITERAL_SYNTAX,
	    "Identifier 'A' has already been declared" },
	{ "() => { if (a) class A {} }", LITERAL_SYNTAX,
	    "Unexpected token 'class'" },
	{ "() => { import x from 'y' }", LITERAL_SYNTAX,
	    "Cannot use import statement outside a module" },
	{ "async () => { let await = 1 }", LITERAL_SYNTAX,
	    "Unexpected reserved word" },
	{ "function* () { let yield = 1 }", LITERAL_SYNTAX,
	    "Unexpected identifier 'yield'" },
	{ "function*() { yield\n* 2 }", LITERAL_SYNTAX,
	    "Unexpected token '*'" },
	{ "{ get x(a) { return 1 } }", LITERAL_SYNTAX,
	    "Getter must not have any formal parameters." },
	{ "{ set x() {} }", LITERAL_SYNTAX,
	    "Setter must have exactly one formal parameter." },
	{ "{ get x() { return 1; let let } }", LITERAL_SYNTAX,
	    "let is disallowed as a lexically bound name" },
	{ "() => { x = { a = 1 } }", LITERAL_SYNTAX,
	    "Invalid shorthand property initializer" },
	{ "async function() { for await (const x of y) {} }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { a: b: while (1) continue a }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "{ async m() { await 1 } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "{ *g() { yield 1 } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function*() { yield* g() }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { let a = b\n[1, 2].forEach(f) }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { { function f() {} } let f }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { { function f() {} function f() {} } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { try {} catch (e) { var e } }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "{ async: 1, async() {}, get() {}, set: 2 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { return import('x') }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "x => (a) => { c }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "() => { if (a) const x = 1 }", LITERAL_SYNTAX,
	    "Unexpected token 'const'" },
	{ "() => { let { a: 1 } = e }", LITERAL_SYNTAX,
	    "Invalid destructuring assignment target" },
	{ "() => { let [a, ...b = 1] = c }", LITERAL_SYNTAX,
	    "Invalid destructuring assignment target" },
	{ "() => { var [a.b] = c }", LITERAL_SYNTAX,
	    "Illegal property in declaration context" },
	{ "() => { break 1 }", LITERAL_SYNTAX, "Unexpected number" },
	{ "() => { function 1 }", LITERAL_SYNTAX, "Unexpected number" },
	{ "() => { if (a) let\nx = 1 }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	/* What ipcsim parses but does not check, or does not evaluate, it says so. */
	{ "class A { m() { return ) } }", LITERAL_SYNTAX,
	    "Unexpected token ')'" },
	{ "function() { 'use strict'; with (a) {} }", LITERAL_SYNTAX,
	    "Strict mode code may not include a with statement" },
	{ "x, () => { 'use strict' }", LITERAL_REFERENCE,
	    "x is not defined" },
	{ "new function() {}", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate new function" },
	{ "this", LITERAL_UNSUPPORTED, "ipcsim does not evaluate this" },
	{ "import('x')", LITERAL_UNSUPPORTED, "ipcsim does not evaluate import()" },
	{ "x => x * 2, (a, b) => a + b", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "a = [], a.foo = 1", LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
	    "properties of an array other than its indices and length" },
	{ "Math.x = 1", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate assignments to the properties of Math" },
	{ "d = new Date(0), d.x = 1", LITERAL_UNSUPPORTED, "ipcsim does not "
	    "evaluate assignments to the properties of a Date" },
	{ "t = new BigInt64Array(1), t[0] = 1", LITERAL_TYPE,
	    "Cannot convert 1 to a BigInt" },
	{ "t = new Uint8Array(1), t.x = 1", LITERAL_UNSUPPORTED, "ipcsim does "
	    "not evaluate assignments to the properties of a Uint8Array" },
	{ "a = {}, a.__proto__ = {}", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate assignments to __proto__" },
	/* A pattern's names are written, not read: no ReferenceError for them. */
	{ "[a, b] = [1, 2], a", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate destructuring assignments" },
	{ "{a} = 1", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate destructuring assignments" },
	{ "[a] + [b] = 1", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "([a]) = 1", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "[a]++", LITERAL_SYNTAX,
	    "Invalid left-hand side expression in postfix operation" },
	{ "`${a}` = 1", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	{ "new Date(a) = 1", LITERAL_SYNTAX,
	    "Invalid left-hand side in assignment" },
	/* A call is written to only when it has run: V8 throws then. */
	{ "Date(0) = 1", LITERAL_REFERENCE,
	    "Invalid left-hand side in assignment" },
	{ "Date(0) += 1", LITERAL_REFERENCE,
	    "Invalid left-hand side in assignment" },
	{ "Date(0)++", LITERAL_REFERENCE,
	    "Invalid left-hand side expression in postfix operation" },
	{ "++Date(0)", LITERAL_REFERENCE,
	    "Invalid left-hand side expression in prefix operation" },
};

/* Text and what console.log prints for the parsed arguments in Node. */
static const struct {
	const char	*text;
	const char	*printed;
} value_cases[] = {
	{ "", "" },
	{ "  \t\n ", "" },
	{ "1, 2,", "1 2" },
	{ "0x1F, 0o17, 0b101, 017, 08, .5, 5., 1_000, 1e3, 2E-7",
	    "31 15 5 15 8 0.5 5 1000 1000 2e-7" },
	{ "-0, +1, -Infinity, -NaN, - 5", "-0 1 -Infinity NaN -5" },
	{ "1_0n, 0x1_Fn, 0o17n, 0b101n, 0n, -0n, -(-5n), +[1n]",
	    "10n 31n 15n 5n 0n 0n 5n 1" },
	{ "123456789012345678901234567890n, 0x1fffffffffffffffffffffn",
	    "123456789012345678901234567890n 38685626227668133590597631n" },
	{ "!0n, !1n, {1n: 2, 0x10n: 3, 1e3: 4}",
	    "true false { '1': 2, '16': 3, '1000': 4 }" },
	{ "1_000_000.5_5e1_0, 1e3_0, 09.5, 0.5_1, 0xFFFFFFFFFFFFFFFFF",
	    "10000005500000000 1e+30 9.5 0.51 295147905179352830000" },
	{ "-'5', +[], -[7], +{}, !0, !'', -null, +true",
	    "-5 0 -7 NaN true true -0 1" },
	{ "'\\n\\t\\\\', \"\\x41\\u0042\\u{43}\", ['\\0']",
	    "\n\t\\ ABC [ '\\x00' ]" },
	{ "'\\uD83D\\uDE00', '\\u{1F600}', '\\q'",
	    "\xf0\x9f\x98\x80 \xf0\x9f\x98\x80 q" },
	{ "'a\\\nb', `t`", "ab t" },
	/* A hole stays a hole; a trailing comma makes none. */
	{ "[1, , 2], [1,]", "[ 1, <1 empty item>, 2 ] [ 1 ]" },
	{ "[1, , ], [, , 3]", "[ 1, <1 empty item> ] [ <2 empty items>, 3 ]" },
	{ "{a: 1, a: 2, b: 3}", "{ a: 2, b: 3 }" },
	{ "{1: 'x', 'b c': 2, true: 3,}", "{ '1': 'x', 'b c': 2, true: 3 }" },
	{ "(1, 2), ((3))", "2 3" },
	{ "/* c */ 1, // d\n 2", "1 2" },
	{ "\xc2\xa0" "1", "1" },
	{ "000, 0777, 0778", "0 511 778" },
	{ "{\xc3\xa9: 1}, {let: 1}, {\xcf\x80: 3}, dele"
	    "te 1, null?.x, null?.x.y, ({a: {b: 1}})?.a?.b, true ?.5 : 1,"
	    " undefined?.[0], [1]?.[0]",
	    "{ '\xc3\xa9': 1 } { let: 1 } { '\xcf\x80': 3"
	    " } true undefined undefined 1 0.5 undefined 1" },

	/*
	 * Expressions of literals: operators, ?:, ?? || && (their right
	 * sides evaluated only when they decide), typeof, void, reads of
	 * properties and of the globals' constants, spread, computed keys,
	 * getters, __proto__, templates.
	 */
	{ "1+2*3, 2**10, 7%3, -7%3, 5/0, 1-'a', '3'*'4', 1<<33, -1>>>0,"
	    " 5&3, 5|3, 5^3, ~5, 2**-1, (-8)%3, 0.1*3",
	    "7 1024 1 -1 Infinity NaN 12 2 4294967295 1 7 6 -6 0.5 -2 0.3"
	    "0000000000000004" },
	{ "1n+2n, 5n-7n, 1n<2, 2n>1n, 1n==1, 1n===1, '1'==1, null==unde"
	    "fined, null===undefined, NaN==NaN, [1]==1, 'b'>'a', 'a'<'B',"
	    " null>=0, undefined==0",
	    "3n -2n true true true false true true false false true true "
	    "false true false" },
	{ "typeof 1, typeof 'a', typeof null, typeof undefined, typeof "
	    "{}, typeof 1n, typeof (()=>1), typeof x, typeof Math, typeof"
	    " Symbol(), void 0, true ? 1 : 2, null ?? 3, 0 ?? 3, 0 || 'a'"
	    ", 1 && 'b', !!'', true || x, false && x",
	    "number string object undefined object bigint function undefi"
	    "ned object symbol undefined 1 3 0 a b false true false" },
	{ "Math.PI, Number.MAX_SAFE_INTEGER, 'ab'.length, [1,2,3].lengt"
	    "h, 'abc'[1], [5,6][1], ({a:1}).a, Math, JSON",
	    "3.141592653589793 9007199254740991 2 3 b 6 1 {} {}" },
	/* A global's methods are functions; its other names undefined. */
	{ "Math.foo, typeof Math.foo, typeof JSON.stringify, JSON.foo, "
	    "Number.foo, typeof Number.isInteger, typeof Object.keys, "
	    "typeof Math.hasOwnProperty, typeof Number.call, typeof Math.call"
	    ", typeof Reflect.get, typeof Promise.resolve",
	    "undefined undefined function undefined undefined function "
	    "function function function undefined function function" },
	{ "[1]+[2], {}+1, [].length, new Map([[1,2]]).size, /a/g.source"
	    ", /a/g.flags, new Uint8Array(3).length",
	    "12 [object Object]1 0 1 a g 3" },
	{ "2**3**2, (-2)**2, -(-0), -'', +'', -[], -null, +undefined, ~"
	    "'7', ~~1.5",
	    "512 4 0 -0 0 -0 -0 NaN -8 1" },
	{ "'a' + 1 + 2, 1 + 2 + 'a', 'x' - 1, [1,2] + 3, 1 + {}, true +"
	    " 1, null + 1",
	    "a12 3a NaN 1,23 1[object Object] 2 1" },
	{ "1 < 2 < 3, 3 > 2 > 1, '10' < '9', 10 < 9, '10' < 9, 1 == '1'"
	    ", 0 == '', 0 == '0', '' == '0', [] == false, null == 0",
	    "true false true false false true true true false true false" },
	{ "false ? x : 1",
	    "1" },
	{ "1 ? 2 : 3 ? 4 : 5",
	    "2" },
	{ "1 ?? x",
	    "1" },
	{ "({a: 1}).b, 'abc'.length, '\\u{1F600}'.length",
	    "undefined 3 2" },
	{ "5 % 0, -5 % 2, 2 ** 0.5, NaN ** 0, 1 ** Infinity, (-1) ** 0."
	    "5",
	    "NaN -1 1.4142135623730951 1 NaN NaN" },
	{ "(1, 2) + 3",
	    "5" },
	{ "0.1 + 0.2, 1e21 + 1, 2 ** 53 + 1",
	    "0.30000000000000004 1e+21 9007199254740992" },
	{ "1n - 2n, -1n - -1n, 10n - 1n",
	    "-1n 0n 9n" },
	{ "1 ? 2 : x",
	    "2" },
	{ "[...[1,2], ...'ab'], {...{a:1}, b:2, ...[9]}, {['a'+1]: 2}, "
	    "{get x() { return 5 }}, {__proto__: 1}, {__proto__: {a: 1}},"
	    " {['__proto__']: 1}",
	    "[ 1, 2, 'a', 'b' ] { '0': 9, a: 1, b: 2 } { a1: 2 } { x: 5 }"
	    " {} {} { ['__proto__']: 1 }" },
	{ "...[1, 2], 3",
	    "1 2 3" },
	{ "{...1, ...'hi', ...null, a: 1}",
	    "{ '0': 'h', '1': 'i', a: 1 }" },
	{ "{get a() { return 1 + 1; }, set b(v) {}, c: 3}",
	    "{ a: 2, b: undefined, c: 3 }" },
	{ "{[1 + 1]: 'two', [`k`]: 3}",
	    "{ '2': 'two', k: 3 }" },
	{ "new Set([...'aab'])",
	    "Set(2) { 'a', 'b' }" },
	{ "[...\"ab\", ...new Set([1, 2])]",
	    "[ 'a', 'b', 1, 2 ]" },
	{ "{a: 1, ...{a: 2, b: 3}}",
	    "{ a: 2, b: 3 }" },
	{ "{...[1, , 3]}",
	    "{ '0': 1, '2': 3 }" },
	{ "{get 1() { return 'one' }}",
	    "{ '1': 'one' }" },
	{ "{get: 1, set: 2}",
	    "{ get: 1, set: 2 }" },
	{ "(a) = 1, a",
	    "1 1" },
	{ "((a)) = 1, a",
	    "1 1" },
	{ "a = [5, 6], a[0, 1]",
	    "[ 5, 6 ] 6" },
	{ "(((b))) = [2], b",
	    "[ 2 ] [ 2 ]" },
	{ "`a${1+1}b`, `${[1,2]}`, `${`x`}`, `${{}}`, `${\"}\"}`",
	    "a2b 1,2 x [object Object] }" },

};

/*
 * Texts that share objects, what console.log(...args) prints in main after
 * the clone (v8.serialize, then v8.deserialize) and what the sum gives, as
 * Node 20 printed them.
 */
static const struct {
	const char	*text;
	const char	*printed;
	const char	*sum;
} shared_cases[] = {
	{ "a = {}, a.self = a, a",
	    "<ref *1> { self: [Circular *1] } <ref *1> { self: [Circular *1] } "
	    "<ref *1> { self: [Circular *1] }",
	    "0[object Object][object Object][object Object]" },
	{ "(a = [1], [a, a])",
	    "[ [ 1 ], [ 1 ] ]",
	    "01,1" },
	{ "o = {x: 1}, [o, o]",
	    "{ x: 1 } [ { x: 1 }, { x: 1 } ]",
	    "0[object Object][object Object],[object Object]" },
	{ "a = {}, b = [a], a.x = 1, b",
	    "{ x: 1 } [ { x: 1 } ] 1 [ { x: 1 } ]",
	    "0[object Object][object Object]1[object Object]" },
	{ "a = [1, 2], a[5] = 3, a",
	    "[ 1, 2, <3 empty items>, 3 ] 3 [ 1, 2, <3 empty items>, 3 ]",
	    "01,2,,,,331,2,,,,3" },
	{ "a = [], a[0] = a, a + 1",
	    "<ref *1> [ [Circular *1] ] <ref *1> [ [Circular *1] ] 1",
	    "01" },
	{ "a = [1], a[1] = a, a",
	    "<ref *1> [ 1, [Circular *1] ] <ref *1> [ 1, [Circular *1] ] "
	    "<ref *1> [ 1, [Circular *1] ]",
	    "01,1,1," },
	{ "a = {}, b = {}, a.b = b, b.a = a, [a, b]",
	    "<ref *1> { b: { a: [Circular *1] } } <ref *1> { a: { b: "
	    "[Circular *1] } } <ref *1> { a: { b: [Circular *1] } } <ref *1> "
	    "{ b: { a: [Circular *1] } } [\n"
	    "  <ref *1> { b: { a: [Circular *1] } },\n"
	    "  <ref *2> { a: <ref *1> { b: [Circular *2] } }\n"
	    "]",
	    "0[object Object][object Object][object Object][object Object]"
	    "[object Object],[object Object]" },
	{ "a = [], b = [a], a[0] = b, [a, b]",
	    "<ref *1> [ [ [Circular *1] ] ] <ref *1> [ [ [Circular *1] ] ] "
	    "<ref *1> [ [ [Circular *1] ] ] [\n"
	    "  <ref *1> [ [ [Circular *1] ] ],\n"
	    "  <ref *2> [ <ref *1> [ [Circular *2] ] ]\n"
	    "]",
	    "0," },
	{ "a = {}, a.a = a, a.b = a, a",
	    "<ref *1> { a: [Circular *1], b: [Circular *1] } <ref *1> { a: "
	    "[Circular *1], b: [Circular *1] } <ref *1> { a: [Circular *1], b: "
	    "[Circular *1] } <ref *1> { a: [Circular *1], b: [Circular *1] }",
	    "0[object Object][object Object][object Object][object Object]" },
	{ "m = new Map(), m2 = new Map([[m, m]]), s = new Set([m2, m]), [s, s]",
	    "Map(0) {} Map(1) { Map(0) {} => Map(0) {} } Set(2) { Map(1) { "
	    "Map(0) {} => Map(0) {} }, Map(0) {} } [\n"
	    "  Set(2) { Map(1) { Map(0) {} => Map(0) {} }, Map(0) {} },\n"
	    "  Set(2) { Map(1) { Map(0) {} => Map(0) {} }, Map(0) {} }\n"
	    "]",
	    "0[object Map][object Map][object Set][object Set],[object Set]" },
	{ "a = {}, a.self = a, {x: {y: {z: a}}}",
	    "<ref *1> { self: [Circular *1] } <ref *1> { self: [Circular *1] } "
	    "{ x: { y: { z: [Object] } } }",
	    "0[object Object][object Object][object Object]" },
	{ "x = y = 3, [x, y]",
	    "3 [ 3, 3 ]",
	    "33,3" },
	{ "a = [[1]], [...a, ...a]",
	    "[ [ 1 ] ] [ [ 1 ], [ 1 ] ]",
	    "011,1" },
	{ "x = 1, x += 2, x++, ++x, x",
	    "1 3 3 5 5",
	    "17" },
	{ "x = 0, x ||= 5, y = 1, y &&= 0, z = null, z ?" "?= 2, [x, y, z]",
	    "0 5 1 0 null 2 [ 5, 0, 2 ]",
	    "85,0,2" },
	{ "a = {}, a[2] = 1, a.z = 2, a[1] = 3, a",
	    "{ '1': 3, '2': 1, z: 2 } 1 2 3 { '1': 3, '2': 1, z: 2 }",
	    "0[object Object]123[object Object]" },
	{ "a = [1], a.length = 3, a",
	    "[ 1, <2 empty items> ] 3 [ 1, <2 empty items> ]",
	    "01,,31,," },
	{ "false && (z = 1), typeof z",
	    "false undefined",
	    "0undefined" },
	{ "t = new Uint8Array(2), t[0] = 5, t[1] = 300, t[5] = 1, t",
	    "Uint8Array(2) [ 5, 44 ] 5 300 1 Uint8Array(2) [ 5, 44 ]",
	    "05,44530015,44" },
	{ "parseInt = 1, parseInt",
	    "1 1",
	    "2" },
};

/* Text parses with code, and when it fails with exactly msg, leaving the arguments undefined. */
static void
assert_parse(const char *text, int code, const char *msg)
{
	struct value	 args;
	char		 got[128];

	ck_assert_int_eq(literal_parse_args(text, strlen(text), &args, got,
	    sizeof got), code);
	if (code == LITERAL_OK) {
		value_free(&args);
		return;
	}
	ck_assert_str_eq(got, msg);
	ck_assert_int_eq(args.type, VALUE_UNDEFINED);
}

/* Each error case gives its code and exactly V8's message. */
START_TEST(test_errors)
{
	assert_parse(error_cases[_i].text, error_cases[_i].code,
	    error_cases[_i].msg);
}
END_TEST

/* Each valid case parses to the values Node prints. */
START_TEST(test_values)
{
	struct value	 args;

	parse_ok(value_cases[_i].text, &args);
	assert_printed(args.items, args.count, value_cases[_i].printed);
	value_free(&args);
}
END_TEST

/*
 * A text that shares objects keeps them shared through the wire: main
 * prints and sums the decoded arguments as Node does.
 */
START_TEST(test_shared)
{
	struct value		 args, back, sum;
	struct buf		 b;
	struct msg_reader	 r;
	const char		*err;

	parse_ok(shared_cases[_i].text, &args);
	buf_init(&b);
	value_encode(&b, &args);
	msg_reader_init(&r, buf_head(&b), b.len);
	ck_assert_int_eq(value_decode_last(&r, &back, &err), 0);
	value_free(&args);
	assert_printed(back.items, back.count, shared_cases[_i].printed);
	ck_assert_int_eq(js_sum(&sum, &back, &err), 0);
	assert_printed(&sum, 1, shared_cases[_i].sum);
	value_free(&sum);
	value_free(&back);
	buf_free(&b);
}
END_TEST

/* -0 keeps its sign; the length given bounds the text. */
START_TEST(test_negative_zero_and_length)
{
	struct value	 args;
	char		 msg[64];

	ck_assert_int_eq(literal_parse_args("-0, 9", 2, &args, msg,
	    sizeof msg), LITERAL_OK);
	ck_assert_uint_eq(args.count, 1);
	ck_assert(args.items[0].number == 0 && signbit(args.items[0].number));
	value_free(&args);
}
END_TEST

/* Nesting stops at VALUE_MAX_DEPTH, so what parses always encodes and decodes. */
START_TEST(test_depth)
{
	char	 text[2 * VALUE_MAX_DEPTH + 8];
	int	 n;

	for (n = VALUE_MAX_DEPTH - 2; n <= VALUE_MAX_DEPTH; n++) {
		memset(text, '[', (size_t)n);
		memset(text + n, ']', (size_t)n);
		text[2 * n] = '\0';
		assert_parse(text, n < VALUE_MAX_DEPTH ? LITERAL_OK :
		    LITERAL_SYNTAX, "Maximum nesting depth exceeded");
	}
}
END_TEST

/* Assignments nest deeper than a literal can; the wire's limit holds all the same. */
START_TEST(test_depth_shared)
{
	char	 text[16 + 10 * VALUE_MAX_DEPTH];
	int	 n, i;

	for (n = VALUE_MAX_DEPTH - 2; n <= VALUE_MAX_DEPTH - 1; n++) {
		strlcpy(text, "(a = []", sizeof text);
		for (i = 0; i < n; i++)
			strlcat(text, ", a = [a]", sizeof text);
		strlcat(text, ", a)", sizeof text);
		assert_parse(text, n < VALUE_MAX_DEPTH - 1 ? LITERAL_OK :
		    LITERAL_UNSUPPORTED, "ipcsim does not evaluate values "
		    "nested deeper than 32 levels");
	}
}
END_TEST

Suite *
suite_literal(void)
{
	Suite	*s = suite_create("literal");
	TCase	*tc = tcase_create("parser");

	tcase_add_loop_test(tc, test_errors, 0,
	    sizeof error_cases / sizeof error_cases[0]);
	tcase_add_loop_test(tc, test_values, 0,
	    sizeof value_cases / sizeof value_cases[0]);
	tcase_add_loop_test(tc, test_shared, 0,
	    sizeof shared_cases / sizeof shared_cases[0]);
	tcase_add_test(tc, test_negative_zero_and_length);
	tcase_add_test(tc, test_depth);
	tcase_add_test(tc, test_depth_shared);
	suite_add_tcase(s, tc);
	return (s);
}
