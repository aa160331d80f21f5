#!/bin/sh
# The real SSH path: a private sshd on 127.0.0.1 at a free high port, with
# throw-away host and client keys in a temporary folder (the system's SSH
# setup is not touched); ssh -tt into it from a tmux pane of 100x30; the
# built ipcsim run there.  Then the same with the ssh client killed in the
# middle: no ipcsim process may be left.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

sshd=$(command -v sshd || echo /usr/sbin/sshd)
for need in "$sshd" ssh ssh-keygen; do
	command -v "$need" >/dev/null 2>&1 ||
	    { echo "SKIP: $need is not installed (openssh-server, openssh-client)"; exit 77; }
done
case $IPCSIM in
/*) ;;
*) IPCSIM=$(pwd)/$IPCSIM ;;
esac

ssh-keygen -q -t ed25519 -N '' -f "$tmp/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/client_key"
cp "$tmp/client_key.pub" "$tmp/authorized_keys"
# sshd refuses to start without its privilege separation directory.
[ -d /run/sshd ] || mkdir -p /run/sshd

# Find a free port: start sshd on a random high one until it listens.
port=
for try in 1 2 3 4 5 6 7 8; do
	p=$(awk -v s="$$$try" 'BEGIN { srand(s); print 20000 + int(rand() * 40000) }')
	cat >"$tmp/sshd_config" <<EOF
Port $p
ListenAddress 127.0.0.1
HostKey $tmp/host_key
AuthorizedKeysFile $tmp/authorized_keys
PidFile $tmp/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
SetEnv LANG=C.UTF-8
EOF
	"$sshd" -D -e -f "$tmp/sshd_config" 2>"$tmp/sshd.log" &
	sshd_pid=$!
	deadline=$(($(date +%s) + 5))
	while [ "$(date +%s)" -le "$deadline" ] && kill -0 "$sshd_pid" 2>/dev/null; do
		if grep -q "Server listening" "$tmp/sshd.log"; then
			port=$p
			break
		fi
		sleep 0.05
	done
	[ -n "$port" ] && break
	kill "$sshd_pid" 2>/dev/null
	wait "$sshd_pid" 2>/dev/null
done
[ -n "$port" ] || { echo "FAIL: sshd would not start"; cat "$tmp/sshd.log"; exit 1; }
trap 'kill "$sshd_pid" 2>/dev/null; cleanup' EXIT

# login: a tmux session of 100x30 whose pane is ssh -tt to the private sshd.
login() {
	t kill-server 2>/dev/null
	servers=$((servers + 1))
	sock="$tmp/tmux.$servers.sock"
	t -f /dev/null new-session -d -s ipcsim -x 100 -y 30 \
	    "exec ssh -tt -F /dev/null -i $tmp/client_key -o IdentitiesOnly=yes \
	    -o UserKnownHostsFile=$tmp/known_hosts -o StrictHostKeyChecking=no \
	    -o LogLevel=ERROR -p $port $(id -un)@127.0.0.1"
	t set-option -t ipcsim status off >/dev/null
	t send-keys -t ipcsim "PS1='remote\$ '; echo logged-in-\$((40 + 2))" Enter
	wait_for "logged-in-42" 20
}

# Over SSH: Enter, both lines, q, and the remote shell comes back.
login || exit 1
t send-keys -t ipcsim "clear; ASAN_OPTIONS=$ASAN_OPTIONS $IPCSIM" Enter
wait_for "Send 1, 2, 3" 20 || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
t send-keys -t ipcsim Enter
wait_for "receive message from renderer process 1 2 3" || fail=1
wait_for "receive message from main process 6" || fail=1
check "over ssh: main's line in the right half" \
    test "$(column_of 'receive message from renderer process 1 2 3')" -ge 50
check "over ssh: renderer's line in the left half" \
    test "$(column_of 'receive message from main process 6')" -lt 50
t send-keys -t ipcsim q
t send-keys -t ipcsim "echo back-\$?-\$((6 * 7))" Enter
wait_for "back-0-42" || fail=1
check "over ssh: no ipcsim process left after q" pids_gone "$rpid" "$mpid"

# The connection dropped: the ssh client killed while ipcsim runs.
login || exit 1
t send-keys -t ipcsim "$IPCSIM" Enter
wait_for "Send 1, 2, 3" 20 || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
upid=$(ps -o ppid= -p "$rpid" | tr -d ' ')
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
kill -KILL "$(t display-message -p -t ipcsim '#{pane_pid}')"
check "ssh client killed: ipcsim and both children gone within 2 s" \
    pids_gone "$upid" "$rpid" "$mpid"

exit $fail
