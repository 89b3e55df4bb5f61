#!/usr/bin/env bash
# Vita against Hugo (and the cmark-gfm tool, the floor for the Markdown part) on the same content.
# usage: bench/run.sh [SIZES...]   sizes are EXPERIENCES/POSTINGS, default: 1000/0 1000/100 10000/0 10000/100
# Each figure is the median of RUNS (default 3) runs, the tools taken in turn; run by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
VITA=${VITA:-.build/release/vita}
WORK=${BENCH_DIR:-/tmp/vita-bench}
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

# Runs a command RUNS times; prints the medians of wall seconds, CPU seconds and peak MB.
measure() {
  local out=$1; shift
  local walls=() cpus=() mems=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$out"; mkdir -p "$out"
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || {
      echo "failed: $*" >&2; cat "$WORK/stderr.txt" >&2; exit 1; }
    read -r wall user sys mem < "$WORK/time.txt"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)"); mems+=("$mem")
  done
  median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
  echo "$(median "${walls[@]}") $(median "${cpus[@]}") $(( $(median "${mems[@]}") / 1024 ))"
}

mkdir -p "$WORK"
printf '%-11s %-10s %9s %9s %9s %12s\n' "size" "tool" "wall s" "cpu s" "peak MB" "vita/peer"
for size in "${sizes[@]}"; do
  experiences=${size%/*}; postings=${size#*/}
  site="$WORK/site-$experiences-$postings"
  [ -d "$site" ] || python3 bench/generate.py "$experiences" "$postings" "$site"
  cmark=(cmark-gfm --smart -e table -e strikethrough -e autolink -e tasklist)
  # Taken in turn, so that a noisy moment hits all of them alike.
  read -r hw hc hm < <(measure "$WORK/out-hugo" hugo --quiet -s "$site/hugo" -d "$WORK/out-hugo")
  read -r vw vc vm < <(measure "$WORK/out-vita" "$VITA" build --source "$site/vita" \
    --output "$WORK/out-vita/public" --applications "$WORK/out-vita/applications")
  read -r cw cc cm < <(measure "$WORK/out-cmark" sh -c "cd '$site/markdown' && ${cmark[*]} *.md")
  printf '%-11s %-10s %9s %9s %9s %12s\n' "$size" hugo "$hw" "$hc" "$hm" ""
  printf '%-11s %-10s %9s %9s %9s %12s\n' "" vita "$vw" "$vc" "$vm" "$(echo "scale=2; $vw / $hw" | bc) × hugo"
  printf '%-11s %-10s %9s %9s %9s %12s\n' "" cmark-gfm "$cw" "$cc" "$cm" "$(echo "scale=2; $vw / $cw" | bc) × cmark"
done
