/* The renderer child: the seed's page script and its ipcRenderer. */
#ifndef IPCSIM_RENDERER_H
#define IPCSIM_RENDERER_H

void	renderer_main(int, int, void *) __attribute__((noreturn));

#endif
