#!/usr/bin/env bash
# Vita against Hugo (and the cmark-gfm tool, the floor for the Markdown part) on the same content.
# usage: bench/run.sh [SIZES...]   sizes are EXPERIENCES/POSTINGS, default: 1000/0 1000/100 10000/0 10000/100;
#        the word pdf adds the PDF lines: `vita build --pdf` on 40 experiences and 10 postings (11 CVs and
#        10 cover letters) against one `chromium --headless --print-to-pdf` process per PDF, in turn, for
#        the 11 CVs and for all 21 PDFs (PDF_RUNS, 5).
# Each figure is the median of RUNS runs, the tools taken in turn; run by `make bench`. RUNS is 9
# below 10,000 experiences and 5 from there (where one Hugo build takes 4 to 15 s) unless set.
# On the project's 2-vCPU virtual machine one build of 1000/100 took from 0.09 to 0.19 s within
# a minute, and a median of five ratios moved from 2.0 to 3.3 × cmark-gfm between consecutive runs.
set -euo pipefail
export LC_ALL=C  # a decimal point in $EPOCHREALTIME, for bc
cd "$(dirname "$0")/.."
RUNS_SET=${RUNS:-}
VITA=${VITA:-.build/release/vita}
WORK=${BENCH_DIR:-/tmp/vita-bench}
# Outputs go to a RAM disk when there is one, so that the figures are the generators' and not the
# file system's: ext4 without a journal skips inodes freed in the last 5 to 300 seconds, and every
# run here frees tens of thousands, which made each build slower than the one before. Both tools
# write to the same place either way; BENCH_OUT=DIR puts the outputs elsewhere.
if [ -z "${BENCH_OUT:-}" ]; then
  BENCH_OUT=$WORK/out
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_OUT=/dev/shm/vita-bench-$$; fi
fi
mkdir -p "$BENCH_OUT"
trap 'rm -rf "$BENCH_OUT"' EXIT
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000/0 1000/100 10000/0 10000/100)

need=()
command -v hugo >/dev/null || need+=(hugo)
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
[ -x /usr/bin/time ] || need+=(time)
command -v bc >/dev/null || need+=(bc)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Runs a command once in a fresh output folder; prints wall seconds (to the millisecond, from the
# shell's clock: /usr/bin/time counts hundredths, too coarse for a 0.05 s run), CPU seconds and peak KB.
measure_once() {
  local out=$1; shift
  rm -rf "$out"; mkdir -p "$out"
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%U %S %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || {
    echo "failed: $*" >&2; cat "$WORK/stderr.txt" >&2; exit 1; }
  local end=$EPOCHREALTIME
  read -r user sys mem < "$WORK/time.txt"
  printf '%.3f %.2f %s\n' "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$mem"
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

# `vita serve` on a site: the median time it reports for a rebuild after one experience changes.
serve_rebuild() {
  local site=$1 log="$WORK/serve.log" times=()
  cp -r "$site/vita" "$WORK/serve-site"
  "$VITA" serve --source "$WORK/serve-site" --port 0 >"$log" 2>&1 &
  local server=$!
  for _ in $(seq 600); do grep -q "Serving" "$log" && break; sleep 0.1; done
  local file
  file=$(ls "$WORK/serve-site/content/experiences" | head -n 1)
  for round in $(seq "$RUNS"); do
    echo "Edited in round $round." >>"$WORK/serve-site/content/experiences/$file"
    for _ in $(seq 600); do [ "$(grep -c 'Rebuilt in' "$log")" -ge "$round" ] && break; sleep 0.1; done
  done
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
  rm -rf "$WORK/serve-site"
  grep -o 'Rebuilt in [0-9.]* [a-z]*' "$log" | awk '{ print ($4 == "s" ? $3 * 1000 : $3) }' | sort -g \
    | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "none" }'
}

# a / b to two decimals; "-" when b rounds to zero (the timer counts hundredths).
ratio() { if [ "$(echo "$2 > 0" | bc)" = 1 ]; then echo "scale=2; $1 / $2" | bc; else echo "-"; fi; }

mkdir -p "$WORK"
echo "outputs in $BENCH_OUT; each figure the median of ${RUNS_SET:-9 (5 from 10,000 experiences)} runs"
printf '%-11s %-10s %9s %9s %9s %12s\n' "size" "tool" "wall s" "cpu s" "peak MB" "vita/peer"
# `vita build --pdf` (one browser, its tabs printing at once) against the way Vita printed before:
# one headless Chromium process per PDF, one after another, on the same pages (those vita printed).
# Two lines: the issue's measure, the 11 CVs (vita's figure is the time until its last cv.pdf is
# written: the 10 cover letters print beside them, so it is an upper bound), then the whole build
# with its 21 PDFs. The peers' figures time the CVs and the letters of the same loop apart. The
# peers are `chromium --headless`, the issue's baseline, and, when it is installed, Debian's
# `chromium-headless-shell` (the browser vita itself prefers), one process per PDF just the same.
pdf_line() {
  local site="$WORK/site-pdf" runs=${PDF_RUNS:-5} walls=() cpus=() cvs=() out="$BENCH_OUT/pdf"
  [ -d "$site" ] || python3 bench/generate.py 40 10 "$site" >/dev/null
  local chromium shell
  chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome) || {
    echo "pdf: no Chromium on PATH (apt-get install chromium)" >&2; return 1; }
  shell=$(command -v chromium-headless-shell || true)
  local sandbox=(); [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
  local count=0 cvcount=0 bases=() cvbases=() shells=() cvshells=()
  # One process per PDF, in turn, CVs first; sets $all and $cvsonly, the seconds of the whole loop
  # and of its CVs.
  per_pdf() {
    local begin=$EPOCHREALTIME cvend=""
    for pdf in "${pdfs[@]}"; do
      [[ -z $cvend && $pdf == *letter.pdf ]] && cvend=$EPOCHREALTIME
      local html=${pdf%cv.pdf}index.html; [[ $pdf == *letter.pdf ]] && html=${pdf%.pdf}.html
      "$1" --headless "${sandbox[@]}" --disable-gpu --no-pdf-header-footer --no-first-run \
        --user-data-dir="$WORK/chromium-profile" --print-to-pdf="$WORK/baseline.pdf" "file://$html" >/dev/null 2>&1
    done
    all=$(echo "$EPOCHREALTIME - $begin" | bc); cvsonly=$(echo "${cvend:-$EPOCHREALTIME} - $begin" | bc)
  }
  local all cvsonly
  for _ in $(seq "$runs"); do
    rm -rf "$out"; mkdir -p "$out"
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%U %S" -o "$WORK/time.txt" "$VITA" build --pdf --source "$site/vita" --output "$out/public" \
      --applications "$out/applications" >/dev/null 2>"$WORK/stderr.txt" || {
      echo "failed: vita build --pdf" >&2; cat "$WORK/stderr.txt" >&2; return 1; }
    local end=$EPOCHREALTIME
    # The CPU time includes the browser's: vita waits for it, and it for its own processes.
    read -r user sys < "$WORK/time.txt"
    walls+=("$(echo "$end - $start" | bc)"); cpus+=("$(echo "$user + $sys" | bc)")
    cvs+=("$(echo "$(find "$out" -name cv.pdf -printf '%T@\n' | sort -g | tail -n 1) - $start" | bc)")
    mapfile -t pdfs < <(find "$out" -name '*.pdf' | sort | awk '/cv\.pdf$/ { print; next } { rest[++n] = $0 } END { for (i = 1; i <= n; i++) print rest[i] }')
    count=${#pdfs[@]}; cvcount=$(printf '%s\n' "${pdfs[@]}" | grep -c 'cv\.pdf$')
    per_pdf "$chromium"; bases+=("$all"); cvbases+=("$cvsonly")
    if [ -n "$shell" ]; then per_pdf "$shell"; shells+=("$all"); cvshells+=("$cvsonly"); fi
  done
  local vw vc vv bw bv sw sv; vw=$(median "${walls[@]}"); vc=$(median "${cpus[@]}"); vv=$(median "${cvs[@]}")
  bw=$(median "${bases[@]}"); bv=$(median "${cvbases[@]}")
  printf '%-11s %-10s %9.3f %9s %9s %12s\n' "pdf $cvcount CVs" "chromium" "$bv" "" "" ""
  if [ -n "$shell" ]; then
    sv=$(median "${cvshells[@]}"); printf '%-11s %-10s %9.3f %9s %9s %12s\n' "" "shell" "$sv" "" "" ""
  fi
  printf '%-11s %-10s %9.3f %9s %9s %12s\n' "" "vita --pdf" "$vv" "" "" "$(ratio "$vv" "$bv") × chromium"
  [ -n "$shell" ] && printf '%-11s %-10s %9s %9s %9s %12s\n' "" "" "" "" "" "$(ratio "$vv" "$sv") × shell"
  printf '%-11s %-10s %9.3f %9s %9s %12s\n' "pdf $count" "chromium" "$bw" "" "" ""
  if [ -n "$shell" ]; then
    sw=$(median "${shells[@]}"); printf '%-11s %-10s %9.3f %9s %9s %12s\n' "" "shell" "$sw" "" "" ""
  fi
  printf '%-11s %-10s %9.3f %9s %9s %12s\n' "" "vita --pdf" "$vw" "$vc" "" "$(ratio "$vw" "$bw") × chromium"
  [ -n "$shell" ] && printf '%-11s %-10s %9s %9s %9s %12s\n' "" "" "" "" "" "$(ratio "$vw" "$sw") × shell"
  echo "  vita --pdf over $runs runs: whole build $(range "${walls[@]}") s, its $cvcount CVs $(range "${cvs[@]}") s"
  [ -n "$shell" ] && echo "  shell: $shell, one process per PDF as chromium; vita --pdf prints with it too"
  return 0
}

# The lowest and highest of the figures: "2.81 to 3.80".
range() { printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | xargs printf '%.2f to %.2f\n'; }

for size in "${sizes[@]}"; do
  if [ "$size" = pdf ]; then pdf_line || exit 1; continue; fi
  experiences=${size%/*}; postings=${size#*/}
  RUNS=${RUNS_SET:-$( [ "$experiences" -lt 10000 ] && echo 9 || echo 5 )}
  site="$WORK/site-$experiences-$postings"
  [ -d "$site" ] || python3 bench/generate.py "$experiences" "$postings" "$site"
  cmark=(cmark-gfm --smart -e table -e strikethrough -e autolink -e tasklist)
  # Taken in turn, run by run, so that a noisy moment hits all three alike.
  declare -A walls=() cpus=() mems=()
  for _ in $(seq "$RUNS"); do
    for tool in hugo vita cmark; do
      case $tool in
        hugo) result=$(measure_once "$BENCH_OUT/hugo" hugo --quiet -s "$site/hugo" -d "$BENCH_OUT/hugo") || exit 1 ;;
        vita) result=$(measure_once "$BENCH_OUT/vita" "$VITA" build --source "$site/vita" \
          --output "$BENCH_OUT/vita/public" --applications "$BENCH_OUT/vita/applications") || exit 1 ;;
        # Through xargs: 100,000 file names are too many for one command line (it starts a few cmark-gfm).
        cmark) result=$(measure_once "$BENCH_OUT/cmark" sh -c \
          "cd '$site/markdown' && printf '%s\\0' *.md | xargs -0 ${cmark[*]} > '$BENCH_OUT/cmark/out.html'") || exit 1 ;;
      esac
      read -r wall cpu mem <<<"$result"
      walls[$tool]+=" $wall"; cpus[$tool]+=" $cpu"; mems[$tool]+=" $mem"
    done
  done
  for tool in hugo vita cmark; do
    # shellcheck disable=SC2086
    read -r "${tool:0:1}w" "${tool:0:1}c" "${tool:0:1}m" <<<"$(median ${walls[$tool]}) $(median ${cpus[$tool]}) $(( $(median ${mems[$tool]}) / 1024 ))"
  done
  printf '%-11s %-10s %9s %9s %9s %12s\n' "$size" hugo "$hw" "$hc" "$hm" ""
  printf '%-11s %-10s %9s %9s %9s %12s\n' "" vita "$vw" "$vc" "$vm" "$(ratio "$vw" "$hw") × hugo"
  printf '%-11s %-10s %9s %9s %9s %12s\n' "" cmark-gfm "$cw" "$cc" "$cm" "$(ratio "$vw" "$cw") × cmark"
  if [ "$postings" = 0 ] && [ "$experiences" -le 1000 ]; then
    echo "  vita serve, rebuild after one experience changes: $(serve_rebuild "$site") ms (median of $RUNS)"
  fi
done
