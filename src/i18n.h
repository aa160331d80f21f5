/*
 * Translation of what ipcsim itself shows a person: _() where a text is
 * used, N_() to mark one in a table that _() translates where it is shown.
 * What the modelled programs print, the transcript and the trace are never
 * marked: they are the same in every language.
 */
#ifndef IPCSIM_I18N_H
#define IPCSIM_I18N_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s)	gettext(s)
#else
#define _(s)	(s)
#define ngettext(one, many, n)	((n) == 1 ? (one) : (many))
#endif
#define N_(s)	s

#endif
