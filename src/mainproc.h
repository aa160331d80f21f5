/* The main child: Electron's main process with the seed's ipcMain listener. */
#ifndef IPCSIM_MAINPROC_H
#define IPCSIM_MAINPROC_H

void	mainproc_main(int, int, void *) __attribute__((noreturn));

#endif
