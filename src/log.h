/* Fatal errors and the optional debug log. */
#ifndef IPCSIM_LOG_H
#define IPCSIM_LOG_H

void	log_set_cleanup(void (*)(void));
void	log_start(const char *, const char *);
void	log_debug(const char *, ...) __attribute__((format(printf, 1, 2)));
void	fatal(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
