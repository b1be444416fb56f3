#!/usr/bin/env bash
# Sharded runs against one ordinary run on the same corpus: for each N, the N map jobs one after another (as Slurm
# would run them on N nodes: report the slowest) and the reduce, each with its wall time and peak RSS; then checks that
# the merged digest's index equals the single run's (times aside).
# Usage: bench/shards.sh [newswire|seeds] [MEGABYTES=100] [N...=1 2 4 8]
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-newswire}"; size="${2:-100}"; shift 2 || true
counts=("$@"); [ ${#counts[@]} -eq 0 ] && counts=(1 2 4 8)
corpus="bench/corpus-$kind-$size"
dotnet build src/Processor.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Processor.Bench -c Release -v quiet -nologo >/dev/null
[ -d "$corpus" ] || dotnet bench/Processor.Bench/bin/Release/net10.0/Processor.Bench.dll "make-$kind" "$corpus" "$size"
tool=(dotnet "$PWD/src/Processor.Cli/bin/Release/net10.0/processor.dll")
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
sed -e "s#corpus/\*.txt#$PWD/$corpus/*.txt#" -e "s#gazetteer: gazetteer.yaml#gazetteer: $PWD/bench/gazetteer.yaml#" bench/pipeline.yaml \
  | grep -v '^output:' > "$work/pipeline.yaml"
echo "output: out" >> "$work/pipeline.yaml"
[ -f bench/gazetteer.yaml ] || cp seeds/entities.yaml bench/gazetteer.yaml
timed() {   # prints "SECONDS PEAK_MB" of the command
  local log; log="$(mktemp)"
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || { tail -20 "$log" >&2; exit 1; }
  local secs rss
  secs=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
  rm -f "$log"; echo "$secs $rss"
}
compare() {   # index files of two digests, records without firstSeen
  python3 - "$1" "$2" <<'PY'
import json, os, sys
def load(d):
    out = {}
    for f in sorted(os.listdir(os.path.join(d, 'index'))):
        recs = []
        for line in open(os.path.join(d, 'index', f), encoding='utf-8'):
            r = json.loads(line); r.pop('firstSeen', None); recs.append(json.dumps(r, sort_keys=True))
        out[f] = recs
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
bad = [f for f in a if a[f] != b.get(f)] + [f for f in b if f not in a]
print('equal' if not bad else 'DIFFERENT: ' + ', '.join(bad))
PY
}
files=$(find "$corpus" -type f | wc -l); bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $kind, $files files, $((bytes / 1000000)) MB"
read -r s r < <(cd "$work" && timed "${tool[@]}" run pipeline.yaml --log-format plain)
echo "single run: ${s} s, peak ${r} MB; $(wc -l < "$work/out/index/claims.jsonl") claims, $(wc -l < "$work/out/index/documents.jsonl") documents"
mv "$work/out" "$work/out-single"; rm -rf "$work/.processor"
for n in "${counts[@]}"; do
  slowest=0; slowest_rss=0; total=0
  for k in $(seq 1 "$n"); do
    read -r s r < <(cd "$work" && timed "${tool[@]}" run pipeline.yaml --shard "$k/$n" --shard-dir "$work/shards-$n" --log-format plain)
    total=$(echo "$total + $s" | bc -l)
    if (( $(echo "$s > $slowest" | bc -l) )); then slowest=$s; fi
    if (( r > slowest_rss )); then slowest_rss=$r; fi
  done
  read -r rs rr < <(cd "$work" && timed "${tool[@]}" run pipeline.yaml --merge-shards "$work/shards-$n" --log-format plain)
  shard_mb=$(du -sm "$work/shards-$n" | cut -f1)
  printf 'N=%d: maps %.1f s in all, slowest %.1f s (peak %d MB); shard results %d MB; reduce %.1f s (peak %d MB); digest vs single run: %s\n' \
    "$n" "$total" "$slowest" "$slowest_rss" "$shard_mb" "$rs" "$rr" "$(compare "$work/out-single" "$work/out")"
  rm -rf "$work/out" "$work/.processor" "$work/shards-$n"
done
