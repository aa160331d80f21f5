/* Fatal errors and the optional debug log. */
#ifndef IPCSIM_LOG_H
#define IPCSIM_LOG_H

void	log_set_cleanup(void (*)(void));
void	log_start(const char *, const char *);
void	log_debug_write(const char *, ...) __attribute__((format(printf, 1, 2)));

/* Whether -v is on: log_debug then writes a line, else costs no call. */
extern int	log_on;

/* A debug line for -v; its arguments are not even computed without it. */
#define log_debug(...) do {				\
	if (log_on)					\
		log_debug_write(__VA_ARGS__);		\
} while (0)

void	fatal(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
