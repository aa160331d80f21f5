/*
 * libFuzzer target: bytes from a child, as the UI reads them.  The input is
 * fed to a real peer through a pipe in two pieces (split at its first byte's
 * value), and every frame that comes out is checked the way the UI checks it.
 */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipc.h"
#include "peer.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Take every whole frame out of the peer and decode IPC payloads. */
static int
drain(struct peer *p)
{
	struct msg	 m;
	struct ipc_call	 c;
	const char	*err;
	int		 r;

	while ((r = peer_next(p, &m, &err)) == 1) {
		if (ipc_decode(&m, &c, &err) == 0)
			ipc_free(&c);
		peer_done(p, &m);
	}
	return (r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct peer	 p;
	int		 fds[2];
	size_t		 split = size > 0 ? data[0] % (size + 1) : 0;

	if (size > 60000 || pipe2(fds, O_NONBLOCK) == -1)
		return (0);
	peer_init(&p, fds[0], -1);
	if (write(fds[1], data, split) == (ssize_t)split) {
		peer_read(&p);
		if (drain(&p) != -1 && write(fds[1], data + split,
		    size - split) == (ssize_t)(size - split)) {
			close(fds[1]);
			fds[1] = -1;
			peer_read(&p);
			peer_read(&p);
			drain(&p);
		}
	}
	if (fds[1] != -1)
		close(fds[1]);
	peer_close(&p);
	return (0);
}
