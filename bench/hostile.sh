#!/usr/bin/env bash
# Hostile structure: one page each of 100,000 nested or unclosed elements, and of a million tiny paragraphs, through
# the whole pipeline (Release build). Prints the wall time and peak memory of each; bench/RESULTS.md has the figures.
# Usage: bench/hostile.sh [WORKDIR=/tmp/processor-hostile]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/processor-hostile}"
dotnet build src/Processor.Cli -c Release -v quiet -nologo >/dev/null
rm -rf "$work"; mkdir -p "$work"
python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
n = 100_000
pages = {
  "nested-divs":        "<html><body>" + "<div>"*n + "<p>Deep text sits here, a hundred thousand levels down.</p>" + "</div>"*n + "</body></html>",
  "unclosed-divs":      "<html><body>" + "<div>"*n + "<p>Deep text sits here, and nothing is ever closed.</p></body></html>",
  "nested-blockquotes": "<html><body>" + "<blockquote>"*n + "Quoted a hundred thousand times over." + "</blockquote>"*n + "</body></html>",
  "nested-lists":       "<html><body>" + "<ul><li>"*n + "An item a hundred thousand levels deep." + "</li></ul>"*n + "</body></html>",
  "nested-tables":      "<html><body>" + "<table><tr><td>"*n + "A cell a hundred thousand tables deep." + "</td></tr></table>"*n + "</body></html>",
  "million-paragraphs": "<html><body><article>" + "".join(f"<p>Item {i} is here.</p>" for i in range(1_000_000)) + "</article></body></html>",
  "short-paragraphs":   "<html><body><article>" + "".join(f"<p>Sentence number {i} of a very long thread is this one.</p>" for i in range(100_000)) + "</article></body></html>",
}
for name, html in pages.items():
    os.makedirs(f"{w}/{name}", exist_ok=True)
    open(f"{w}/{name}/page.html", "w").write(html)
    open(f"{w}/{name}/pipeline.yaml", "w").write('version: 1\ninputs: ["page.html"]\nstate: none\npipeline:\n  - use: splitter\n  - use: tagger\n  - use: deduplicator\n  - use: renderer\n    with: { formats: [html, markdown, json] }\noutput: out\n')
PY
for dir in "$work"/*/; do
  name=$(basename "$dir")
  /usr/bin/time -f "%e %M" -o "$dir/time" dotnet src/Processor.Cli/bin/Release/net10.0/processor.dll run "$dir/pipeline.yaml" --quiet > /dev/null 2> "$dir/err" || { echo "$name: FAILED"; cat "$dir/err"; continue; }
  read secs kb < "$dir/time"
  printf '%-20s %6.1f MB  %5.2f s  peak %4d MB\n' "$name" "$(echo "$(stat -c %s "$dir/page.html") / 1000000" | bc -l)" "$secs" "$((kb / 1024))"
done
