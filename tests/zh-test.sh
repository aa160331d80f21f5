#!/bin/sh
# The TUI in Chinese (LANGUAGE=zh_CN under C.UTF-8), in tmux at 100x30 and
# 60x24: the titles, labels, key bar, help and status line come from
# po/zh_CN.po, and what the modelled programs print stays as they print it.
# Skips when there is no C.UTF-8 locale or no catalog to show.
# shellcheck disable=SC2317  # functions run by check
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

[ "${USE_NLS:-yes}" = yes ] ||
    { echo "SKIP: ipcsim was configured with --disable-nls"; exit 77; }
locale -a 2>/dev/null | grep -qix 'c\.utf-\{0,1\}8' ||
    { echo "SKIP: no C.UTF-8 locale"; exit 77; }
# The catalog make built (po/zh_CN.gmo), where ipcsim looks for it.
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
mo="$tmp/locale/zh_CN/LC_MESSAGES/ipcsim.mo"
if [ -f "${top_srcdir:-.}/po/zh_CN.gmo" ]; then
	cp "${top_srcdir:-.}/po/zh_CN.gmo" "$mo"
elif ! msgfmt -o "$mo" "${top_srcdir:-.}/po/zh_CN.po" 2>/dev/null; then
	echo "SKIP: no po/zh_CN.gmo and no msgfmt to make it"
	exit 77
fi

keys() { t send-keys -t ipcsim "$@"; }

# row N TEXT: screen row N (1-based) is exactly TEXT.
row() { [ "$(screen | sed -n "$1p")" = "$2" ]; }

# wait_row N TEXT: poll until row N is exactly TEXT, or fail.
wait_row() {
	deadline=$(($(date +%s) + 10))
	while [ "$(date +%s)" -le "$deadline" ]; do
		row "$1" "$2" && return 0
		sleep 0.05
	done
	echo "FAIL: row $1 is not '$2'; the screen was:"
	screen | sed 's/^/    | /'
	return 1
}

# fits COLS: no row is wider than COLS columns, and every row of the boxes
# (2 to 22 at 60x24) ends with a border, so no wide character broke one.
fits() {
	[ "$(screen | LC_ALL=C.UTF-8 wc -L)" -le "$1" ] &&
	    [ "$(screen | sed -n '2,22p' | LC_ALL=C.UTF-8 grep -cv '[│┐┤┘]$')" -eq 0 ]
}

# LC_MESSAGES empty: the tests' environment sets it to C, and LANGUAGE is
# read only when the messages' locale is not C; here it is LANG's, C.UTF-8.
start_env="LC_MESSAGES= LANGUAGE=zh_CN IPCSIM_LOCALEDIR=$tmp/locale"
start
wait_for "发送 1, 2, 3" || exit 1
check "the renderer's title" wait_for "┌─ 渲染进程（窗口 1） - pid "
check "main's title" wait_for "┌─ 主进程 - pid "
check "the argument field" wait_for "│ 参数：1, 2, 3 "
check "the pattern" wait_for "│ IPC 场景：< send-reply > "
check "the reply method" wait_for "│ 回复方式：< event.reply > "
check "the rules" wait_for "├─ 控制台 ─"
check "main's rule" wait_for "├─ 日志 ─"
check "the status line" wait_row 29 " Enter 发送；F1 或 ? 查看所有按键"
check "the key bar, long labels at 100 columns" wait_row 30 \
    "F1帮助 F2代码 F3新建窗口 F4切换窗口 F5重新加载 F6连续按下 F7崩溃 F8关闭窗口 F9设置 F10退出"
keys Enter
check "the reply" wait_for "[ 发送 1, 2, 3 ] 回复：6"
check "main's console line stays as main.js prints it" \
    wait_for "│ receive message from renderer process 1 2 3"
check "the renderer's too" wait_for "│ receive message from main process 6"
check "everything fits 100 columns" fits 100
keys n
check "a status message" wait_row 29 " 窗口 1 是唯一打开的窗口：F3 再打开一个"
keys F1
check "F1: the help's title" wait_for "┌─ ipcsim 按键 ─"
check "the help's rows" wait_for "│  F1、?                     本帮助（Esc、q 或 F1 关闭）"
check "the help's foot" wait_for "└─ Esc、q 或 F1 关闭；Up、Down、PgUp、PgDn 滚动 ─"
keys Escape
# The help's bottom border split the 发 under it, which the terminal blanked.
check "Esc closes it, and the status line's wide characters are whole" \
    wait_row 29 " Enter 发送；F1 或 ? 查看所有按键"
keys F9
check "the settings form" wait_for "│ 处理函数延迟（毫秒）：      0"
keys Escape
# The inspector: its column headings in Chinese, as wide as the English
# ones or cut with a mark; the frames' methods and directions stay English.
keys F12
check "the inspector's rule" wait_for "├─ 检查器："
check "the inspector's heading row" wait_row 5 \
    "│  序号      时间 方向     方法              通道            参数             大小 应答            │"
check "a frame's row keeps its method and direction" \
    wait_for " R1→Main  send              message-from-r… [ 1, 2, 3 ]"
# The press's last frame is listed, so two up is main's event.reply.
wait_for " R1→UI    press done" >/dev/null
keys Up Up Enter
check "a frame's detail: its labels line up" wait_for "│   请求 ID     1 "
check "and its payload" wait_for "│   载荷        40 字节 "
keys Escape i
# Step mode: the status line says what it holds in Chinese; the direction
# and the method are as the inspector shows them.
keys t
check "step mode, nothing held" wait_row 29 \
    " 单步模式：没有扣住的帧 （g 放行下一帧；再按 t 全部放行）"
keys Enter
check "step mode holds the press's send" wait_row 29 \
    " 单步模式：下一帧 R1→Main send，已扣住 1 帧 （g 放行下一帧；再按 t 全部放行）"
keys t
check "t again lets it go" wait_row 29 " Enter 发送；F1 或 ? 查看所有按键"
# At 60x24 the bar takes its short labels and drops what does not fit, as
# in English; wide characters neither overflow a row nor break a border.
t resize-window -t ipcsim -x 60 -y 24
check "the key bar at 60 columns, short labels" wait_row 24 \
    "F1帮助 F2代码 F3新窗 F4切换 F5重载 F6连按 F7崩溃 F10退出"
check "everything fits 60 columns" fits 60
keys i
check "the inspector at 60 columns lets Time, Size and Answers go" wait_row 5 \
    "│  序号 方向     方法              通道       参数         │"
check "the inspector fits 60 columns" fits 60
keys Escape
check "a title too long is cut with a mark" wait_for "┌─ 渲染进程（窗口 1） - pid…─┐"
keys F1
check "the help at 60 columns" wait_for "│ │ 控件"
check "and fits" fits 60
keys Escape
# Too small: the message says so in Chinese.
t resize-window -t ipcsim -x 50 -y 10
check "too small" wait_for "ipcsim 至少需要 60x12 的终端（现在是 50x10）"
t resize-window -t ipcsim -x 100 -y 30
wait_for "F10退出" >/dev/null
keys C-c
check "Ctrl-C exits" test "$(wait_exit)" = 0

exit $fail
