#!/usr/bin/env bash
# End-to-end throughput and peak memory of `processor run` on a corpus built from the seeds.
# Usage: bench/run.sh [MEGABYTES=100]. Prints MB/s and the peak resident set size; see bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-100}"
corpus="bench/corpus"
dotnet build src/Processor.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Processor.Bench -c Release -v quiet -nologo >/dev/null
if [ ! -d "$corpus" ] || [ "$(du -sm "$corpus" | cut -f1)" -lt "$size" ]; then
  rm -rf "$corpus"
  dotnet bench/Processor.Bench/bin/Release/net10.0/Processor.Bench.dll make-corpus "$corpus" "$size"
fi
# The gazetteer: the seed entities plus 1,000 synthetic ones (3,000+ aliases).
{
  cat seeds/entities.yaml
  for i in $(seq 0 999); do
    printf '  - id: synthetic-%d\n    name: Synthetic Entity %d\n    type: other\n    aliases: [Synthetic Entity %d, SE%d Group, Entity Number %d]\n' "$i" "$i" "$i" "$i" "$i"
  done
} > bench/gazetteer.yaml
log="$(mktemp)"
/usr/bin/time -v dotnet src/Processor.Cli/bin/Release/net10.0/processor.dll run bench/pipeline.yaml --log-format plain 2> "$log" || { cat "$log"; exit 1; }
grep -E "processor: (read|done|deduplicator: merged)" "$log"
grep -E "Maximum resident set size|Elapsed \(wall clock\)|Percent of CPU" "$log"
rm -f "$log"
