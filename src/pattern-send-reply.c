/* The seed: ipcRenderer.send, then main answers by one of the three reply methods. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

const struct pattern pattern_send_reply = {
	.name = "send-reply",
	.lesson = N_("send; main logs, sums and replies (the seed)"),
	.concerns = N_("demo 0038, the seed; Electron calls it legacy"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.main_call = mainproc_log_sum_reply,
	.code_renderer = code_page_send_reply,
	.code_main = code_main_on,
};
