#!/bin/sh
# The scenarios on the real TUI in tmux: the list ('l') with a line each
# and the code of the one under the cursor, Enter picking one; a hung
# sendSync shown as hung, with its time, until the renderer is crashed and
# reloaded; once dropping the second press; every listener of the leak
# firing and the eleventh warning.
# shellcheck disable=SC2317  # functions run by check
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

keys() { t send-keys -t ipcsim "$@"; }

# down_to NAME: Down in the list as many times as NAME is from the top.
down_to() {
	n=$("$IPCSIM" --list-scenarios | awk -v s="$1" '$1 == s { print NR - 1 }')
	while [ "$n" -gt 0 ]; do keys Down; n=$((n - 1)); done
}

# The list at 120 columns: every scenario a row, the cursor on the one
# running, the code of the one under the cursor, Enter picks it.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 120 -y 48
wait_for "F10Quit" >/dev/null
keys l
check "l opens the list" wait_for "─ scenarios ─"
"$IPCSIM" --list-scenarios | awk '{ print $1 }' >"$tmp/names"
check "a row for every scenario, in --list-scenarios' order" \
    test "$(screen | head -n "$(($("$IPCSIM" --list-scenarios | wc -l) + 3))" |
    sed -n 's/.*│ \([a-z][a-z-]*\)  *[a-z].*/\1/p' | tr '\n' ' ')" = \
    "$(tr '\n' ' ' <"$tmp/names")"
check "the code below is the seed's" \
    wait_re "^│ *│ +ipcRenderer\.send\('message-from-renderer', 1, 2, 3\) +│"
down_to handle-once
check "the cursor shows handle-once's code" \
    wait_re "^│ *│ ipcMain\.handleOnce\('message-from-renderer', async \(event, \.\.\.args\) => \{ +│"
keys Enter
check "Enter picks it: the selector follows" wait_for "scenario: < handle-once >"
check "the status line says what it teaches" \
    wait_for "scenario handle-once: ipcMain.handleOnce: a second invoke gets No handler registered"
check "the list is gone" wait_gone "─ scenarios ─"
t resize-window -t ipcsim -x 260 -y 40
wait_gone "─ scenarios ─" >/dev/null
keys Enter
wait_re "^│ receive message from main process 6 +││" >/dev/null
keys Enter
check "the second invoke finds no handler: the arrow says so" \
    wait_re "^│ #2 \+[0-9]+µs ipcRenderer\.invoke\('message-from-renderer', 1, 2, 3\) \(no handler registered\) +─││✗"
check "and the renderer's promise rejects with Electron's text" \
    wait_re "^│ Uncaught \(in promise\) Error: Error invoking remote method 'message-from-renderer': Error: No handler registered for +││"
keys q
wait_exit >/dev/null

# A sendSync nobody answers: the page stays blocked, with its time, until
# it is reloaded (F5 crashes the hung renderer first, as main.js must with
# webContents.forcefullyCrashRenderer) or crashed (F7) and then reloaded.
start --scenario sync-no-listener
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 260 -y 30
wait_for "F10Quit" >/dev/null
keys Enter
check "the sendSync arrow ends where nobody listens" \
    wait_re "^│ #1 \+[0-9]+µs ipcRenderer\.sendSync\('message-from-renderer', 1, 2, 3\) \(no listener: the page stays blocked\) +─││✗"
check "main warns as Electron does" \
    wait_for "WebContents #1 called ipcRenderer.sendSync() with 'message-from-renderer' channel without listeners."
check "the page is shown blocked" wait_for "console - BLOCKED in sendSync"
check "the status line counts the time and says the way out" \
    wait_re "renderer 1 is blocked in sendSync: [1-9][0-9]*\.[0-9] s so far; nothing will answer it \(F5 crashes and reloads it\)"
old=$(pane_pid "renderer (window 1)")
keys r
check "F5 on the hung page crashes it" \
    wait_for "process gone: { reason: 'crashed', exitCode: 11 }"
check "and says how" wait_for \
    "renderer 1 hung: crashed (webContents.forcefullyCrashRenderer), then reloaded"
check "then reloads it: a new page, no longer blocked" \
    wait_gone "console - BLOCKED in sendSync"
check "in a new renderer process" \
    test "$(pane_pid "renderer (window 1)")" != "$old"
keys Enter
wait_for "console - BLOCKED in sendSync" >/dev/null
old=$(pane_pid "renderer (window 1)")
keys k
check "F7 crashes it too" \
    wait_count "process gone: { reason: 'crashed', exitCode: 11 }" 2
keys r
check "and F5 then reloads it" wait_gone "console - BLOCKED in sendSync"
check "in a new renderer process again" \
    test "$(pane_pid "renderer (window 1)")" != "$old"
keys q
wait_exit >/dev/null

# once: the first press answered, the second dropped, as the arrow says.
start --scenario once
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 30
wait_for "F10Quit" >/dev/null
keys Enter
wait_for "receive message from main process 6" >/dev/null
keys Enter
check "once: the second send finds no listener" \
    wait_re "^│ #2 \+[0-9]+µs ipcRenderer\.send\('message-from-renderer', 1, 2, 3\) \(no listener: Electron drops it\) +─││✗"
check "and main logs it once only" \
    test "$(screen | grep -c 'receive message from renderer process 1 2 3')" -eq 1
keys q
wait_exit >/dev/null

# The isolation switch (F9): the seed's page with contextIsolation on stops
# at its require; the button then does nothing; off again, it works.  The
# preload scenario comes with isolation on, and its preload's line marked.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 40
wait_for "F10Quit" >/dev/null
keys s
wait_for "contextIsolation:" >/dev/null
check "while the form shows, the status line says what Enter does there" \
    wait_re "^ Enter applies the settings; Esc leaves them as they were *$"
keys Down Down Down Down Right Enter
check "isolation on: the page cannot require" \
    wait_re "^│ Uncaught ReferenceError: require is not defined +││"
keys F2
check "the code view shows the window's webPreferences" \
    wait_re "│   2 new BrowserWindow\(\{ webPreferences: \{ +│"
check "with contextIsolation true" wait_re "│     nodeIntegration: true, contextIsolation: +│"
check "(the rest of the line)" wait_re "│     true \} \}\) +│"
check "and the page's require" \
    wait_for "   2 const { ipcRenderer } = require('electron')"
keys Escape
wait_gone "webPreferences" >/dev/null
keys Enter
sleep 0.5
check "its button does nothing: no message, no line in main" \
    test "$(screen | grep -c 'receive message from renderer process')" -eq 0
keys s
wait_for "contextIsolation:" >/dev/null
keys Down Down Down Down Left Enter
wait_for "settings applied" >/dev/null
keys Enter
check "isolation off: the seed works again" \
    wait_re "^│ receive message from main process 6 +││"
keys l
wait_for "─ scenarios ─" >/dev/null
keys Home
down_to preload
keys Enter
check "the preload scenario, picked, turns isolation on and its preload says so" \
    wait_re "^│ \[preload\] electronAPI exposed to the page +││"
keys Enter
check "the page calls the bridge, main answers, the page logs it" \
    wait_count "receive message from main process 6" 2
keys F2
check "the code view shows preload.js, numbered from 1" \
    wait_re "   1 // preload\.js"
check "and the bridge" \
    wait_for "contextBridge.exposeInMainWorld("
keys Escape q
wait_exit >/dev/null

# A window the user closed: main's win is destroyed, and its push to it
# throws Electron's TypeError in main; the other window stays.
start --scenario push --windows 2
wait_for "Push from main" || exit 1
t resize-window -t ipcsim -x 200 -y 30
wait_for "F10Quit" >/dev/null
keys x
check "window 1 closed, as Electron's BrowserWindow does" \
    wait_for "window 1 closed: BrowserWindow emits 'closed', its renderer process exits"
keys Enter
check "main's push to it: the error box" \
    wait_re "││ W1 A JavaScript error occurred in the main process +│$"
check "Electron's TypeError" \
    wait_re "││ W1 TypeError: Object has been destroyed +│$"
check "at the line of the code view" wait_re "││ W1     at main\.js:[0-9]+:5 +│$"
check "window 2 is still there" wait_for "renderer (window 2)"
keys q
wait_exit >/dev/null

# createWindow registers the handler: F3's second window throws in main;
# the first handler still answers.
start --scenario second-handler
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 30
wait_for "F10Quit" >/dev/null
keys w
check "a second window: Electron's error, uncaught in main" \
    wait_re "││ W2 Error: Attempted to register a second handler for 'message-from-renderer' +│$"
check "thrown in createWindow, at its handle" \
    wait_re "││ W2     at createWindow \(main\.js:[0-9]+:11\) +│$"
keys Enter
check "the first handler still answers window 2" \
    wait_re "^│ receive message from main process 6 +││"
keys q
wait_exit >/dev/null

# The iframe: event.reply answers the frame that sent, marked [iframe];
# webContents.send the top frame; the code view shows both files and the
# webPreferences that let a subframe require.
start --scenario iframe
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 40
wait_for "F10Quit" >/dev/null
keys Enter
check "event.reply reaches the iframe" \
    wait_re "^│ \[iframe\] receive message from main process 6 +││"
keys F2
check "the code view: the iframe's frame.js" wait_for "   1 // frame.js"
check "and the top frame's renderer.js" wait_for "// renderer.js"
check "with nodeIntegrationInSubFrames" wait_for "nodeIntegrationInSubFrames: true"
keys Escape q
wait_exit >/dev/null
start --scenario iframe --reply webContents.send
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 40
wait_for "F10Quit" >/dev/null
keys Enter
check "webContents.send reaches the top frame" \
    wait_re "^│ receive message from main process 6 +││"
check "and not the iframe" \
    test "$(screen | grep -c 'iframe\] receive message')" -eq 0
keys q
wait_exit >/dev/null

# The leak: eleven presses, eleven listeners; the eleventh press prints
# Node's warning, and its answer is logged by all eleven.
start --scenario listener-leak
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 500 -y 90
wait_for "F10Quit" >/dev/null
keys a
i=0
while [ $i -lt 11 ]; do
	i=$((i + 1))
	keys Enter
	wait_count "receive message from renderer process 1 2 3" $i >/dev/null
done
check "the eleventh listener prints Node's warning" \
    wait_re "^│ \(node:[0-9]+\) MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 11 message-from-main listeners added to \[IpcRenderer\]\. MaxListeners is 10\. Use emitter\.setMaxListeners\(\) to increase limit +││"
check "every listener fired: 1 + 2 + ... + 11 lines" \
    wait_count "receive message from main process 6" 66
keys q
wait_exit >/dev/null
# Two windows through a port: port-windows opens both; main hands each an
# end of one channel; a press goes page to page, not through main; with
# window 2 crashed the message is dropped; reloaded, main entangles the
# new page and the press gets through again.
start --scenario port-windows
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 40
wait_for "F10Quit" >/dev/null
check "port-windows opens its two windows" \
    wait_for "renderer (window 1, 2 open)"
check "main gives the first window port1" \
    wait_re "^│ W1 +◀││── webContents\.postMessage\('port', null, \[port1\]\) +│"
check "and the second port2" \
    wait_re "^│ W2 +◀││── webContents\.postMessage\('port', null, \[port2\]\) +│"
keys Enter
check "the press goes from page to page, in the pages' column" \
    wait_re "^│ #1 \+[0-9]+µs W1→W2 ──▶ port\.postMessage\(\[ 1, 2, 3 \]\) +││ +│"
check "main logs nothing of it" \
    test "$(screen | grep -c 'receive message from renderer process')" -eq 0
keys n
check "window 2's page logs it" \
    wait_re "^│ receive message from the other window \[ 1, 2, 3 \] +││"
keys Enter
check "and window 2's press goes the other way" \
    wait_re "^│ #2 \+[0-9]+µs W2→W1 ──▶ port\.postMessage\(\[ 1, 2, 3 \]\) +││"
keys k
wait_for "render-process-gone { reason: 'crashed', exitCode: 11 }" >/dev/null
keys n
keys Enter
check "with window 2 gone, window 1's message goes nowhere" \
    wait_re "^│ #3 \+[0-9]+µs W1→W2 ──✗ port\.postMessage\(\[ 1, 2, 3 \]\) \(dropped: the page it is for is gone\) +││"
keys n r
check "window 2 reloaded: main entangles the pages again" \
    wait_count "webContents.postMessage('port', null, [port1])" 2
keys n Enter
check "and the press gets through" \
    wait_re "^│ #4 \+[0-9]+µs W1→W2 ──▶ port\.postMessage\(\[ 1, 2, 3 \]\) +││"
keys q
wait_exit >/dev/null

# A port between main and the page: the close event when the page goes,
# and a new channel for the reloaded page.
start --scenario port
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 40
wait_for "F10Quit" >/dev/null
keys Enter
check "the press travels on the port" \
    wait_re "^│ #1 \+[0-9]+µs port\.postMessage\(\[ 1, 2, 3 \]\) +─││▶"
check "main answers on it" \
    wait_re "^│ #1 \+[0-9]+µs +◀││── port\.postMessage\(6\) +│"
check "and the page logs the answer" \
    wait_re "^│ receive message from main process 6 +││"
keys k
check "the page crashed: main's port1 emits close" \
    wait_re "^│ +││ port1 closed +│"
keys r
check "reloaded, the page gets a new port" \
    wait_count "webContents.postMessage('port', null, [port2])" 2
keys Enter
check "and the press travels on it" \
    wait_count "receive message from main process 6" 2
keys q
wait_exit >/dev/null
exit $fail
