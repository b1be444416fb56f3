#!/usr/bin/env bash
# End-to-end throughput and peak memory of `processor run`, against `wc -w` on the same files in the same run.
# Usage: bench/run.sh [newswire|newswire-html|seeds] [MEGABYTES=100] [--second]
#   newswire       real Reuters-21578 stories glued forty to a scrape-like file, edited repeats (the default corpus)
#   newswire-html  the same stories, one to a web page with navigation, related links and footer
#   seeds          edited copies of the five seed files (the earlier benchmark, kept as a second, labelled case)
#   --second       run twice and report the second (incremental) run too
# Prints the corpus, its size, wc -w time, processor time, the ratio, peak RSS and skipped files.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-newswire}"; size="${2:-100}"; second="${3:-}"
corpus="bench/corpus-$kind-$size"
dotnet build src/Processor.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Processor.Bench -c Release -v quiet -nologo >/dev/null
bench_dll=bench/Processor.Bench/bin/Release/net10.0/Processor.Bench.dll
if [ ! -d "$corpus" ]; then
  case "$kind" in
    newswire) dotnet "$bench_dll" make-newswire "$corpus" "$size" ;;
    newswire-html) dotnet "$bench_dll" make-newswire "$corpus" "$size" --html ;;
    seeds) dotnet "$bench_dll" make-corpus "$corpus" "$size" ;;
    *) echo "unknown corpus '$kind'" >&2; exit 2 ;;
  esac
fi
# The gazetteer: the seed entities plus 1,000 synthetic ones (3,000+ aliases).
{
  cat seeds/entities.yaml
  for i in $(seq 0 999); do
    printf '  - id: synthetic-%d\n    name: Synthetic Entity %d\n    type: other\n    aliases: [Synthetic Entity %d, SE%d Group, Entity Number %d]\n' "$i" "$i" "$i" "$i" "$i"
  done
} > bench/gazetteer.yaml
ext=txt; [ "$kind" = newswire-html ] && ext=html
pipeline="bench/pipeline-run.yaml"
sed -e "s#corpus/\*.txt#$(basename "$corpus")/*.$ext#" bench/pipeline.yaml > "$pipeline"
rm -rf bench/.processor artifacts/bench-out
files=$(find "$corpus" -type f | wc -l); bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $kind, $files files, $((bytes / 1000000)) MB ($corpus)"
wc_start=$(date +%s.%N); find "$corpus" -type f -print0 | xargs -0 cat | wc -w > /dev/null; wc_end=$(date +%s.%N)
wc_s=$(echo "$wc_end - $wc_start" | bc -l)
run() {
  local log; log="$(mktemp)"
  /usr/bin/time -v dotnet src/Processor.Cli/bin/Release/net10.0/processor.dll run "$pipeline" --log-format plain 2> "$log" >/dev/null || { cat "$log"; exit 1; }
  local secs rss skipped
  secs=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  skipped=$(grep -c "warning: skipped" "$log" || true)
  grep -E "processor: (done|read [0-9.]+ MB)" "$log" | sed 's/^/  /'
  printf '%s: wc -w %.2f s, processor %.2f s, ratio %.1fx, peak RSS %d MB, skipped %s\n' "$1" "$wc_s" "$secs" "$(echo "$secs / $wc_s" | bc -l)" "$((rss / 1024))" "$skipped"
  rm -f "$log"
}
run "first run"
[ "$second" = "--second" ] && run "second run (unchanged corpus)"
exit 0
