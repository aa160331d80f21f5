/* Ending the children and restoring the terminal when the UI process crashes. */
#ifndef IPCSIM_CRASH_H
#define IPCSIM_CRASH_H

#include <stddef.h>
#include <sys/types.h>

/* The most bytes of escape sequences that leave curses' terminal modes. */
#define CRASH_MAX_RESET	256

void	crash_add_child(pid_t);
void	crash_del_child(pid_t);
void	crash_arm(const char *, size_t);
void	crash_disarm(void);
void	crash_handler(int);

#endif
