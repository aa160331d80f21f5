/*
 * How main answers a send: the seed's three equivalent calls, which stop
 * being equivalent with several windows or after a reload.  One table
 * (reply.c) gives each its option name, the call as the code writes it, and
 * where the answer goes.
 */
#ifndef IPCSIM_REPLY_H
#define IPCSIM_REPLY_H

/* The rows of the table, in the order the selector shows them. */
enum {
	REPLY_EVENT_REPLY = 0,
	REPLY_SENDER_SEND = 1,
	REPLY_WEBCONTENTS = 2,
	REPLY_COUNT
};

/* Where an answer goes. */
enum reply_target {
	REPLY_TO_SENDING_PAGE,	/* the frame that sent, dropped if its page is gone */
	REPLY_TO_SENDER_WINDOW,	/* the sender's webContents: whatever page it shows */
	REPLY_TO_FIRST_WINDOW,	/* win: the window the app created first */
};

struct reply_method {
	const char		*name;	/* the --reply value */
	const char		*call;	/* as main.js writes it */
	const char		*alias;	/* another --reply spelling, or NULL */
	enum reply_target	 target;
};

const struct reply_method	*reply_method(int);
int				 reply_method_parse(const char *);
const char			*reply_method_names(void);

#endif
