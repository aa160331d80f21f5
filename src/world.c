/* What the page's world lets its code reach, and the errors when it cannot. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "world.h"

/* Electron's preload runner, when the preload threw: its two console lines. */
static void
world_preload_failed(struct world_load *w)
{
	w->lines[w->n++] = (struct world_line){
	    "Unable to load preload script: preload.js", 1 };
	w->lines[w->n++] = (struct world_line){ "Error: contextBridge API can "
	    "only be used when contextIsolation is enabled", 1 };
}

/* A page's uncaught error at load, as the console shows it. */
static void
world_uncaught(struct world_load *w, const char *line)
{
	w->lines[w->n++] = (struct world_line){ line, 0 };
}

/*
 * Load pattern p's page with sc's webPreferences into *w: the lines the
 * console shows, whether its listener and button work, what a click throws.
 */
void
world_load(const struct pattern *p, const struct scenario *sc,
    struct world_load *w)
{
	memset(w, 0, sizeof *w);
	w->listens = w->clickable = 1;
	switch (p->world) {
	case WORLD_REQUIRE:
		/* Its first line, require('electron'), throws: nothing after runs. */
		if (sc->isolation) {
			world_uncaught(w, "Uncaught ReferenceError: require is "
			    "not defined");
			w->listens = w->clickable = 0;
		}
		break;
	case WORLD_BRIDGE:
		if (sc->isolation) {
			w->lines[w->n++] = (struct world_line){
			    "electronAPI exposed to the page", 1 };
			break;
		}
		/*
		 * window.electronAPI is undefined: what the page reads of it
		 * at load throws there (the button is set before), and the
		 * click throws at its first read.
		 */
		world_preload_failed(w);
		if (p->bridge_load != NULL) {
			snprintf(w->text[0], sizeof w->text[0], "Uncaught "
			    "TypeError: Cannot read properties of undefined "
			    "(reading '%s')", p->bridge_load);
			world_uncaught(w, w->text[0]);
		}
		w->listens = 0;
		w->click_kind = "TypeError";
		snprintf(w->text[1], sizeof w->text[1], "Cannot read properties "
		    "of undefined (reading '%s')", p->bridge_click);
		w->click_msg = w->text[1];
		break;
	case WORLD_BRIDGE_IPC:
		w->listens = 0;
		w->click_kind = "TypeError";
		if (sc->isolation) {
			/* Since Electron 29 ipcRenderer crosses the bridge as {}. */
			world_uncaught(w, "Uncaught TypeError: window.electron."
			    "ipcRenderer.on is not a function");
			w->click_msg = "window.electron.ipcRenderer.send is not "
			    "a function";
			break;
		}
		world_preload_failed(w);
		world_uncaught(w, "Uncaught TypeError: Cannot read properties "
		    "of undefined (reading 'ipcRenderer')");
		w->click_msg = "Cannot read properties of undefined (reading "
		    "'ipcRenderer')";
		break;
	}
}
