/* The renderer child: a window's page script and its ipcRenderer. */
#ifndef IPCSIM_RENDERER_H
#define IPCSIM_RENDERER_H

#include "proc.h"

void	renderer_main(int, int, const struct proc_start *)
	    __attribute__((noreturn));

#endif
