/* Write everything, through partial writes, EINTR and EAGAIN. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <unistd.h>

#include "log.h"
#include "writeall.h"

/*
 * Write the n bytes at p to fd, waiting in poll when it is non-blocking and
 * full; 0, or -1 with errno set when a write fails.
 */
int
write_all(int fd, const void *p, size_t n)
{
	const char	*c = p;
	struct pollfd	 pfd;
	ssize_t		 w;

	while (n > 0) {
		if ((w = write(fd, c, n)) >= 0) {
			c += w;
			n -= (size_t)w;
			continue;
		}
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN && errno != EWOULDBLOCK)
			return (-1);
		pfd.fd = fd;
		pfd.events = POLLOUT;
		if (poll(&pfd, 1, -1) == -1 && errno != EINTR)
			fatal("poll");
	}
	return (0);
}
