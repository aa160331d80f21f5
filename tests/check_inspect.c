/* console.log formatting, each expectation being what Node prints. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "suites.h"
#include "buf.h"
#include "helpers.h"
#include "inspect.h"
#include "literal.h"
#include "value.h"

/*
 * Arguments (the field's text, parsed as JavaScript) and what
 * console.log(...args) prints in Node 20, every one checked with Node.
 */
static const struct {
	const char	*args;
	const char	*printed;
} like_node[] = {
	{ "['\\x85']", "[ '\\x85' ]" },
	{ "['\\x9f', '\\xa0']", "[ '\\x9F', '\xc2\xa0' ]" },
	{ "1, 2.5, -3", "1 2.5 -3" },
	{ "-0", "-0" },
	{ "[-0, 0]", "[ -0, 0 ]" },
	{ "NaN, Infinity, -Infinity", "NaN Infinity -Infinity" },
	{ "0.1, 1e21, 1e-7, 123e-20", "0.1 1e+21 1e-7 1.23e-18" },
	{ "[1.5, -2.5e-10, 5e-324]", "[ 1.5, -2.5e-10, 5e-324 ]" },
	{ "[1, 'a']", "[ 1, 'a' ]" },
	{ "'a', ['a']", "a [ 'a' ]" },
	{ "[\"it's\"]", "[ \"it's\" ]" },
	{ "['it\\'s \"q\"']", "[ `it's \"q\"` ]" },
	{ "['it\\'s `${x}` \"q\"']", "[ 'it\\'s `${x}` \"q\"' ]" },
	{ "['it\\'s `q` \"q\"']", "[ 'it\\'s `q` \"q\"' ]" },
	{ "{k: \"it's\"}", "{ k: \"it's\" }" },
	{ "['a\\nb\\t\\r']", "[ 'a\\nb\\t\\r' ]" },
	{ "['\\x1b[31m', '\\x01\\x7f\\x0b']",
	    "[ '\\x1B[31m', '\\x01\\x7F\\x0B' ]" },
	{ "['\\b\\f\\0']", "[ '\\b\\f\\x00' ]" },
	{ "['back\\\\slash']", "[ 'back\\\\slash' ]" },
	{ "['\\u2028 \\u00e9 \\u{1F600} \\u65e5\\u672c']",
	    "[ '\xe2\x80\xa8 \xc3\xa9 \xf0\x9f\x98\x80 "
	    "\xe6\x97\xa5\xe6\x9c\xac' ]" },
	{ "[]", "[]" },
	{ "{}", "{}" },
	{ "[[], {}]", "[ [], {} ]" },
	{ "{a: 1, 'b-c': 2}", "{ a: 1, 'b-c': 2 }" },
	{ "{'1a': 1, $x: 2, a$: 3, _y: 4, A9: 5}",
	    "{ '1a': 1, '$x': 2, 'a$': 3, _y: 4, A9: 5 }" },
	{ "{'': 1, 'a b': 2, '\\u00e9': 3, true: 4}",
	    "{ '': 1, 'a b': 2, '\xc3\xa9': 3, true: 4 }" },
	{ "[[[[1]]]]", "[ [ [ [Array] ] ] ]" },
	{ "{a: {b: {c: {d: 1}}}}", "{ a: { b: { c: [Object] } } }" },
	{ "[{a: [{b: 1}]}]", "[ { a: [ [Object] ] } ]" },
	{ "[[[[]]]]", "[ [ [ [] ] ] ]" },
	{ "[[[{}]]]", "[ [ [ {} ] ] ]" },
	{ "{a: [[{}], [[1]]]}", "{ a: [ [ {} ], [ [Array] ] ] }" },
	{ "true, false, null, undefined", "true false null undefined" },
	{ "[true, false, null, undefined]", "[ true, false, null, undefined ]" },
	{ "{a: undefined, b: null}", "{ a: undefined, b: null }" },
	{ "'top', 'level'", "top level" },
	{ "'two\\nlines'", "two\nlines" },
	{ "'', 'x'", " x" },
	{ "['']", "[ '' ]" },
	{ "'it\\'s', [\"it's\"]", "it's [ \"it's\" ]" },
	{ "[1, 2, 3, 4, 5, 6]", "[ 1, 2, 3, 4, 5, 6 ]" },
	/* Integer-like keys come first, ascending, as JavaScript orders them. */
	{ "{b: 1, 1: 'x'}", "{ '1': 'x', b: 1 }" },
	{ "{a: 1, 10: 2, 2: 3}", "{ '2': 3, '10': 2, a: 1 }" },
	/*
	 * The layout over several lines: more than six items grouped in
	 * aligned columns (numbers right-aligned), 100 items then the count
	 * of the rest, holes, long strings split at their newlines, wide
	 * characters two columns, and the innermost three levels on a line.
	 */
	{ "[1,2,3,4,5,6,7]",
	    "[\n"
	    "  1, 2, 3, 4,\n"
	    "  5, 6, 7\n"
	    "]" },
	{ "['a','b','c','d','e','f','g']",
	    "[\n"
	    "  'a', 'b', 'c',\n"
	    "  'd', 'e', 'f',\n"
	    "  'g'\n"
	    "]" },
	/*
	 * Columns measured as Node's getStringWidth (with ICU) measures:
	 * wide and fullwidth characters and emoji two, combining marks and
	 * variation selectors none.
	 */
	{ "['中文', 'a', '中', 'bb', '文字文', 'c', 'd', 'e', 'f', 'g', 'h', "
	    "'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', "
	    "'v', 'w', 'x', 'y', 'z', '一二三四']",
	    "[\n"
	    "  '中文', 'a',      '中',\n"
	    "  'bb',   '文字文', 'c',\n"
	    "  'd',    'e',      'f',\n"
	    "  'g',    'h',      'i',\n"
	    "  'j',    'k',      'l',\n"
	    "  'm',    'n',      'o',\n"
	    "  'p',    'q',      'r',\n"
	    "  's',    't',      'u',\n"
	    "  'v',    'w',      'x',\n"
	    "  'y',    'z',      '一二三四'\n"
	    "]" },
	{ "['🚀🚀', 'ab', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', "
	    "'m', 'n', 'o', 'p', 'q', 'r', 'ssssss', 't', 'u', 'v', 'w', 'x', "
	    "'y', 'z', '✅', 'a']",
	    "[\n"
	    "  '🚀🚀', 'ab', 'c',      'd',\n"
	    "  'e',    'f',  'g',      'h',\n"
	    "  'i',    'j',  'k',      'l',\n"
	    "  'm',    'n',  'o',      'p',\n"
	    "  'q',    'r',  'ssssss', 't',\n"
	    "  'u',    'v',  'w',      'x',\n"
	    "  'y',    'z',  '✅',     'a'\n"
	    "]" },
	{ "['\\u05d0\\u05b0\\u05b1', 'ab', 'c', 'd', 'e', 'f', 'g', 'h', 'i', "
	    "'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', "
	    "'w', 'x', 'y', 'z', '⌚⌚', 'a\\ufe0f', '\\u2329x']",
	    "[\n"
	    "  '\u05d0\u05b0\u05b1', 'ab',   'c', 'd',   'e',\n"
	    "  'f', 'g',    'h', 'i',   'j',\n"
	    "  'k', 'l',    'm', 'n',   'o',\n"
	    "  'p', 'q',    'r', 's',   't',\n"
	    "  'u', 'v',    'w', 'x',   'y',\n"
	    "  'z', '⌚⌚', 'a\ufe0f', '\u2329x'\n"
	    "]" },
	/*
	 * Widths are counted after NFC: Hangul jamo make a syllable, kana and
	 * a voiced mark one kana, two Tamil vowel signs one.
	 */
	{ "['\\u1100\\u1161', 'a', 'b', 'c', 'd', 'e', 'f', 'g', "
	    "'\\u304b\\u3099', '\\u0bc6\\u0bbe', '\\uac00\\u11a8', "
	    "'\\u1100\\u1161\\u11a8x']",
	    "[\n"
	    "  '\u1100\u1161', 'a',  'b',\n"
	    "  'c',  'd',  'e',\n"
	    "  'f',  'g',  '\u304b\u3099',\n"
	    "  '\u0bc6\u0bbe',  '\uac00\u11a8', '\u1100\u1161\u11a8x'\n"
	    "]" },
	{ "[1,22,333,4444,55555,666666,7777777,88888888]",
	    "[\n"
	    "        1,       22,\n"
	    "      333,     4444,\n"
	    "    55555,   666666,\n"
	    "  7777777, 88888888\n"
	    "]" },
	{ "[1, 'a', 2, 'bb', 3, 'ccc', 4]",
	    "[\n"
	    "  1,    'a', 2,\n"
	    "  'bb', 3,   'ccc',\n"
	    "  4\n"
	    "]" },
	{ "[[1,2],[3,4],[5,6],[7,8],[9,10],[11,12],[13,14]]",
	    "[\n"
	    "  [ 1, 2 ],\n"
	    "  [ 3, 4 ],\n"
	    "  [ 5, 6 ],\n"
	    "  [ 7, 8 ],\n"
	    "  [ 9, 10 ],\n"
	    "  [ 11, 12 ],\n"
	    "  [ 13, 14 ]\n"
	    "]" },
	{ "[1,,,,5,,]",
	    "[ 1, <3 empty items>, 5, <1 empty item> ]" },
	{ "[,,,]",
	    "[ <3 empty items> ]" },
	{ "{a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9,j:10,k:11,l:12,m:13,n:1"
	    "4,o:15,p:16}",
	    "{\n"
	    "  a: 1,\n"
	    "  b: 2,\n"
	    "  c: 3,\n"
	    "  d: 4,\n"
	    "  e: 5,\n"
	    "  f: 6,\n"
	    "  g: 7,\n"
	    "  h: 8,\n"
	    "  i: 9,\n"
	    "  j: 10,\n"
	    "  k: 11,\n"
	    "  l: 12,\n"
	    "  m: 13,\n"
	    "  n: 14,\n"
	    "  o: 15,\n"
	    "  p: 16\n"
	    "}" },
	{ "{name:'ipcsim', version:'1.0.0', description:'a simulator of"
	    " electron ipc', main:'main.js'}",
	    "{\n"
	    "  name: 'ipcsim',\n"
	    "  version: '1.0.0',\n"
	    "  description: 'a simulator of electron ipc',\n"
	    "  main: 'main.js'\n"
	    "}" },
	{ "{a:{b:{c:{d:1}}}, e:1}",
	    "{ a: { b: { c: [Object] } }, e: 1 }" },
	{ "{a:[1,2,3], b:{c:[4,5,{d:6}]}}",
	    "{ a: [ 1, 2, 3 ], b: { c: [ 4, 5, [Object] ] } }" },
	{ "[[[[1]]], 2]",
	    "[ [ [ [Array] ] ], 2 ]" },
	{ "{k:'aaaaaaaaaaaaaaaaaaaaaaa\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	    "bbbbbbbbbbb\\ncccccccccccccccccccccccccccccccccccc'}",
	    "{\n"
	    "  k: 'aaaaaaaaaaaaaaaaaaaaaaa\\n' +\n"
	    "    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n' +\n"
	    "    'cccccccccccccccccccccccccccccccccccc'\n"
	    "}" },
	{ "['aaaaaaaaaaaaaaaaaaaaaaa\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	    "bbbbbbbbb\\ncccccccccccccccccccccccccccccccccccc\\n']",
	    "[\n"
	    "  'aaaaaaaaaaaaaaaaaaaaaaa\\n' +\n"
	    "    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n' +\n"
	    "    'cccccccccccccccccccccccccccccccccccc\\n'\n"
	    "]" },
	{ "[{a:1,b:2},{a:1,b:2},{a:1,b:2},{a:1,b:2},{a:1,b:2},{a:1,b:2}"
	    ",{a:1,b:2}]",
	    "[\n"
	    "  { a: 1, b: 2 },\n"
	    "  { a: 1, b: 2 },\n"
	    "  { a: 1, b: 2 },\n"
	    "  { a: 1, b: 2 },\n"
	    "  { a: 1, b: 2 },\n"
	    "  { a: 1, b: 2 },\n"
	    "  { a: 1, b: 2 }\n"
	    "]" },
	{ "['\\u65e5\\u672c\\u8a9e','\\u65e5\\u672c','\\u65e5','\\u65e5"
	    "\\u672c\\u8a9e','\\u65e5\\u672c','\\u65e5','\\u65e5\\u672c\\u"
	    "8a9e']",
	    "[\n"
	    "  '\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e',"
	    " '\xe6\x97\xa5\xe6\x9c\xac'"
	    ",\n"
	    "  '\xe6\x97\xa5',     '\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e'"
	    ",\n"
	    "  '\xe6\x97\xa5\xe6\x9c\xac',   '\xe6\x97\xa5'"
	    ",\n"
	    "  '\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e'\n"
	    "]" },
	{ "[-0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1, 123456789]",
	    "[\n"
	    "        -0,       NaN,\n"
	    "  Infinity, -Infinity,\n"
	    "     1e+21,      1e-7,\n"
	    "       0.1, 123456789\n"
	    "]" },
	{ "{'a-b':1, __proto__x:2, $:3}",
	    "{ 'a-b': 1, __proto__x: 2, '$': 3 }" },
	{ "1, [1,2,3,4,5,6,7], 'x'",
	    "1 [\n"
	    "  1, 2, 3, 4,\n"
	    "  5, 6, 7\n"
	    "] x" },
	{ "[0.5,1.5,2.5,3.5,4.5,5.5,6.5, \"a\"]",
	    "[\n"
	    "  0.5, 1.5, 2.5,\n"
	    "  3.5, 4.5, 5.5,\n"
	    "  6.5, 'a'\n"
	    "]" },
	{ "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
	    "23,24,25]",
	    "[\n"
	    "   0,  1,  2,  3,  4,  5,  6,  7,\n"
	    "   8,  9, 10, 11, 12, 13, 14, 15,\n"
	    "  16, 17, 18, 19, 20, 21, 22, 23,\n"
	    "  24, 25\n"
	    "]" },
	{ "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
	    "23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,"
	    "43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,"
	    "63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,"
	    "83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
	    "[\n"
	    "   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n"
	    "  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n"
	    "  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n"
	    "  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n"
	    "  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n"
	    "  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n"
	    "  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n"
	    "  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n"
	    "  96, 97, 98, 99,\n"
	    "  ... 1 more item\n"
	    "]" },
	{ "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
	    "23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,"
	    "43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,"
	    "63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,"
	    "83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,,,]",
	    "[\n"
	    "  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,\n"
	    "  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n"
	    "  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n"
	    "  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n"
	    "  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n"
	    "  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n"
	    "  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n"
	    "  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n"
	    "  96, 97, 98, 99,\n"
	    "  ... 2 more items\n"
	    "]" },
	{ "[,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22"
	    ",23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42"
	    ",43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62"
	    ",63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82"
	    ",83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,"
	    "102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,"
	    "117,118,119]",
	    "[\n"
	    "  <1 empty item>, 0,  1,  2,  3,\n"
	    "  4,              5,  6,  7,  8,\n"
	    "  9,              10, 11, 12, 13,\n"
	    "  14,             15, 16, 17, 18,\n"
	    "  19,             20, 21, 22, 23,\n"
	    "  24,             25, 26, 27, 28,\n"
	    "  29,             30, 31, 32, 33,\n"
	    "  34,             35, 36, 37, 38,\n"
	    "  39,             40, 41, 42, 43,\n"
	    "  44,             45, 46, 47, 48,\n"
	    "  49,             50, 51, 52, 53,\n"
	    "  54,             55, 56, 57, 58,\n"
	    "  59,             60, 61, 62, 63,\n"
	    "  64,             65, 66, 67, 68,\n"
	    "  69,             70, 71, 72, 73,\n"
	    "  74,             75, 76, 77, 78,\n"
	    "  79,             80, 81, 82, 83,\n"
	    "  84,             85, 86, 87, 88,\n"
	    "  89,             90, 91, 92, 93,\n"
	    "  94,             95, 96, 97, 98,\n"
	    "  ... 21 more items\n"
	    "]" },
	{ "['w','ww','www','wwww','wwwww','wwwwww','wwwwwww','wwwwwwww'"
	    ",'wwwwwwwww','w','ww','www','wwww','wwwww','wwwwww','wwwwwww"
	    "','wwwwwwww','wwwwwwwww','w','ww','www','wwww','wwwww','wwww"
	    "ww','wwwwwww','wwwwwwww','wwwwwwwww','w','ww','www']",
	    "[\n"
	    "  'w',       'ww',       'www',\n"
	    "  'wwww',    'wwwww',    'wwwwww',\n"
	    "  'wwwwwww', 'wwwwwwww', 'wwwwwwwww',\n"
	    "  'w',       'ww',       'www',\n"
	    "  'wwww',    'wwwww',    'wwwwww',\n"
	    "  'wwwwwww', 'wwwwwwww', 'wwwwwwwww',\n"
	    "  'w',       'ww',       'www',\n"
	    "  'wwww',    'wwwww',    'wwwwww',\n"
	    "  'wwwwwww', 'wwwwwwww', 'wwwwwwwww',\n"
	    "  'w',       'ww',       'www'\n"
	    "]" },
	{ "[{id: 0, name: 'item0'},{id: 1, name: 'item1'},{id: 2, name:"
	    " 'item2'},{id: 3, name: 'item3'},{id: 4, name: 'item4'},{id:"
	    " 5, name: 'item5'},{id: 6, name: 'item6'},{id: 7, name: 'ite"
	    "m7'}]",
	    "[\n"
	    "  { id: 0, name: 'item0' },\n"
	    "  { id: 1, name: 'item1' },\n"
	    "  { id: 2, name: 'item2' },\n"
	    "  { id: 3, name: 'item3' },\n"
	    "  { id: 4, name: 'item4' },\n"
	    "  { id: 5, name: 'item5' },\n"
	    "  { id: 6, name: 'item6' },\n"
	    "  { id: 7, name: 'item7' }\n"
	    "]" },
	{ "['yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
	    "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 1, 2, 3, 4, 5, "
	    "6]",
	    "[\n"
	    "  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
	    "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n"
	    "  1,\n"
	    "  2,\n"
	    "  3,\n"
	    "  4,\n"
	    "  5,\n"
	    "  6\n"
	    "]" },
	/*
	 * What the clone carries beyond JSON, made by the constructors and
	 * literals, as Node prints it: Dates as ISO strings, RegExps, Maps,
	 * Sets, typed arrays (grouped like arrays), ArrayBuffers.
	 */
	{ "new Date(0)",
	    "1970-01-01T00:00:00.000Z" },
	{ "new Date(NaN)",
	    "Invalid Date" },
	{ "new Date(-1)",
	    "1969-12-31T23:59:59.999Z" },
	{ "new Date(253402300800000)",
	    "+010000-01-01T00:00:00.000Z" },
	{ "new Date(-62198755200000)",
	    "-000001-01-01T00:00:00.000Z" },
	{ "new Map([[1, 2], [\"a\", {b: 1}]])",
	    "Map(2) { 1 => 2, 'a' => { b: 1 } }" },
	{ "new Map()",
	    "Map(0) {}" },
	{ "new Set([1, 2, 2, NaN, NaN, 0, -0])",
	    "Set(4) { 1, 2, NaN, 0 }" },
	{ "new Set(\"abc\")",
	    "Set(3) { 'a', 'b', 'c' }" },
	{ "new Uint8Array([1, 2, 300, -1])",
	    "Uint8Array(4) [ 1, 2, 44, 255 ]" },
	{ "new Float32Array([0.1, -0])",
	    "Float32Array(2) [ 0.10000000149011612, -0 ]" },
	{ "new Int16Array(3)",
	    "Int16Array(3) [ 0, 0, 0 ]" },
	{ "new Uint8ClampedArray([300, -5, 1.5, 2.5])",
	    "Uint8ClampedArray(4) [ 255, 0, 2, 2 ]" },
	{ "new BigInt64Array([1n, -1n])",
	    "BigInt64Array(2) [ 1n, -1n ]" },
	{ "new BigUint64Array([-1n])",
	    "BigUint64Array(1) [ 18446744073709551615n ]" },
	{ "new ArrayBuffer(3)",
	    "ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }" },
	{ "new Uint8Array(new ArrayBuffer(2))",
	    "Uint8Array(2) [ 0, 0 ]" },
	{ "[new Map([[1,{a:{b:{}}}]])]",
	    "[ Map(1) { 1 => { a: [Object] } } ]" },
	{ "{a:{b:new Map([[1,2]])}}",
	    "{ a: { b: Map(1) { 1 => 2 } } }" },
	{ "{a:{b:{c:new Map([[1,2]])}}}",
	    "{ a: { b: { c: [Map] } } }" },
	{ "{a:{b:{c:new Uint8Array(2)}}}",
	    "{ a: { b: { c: [Uint8Array] } } }" },
	{ "new Float64Array(101)",
	    "Float64Array(101) [\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
	    "  0, 0, 0, 0,\n"
	    "  ... 1 more item\n"
	    "]" },
	{ "new Map([[NaN, 1], [NaN, 2], [0, 3], [-0, 4]])",
	    "Map(2) { NaN => 2, 0 => 4 }" },
	{ "[new Date(0)]",
	    "[ 1970-01-01T00:00:00.000Z ]" },
	{ "new Uint8Array([1,2,3,4,5,6,7,8,9,10])",
	    "Uint8Array(10) [\n"
	    "  1, 2, 3, 4,  5,\n"
	    "  6, 7, 8, 9, 10\n"
	    "]" },
	{ "new ArrayBuffer(101)",
	    "ArrayBuffer {\n"
	    "  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 0"
	    "0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 0"
	    "0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 0"
	    "0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 0"
	    "0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 0"
	    "0 00 00 00 00 00 00 ... 1 more byte>,\n"
	    "  byteLength: 101\n"
	    "}" },
	{ "RegExp('a/b\\nc')",
	    "/a\\/b\\nc/" },
	{ "new RegExp(/a/g, 'i')",
	    "/a/i" },
	{ "new RegExp(/a/g)",
	    "/a/g" },
	{ "new RegExp(undefined)",
	    "/(?:)/" },
	{ "new RegExp(1)",
	    "/1/" },
	{ "new Map([[1]])",
	    "Map(1) { 1 => undefined }" },
	{ "new Uint8Array(1.5)",
	    "Uint8Array(1) [ 0 ]" },
	{ "new ArrayBuffer('3')",
	    "ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }" },
	{ "new Date('2020-01-02')",
	    "2020-01-02T00:00:00.000Z" },
	{ "new Date('2020-01-02T03:04')",
	    "2020-01-02T03:04:00.000Z" },
	{ "new Date('2020-01-02T03:04:05.678+01:00')",
	    "2020-01-02T02:04:05.678Z" },
	{ "new Date(2020, 0, 31, 12)",
	    "2020-01-31T12:00:00.000Z" },
	{ "new Date(true)",
	    "1970-01-01T00:00:00.001Z" },
	{ "new Date(null)",
	    "1970-01-01T00:00:00.000Z" },
	{ "new Date(undefined)",
	    "Invalid Date" },
	{ "new Date(new Date(5))",
	    "1970-01-01T00:00:00.005Z" },
	{ "new Set(new Map([[1,2]]))",
	    "Set(1) { [ 1, 2 ] }" },
	{ "new Uint8Array(new Set([1,2]))",
	    "Uint8Array(2) [ 1, 2 ]" },
	{ "new Map(null)",
	    "Map(0) {}" },
	{ "new Date(2020)",
	    "1970-01-01T00:00:02.020Z" },
	{ "new Date('2020')",
	    "2020-01-01T00:00:00.000Z" },
	{ "new Date(1e20)",
	    "Invalid Date" },
	{ "new Int8Array(new Uint8Array([255]))",
	    "Int8Array(1) [ -1 ]" },
	{ "new Uint8Array(new ArrayBuffer(4), 1, 2)",
	    "Uint8Array(2) [ 0, 0 ]" },
	{ "new Uint8Array(new ArrayBuffer(4), 1)",
	    "Uint8Array(3) [ 0, 0, 0 ]" },
	{ "/\\\\/",
	    "/\\\\/" },
	{ "/a/dgimsuy",
	    "/a/dgimsuy" },
	{ "/a/yig",
	    "/a/giy" },
	{ "/(?:)/",
	    "/(?:)/" },
	{ "/[]/",
	    "/[]/" },
	{ "/\\\\1/",
	    "/\\\\1/" },
	{ "/{/",
	    "/{/" },
	{ "/}/",
	    "/}/" },
	{ "/]/",
	    "/]/" },
	{ "/a/, /b\\/c/",
	    "/a/ /b\\/c/" },
	{ "/a{2}/",
	    "/a{2}/" },
	{ "/a{2,}/",
	    "/a{2,}/" },
	{ "/a{,2}/",
	    "/a{,2}/" },
	{ "/(?=a)*/",
	    "/(?=a)*/" },
	{ "/[a-z]/",
	    "/[a-z]/" },
	{ "/[\\]]/",
	    "/[\\]]/" },
	{ "/a*?/",
	    "/a*?/" },
	{ "new Date(1e12, 1)",
	    "Invalid Date" },
	{ "new Set([[1,2],[1,2]])",
	    "Set(2) { [ 1, 2 ], [ 1, 2 ] }" },
	{ "new Map([[{}, 1], [{}, 2]])",
	    "Map(2) { {} => 1, {} => 2 }" },
	{ "[/a/g, new Date(0), new Map([[1,2]]), new Set([1]), new Uint"
	    "8Array(1), new ArrayBuffer(1), 1]",
	    "[\n"
	    "  /a/g,\n"
	    "  1970-01-01T00:00:00.000Z,\n"
	    "  Map(1) { 1 => 2 },\n"
	    "  Set(1) { 1 },\n"
	    "  Uint8Array(1) [ 0 ],\n"
	    "  ArrayBuffer { [Uint8Contents]: <00>, byteLength: 1 },\n"
	    "  1\n"
	    "]" },
	{ "new Map([new Date(0)])",
	    "Map(1) { undefined => undefined }" },
	{ "new Float32Array([1.5, NaN, Infinity, 1e40])",
	    "Float32Array(4) [ 1.5, NaN, Infinity, Infinity ]" },
	{ "new Int32Array([2147483648, -2147483649, 4294967296.5])",
	    "Int32Array(3) [ -2147483648, 2147483647, 0 ]" },
	{ "new Uint32Array([-1])",
	    "Uint32Array(1) [ 4294967295 ]" },
	{ "new Map([[1, 2]]), new Set([3])",
	    "Map(1) { 1 => 2 } Set(1) { 3 }" },
	/* <ref *1> counts in the line's length (reduceToSingleString's base). */
	{ "a = {k: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'}, a.self = a, a, [a]",
	    "<ref *1> { k: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', self: "
	    "[Circular *1] } <ref *1> { k: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', "
	    "self: [Circular *1] } <ref *1> { k: "
	    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', self: [Circular *1] } [\n"
	    "  <ref *1> {\n"
	    "    k: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n"
	    "    self: [Circular *1]\n"
	    "  }\n"
	    "]" },
	/* A cycle found before the depth runs out, and one the depth hides. */
	{ "a = {}, a.b = {c: {d: a}}, a",
	    "<ref *1> { b: { c: { d: [Circular *1] } } } <ref *1> { c: { d: { "
	    "b: [Circular *1] } } } <ref *1> { b: { c: { d: [Circular *1] } } }" },
	{ "a = [], a[0] = {b: {c: {d: a}}}, a",
	    "[ { b: { c: [Object] } } ] { b: { c: { d: [Array] } } } "
	    "[ { b: { c: [Object] } } ]" },

};

/* Each case prints exactly as Node's console.log. */
START_TEST(test_like_node)
{
	struct value	 args;

	/* Dates made from local fields are checked in UTC. */
	setenv("TZ", "UTC", 1);
	tzset();
	parse_ok(like_node[_i].args, &args);
	assert_printed(args.items, args.count, like_node[_i].printed);
	value_free(&args);
}
END_TEST

/*
 * Errors made in the page keep their stack, the button handler's frame at
 * the text's place in renderer.js: Node prints the stack, indented where
 * it is nested, and a stack without a frame in brackets.
 */
START_TEST(test_errors)
{
	static const struct literal_origin	 origin = { "renderer.js", 3, 45 };
	static const char			 text[] = "new Error('x'), "
						    "[new TypeError('bad')], "
						    "{e: RangeError()}, 1";
	struct value				 args;
	struct buf				 b;
	char					 msg[256];

	ck_assert_int_eq(literal_parse_page(text, sizeof text - 1, &origin,
	    &args, msg, sizeof msg), LITERAL_OK);
	buf_init(&b);
	inspect_log_args(&b, &args);
	ck_assert_str_eq(buf_str(&b), "Error: x\n"
	    "    at btn.onclick (renderer.js:3:45) [\n"
	    "  TypeError: bad\n"
	    "      at btn.onclick (renderer.js:3:62)\n"
	    "] {\n"
	    "  e: RangeError\n"
	    "      at btn.onclick (renderer.js:3:89)\n"
	    "} 1");
	buf_clear(&b);
	inspect_value(&b, &args);
	ck_assert_str_eq(buf_str(&b), "[ [Error: x], [ [TypeError: bad] ], "
	    "{ e: [RangeError] }, 1 ]");
	buf_free(&b);
	value_free(&args);
	/* Without a place in the page there is no frame: Node's brackets. */
	parse_ok("new Error('y')", &args);
	assert_printed(args.items, args.count, "[Error: y]");
	value_free(&args);
}
END_TEST

/* What inspect_value appends for v must be exactly want. */
static void
assert_inspected(const struct value *v, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	inspect_value(&b, v);
	ck_assert_uint_eq(b.len, strlen(want));
	ck_assert_mem_eq(buf_head(&b), want, b.len);
	buf_free(&b);
}

/* The seed's log line: console.log(prefix, ...[1, 2, 3]). */
START_TEST(test_log_args)
{
	static const char	 prefix[] = "receive message from renderer process";
	struct value		 args;
	struct buf		 b;
	int			 i;

	value_init(&args, VALUE_ARRAY);
	value_string(value_push(&args), prefix, sizeof prefix - 1);
	for (i = 1; i <= 3; i++)
		value_number(value_push(&args), i);
	buf_init(&b);
	inspect_log_args(&b, &args);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b),
	    "receive message from renderer process 1 2 3");
	buf_clear(&b);
	/* No arguments print nothing. */
	value_free(&args);
	value_init(&args, VALUE_ARRAY);
	inspect_log_args(&b, &args);
	ck_assert_uint_eq(b.len, 0);
	buf_free(&b);
	value_free(&args);
}
END_TEST

/* A lone value: inspect quotes a string, console.log prints it bare. */
START_TEST(test_single_values)
{
	struct value	 v;
	struct buf	 b;

	value_string(&v, "it's", 4);
	assert_inspected(&v, "\"it's\"");
	buf_init(&b);
	inspect_log_value(&b, &v);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b), "it's");
	buf_free(&b);
	value_free(&v);

	value_string(&v, "a\0b", 3);
	assert_inspected(&v, "'a\\x00b'");
	value_free(&v);
	value_number(&v, -0.0);
	assert_inspected(&v, "-0");
	value_number(&v, NAN);
	assert_inspected(&v, "NaN");
	value_init(&v, VALUE_UNDEFINED);
	assert_inspected(&v, "undefined");
}
END_TEST

/* Built directly: the fourth level is elided, unless it is empty. */
START_TEST(test_depth_limit)
{
	struct value	 v, *p;
	int		 i;

	value_init(&v, VALUE_ARRAY);
	for (p = &v, i = 0; i < 4; i++) {
		p = value_push(p);
		value_init(p, i < 3 ? VALUE_OBJECT : VALUE_NULL);
		if (i < 3) {
			p = value_set(p, "k", 1);
			value_init(p, VALUE_ARRAY);
		}
	}
	assert_inspected(&v, "[ { k: [ [Object] ] } ]");
	value_free(&v);

	value_init(&v, VALUE_OBJECT);
	for (p = &v, i = 0; i < 3; i++) {
		p = value_set(p, "o", 1);
		value_init(p, VALUE_OBJECT);
	}
	assert_inspected(&v, "{ o: { o: { o: {} } } }");
	value_free(&v);
}
END_TEST

Suite *
suite_inspect(void)
{
	Suite	*s = suite_create("inspect");
	TCase	*tc = tcase_create("console.log");

	tcase_add_loop_test(tc, test_like_node, 0,
	    sizeof like_node / sizeof like_node[0]);
	tcase_add_test(tc, test_log_args);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_single_values);
	tcase_add_test(tc, test_depth_limit);
	suite_add_tcase(s, tc);
	return (s);
}
