#!/usr/bin/env bash
# End-to-end test of the main path in the real window: Xvfb, a fresh HOME, mouse and keys through xdotool,
# and the project checked afterwards through marginalia-cli, as a person and a second tool would see it.
#
#   main_path.sh MARGINALIA MARGINALIA_CLI DATA_DIR [SCREENSHOT_DIR]
#
# Path: start on a new project with a .txt file given on the command line; the file is imported and shown;
# double-click a word and press 1 (tag), undo and redo from the keyboard, drag across a line and press 2;
# quit with Ctrl+Q; then the CSV export must hold both passages, each quote equal to the text it indexes.
set -euo pipefail
app=$1 cli=$2 data=$3 shots=${4:-}
work=$(mktemp -d)
xvfb_pid='' app_pid=''
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; shot failure; exit 1; }
shot() { [[ -n $shots ]] && mkdir -p "$shots" && import -window root "$shots/$1.png" 2>/dev/null || true; }

export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/run LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM WAYLAND_DISPLAY

# Xvfb picks a free display itself and writes its number once it accepts connections (-displayfd), so
# parallel runs never share or race for a display.
exec {display_fd}>"$work/display"
Xvfb -displayfd "$display_fd" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec {display_fd}>&-
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
export DISPLAY=:$(head -n1 "$work/display")

project=$work/study.marginalia
cp "$data/one-paragraph-per-line.txt" "$work/harbour-report.txt"
"$app" --project "$project" "$work/harbour-report.txt" >"$work/app.log" 2>&1 &
app_pid=$!

# The window title names the open document once the import has finished.
window=''
for _ in $(seq 150); do
  window=$(xdotool search --onlyvisible --name 'harbour-report|Flood Barrier' 2>/dev/null | head -1 || true)
  [[ -n $window ]] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the application exited early"; }
  sleep 0.2
done
[[ -n $window ]] || { cat "$work/app.log" >&2; fail "no window showing the imported article"; }
xdotool windowsize "$window" 1400 900 windowmove "$window" 0 0
sleep 1
shot 1-opened

annotation_count() { "$cli" export --project "$project" --document "$doc" --no-bom | python3 -c "import csv,sys; print(len(list(csv.DictReader(sys.stdin))))"; }
doc=$("$cli" list --project "$project" | awk -F'\t' '/harbour-report|Flood Barrier/ {print $1; exit}')
[[ -n $doc ]] || fail "the article is not in the project"
n=$(annotation_count); [[ $n == 0 ]] || fail "a new document should have no annotations, found $n"

# The reader fills the middle of the window; the first lines of the article body sit about a third down.
eval "$(xdotool getwindowgeometry --shell "$window")"
x=$X y=$Y w=$WIDTH h=$HEIGHT
text_x=$((x + w * 45 / 100)) text_y=$((y + h * 30 / 100))

xdotool mousemove "$text_x" "$text_y" click --repeat 2 --delay 80 1
sleep 0.3
xdotool key 1
sleep 0.8
shot 2-tagged
[[ $(annotation_count) == 1 ]] || fail "double-click and 1 should tag one word, found $(annotation_count)"

xdotool key ctrl+z
sleep 0.8
[[ $(annotation_count) == 0 ]] || fail "Ctrl+Z should undo the tag"
xdotool key ctrl+shift+z
sleep 0.8
[[ $(annotation_count) == 1 ]] || fail "Ctrl+Shift+Z should redo the tag"

# Drag across part of a line further down, then tag it with the second tag.
drag_y=$((text_y + h * 15 / 100))
xdotool mousemove "$((x + w * 25 / 100))" "$drag_y" mousedown 1 mousemove "$((x + w * 40 / 100))" "$drag_y" \
  mousemove "$((x + w * 55 / 100))" "$drag_y" mouseup 1
sleep 0.3
xdotool key 2
sleep 0.8
shot 3-dragged
[[ $(annotation_count) == 2 ]] || fail "drag and 2 should add a second annotation, found $(annotation_count)"

xdotool key ctrl+q
for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app_pid" 2>/dev/null && fail "Ctrl+Q did not quit"
app_pid=''

# Each exported quote must equal the text at [start, end) of the normalized text.
"$cli" text "$work/harbour-report.txt" >"$work/text.txt"
"$cli" export --project "$project" --document "$doc" --no-bom --output "$work/out.csv"
python3 - "$work/out.csv" "$work/text.txt" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
text = open(sys.argv[2], encoding='utf-8').read()
assert len(rows) == 2, f'expected 2 annotations after quitting, found {len(rows)}'
for row in rows:
    start, end = int(row['start']), int(row['end'])
    assert end > start, row
    assert text[start:end] == row['quote'], (text[start:end], row['quote'])
    assert row['tag'], f'annotation without a tag: {row}'
tags = sorted(row['tag'] for row in rows)
assert tags[0] != tags[1], f'keys 1 and 2 should give two different tags: {tags}'
print('e2e: 2 annotations kept after quit:', ', '.join(repr(r['quote']) for r in rows))
PY
echo "e2e main path: passed"
