#!/usr/bin/env bash
# Quality on the real-world development data in ../shared/data (see its README): HTML main text, titles, authors
# and dates (trafilatura's pages), publication dates (htmldate's pages), sentence boundaries (Pragmatic Segmenter's
# English spec), glued newswire articles (Reuters-21578), paraphrase linking (MSRP, 600 pairs).
# Usage: bench/quality.sh [WORKDIR=/tmp/processor-quality] [SUITE...]   (suites: pages dates sentences glued paraphrase)
# Prints each scorer's headline; the full reports stay in WORKDIR/<suite>/report.txt. Figures go to bench/RESULTS.md.
set -uo pipefail
cd "$(dirname "$0")/.."
data="$(cd ../shared/data 2>/dev/null && pwd)" || { echo "quality.sh: ../shared/data is missing; nothing to measure" >&2; exit 2; }
work="${1:-/tmp/processor-quality}"; shift || true
suites=("$@"); [ ${#suites[@]} -eq 0 ] && suites=(pages dates sentences glued paraphrase)
dotnet build src/Processor.Cli -c Release -v quiet -nologo >/dev/null || exit 1
proc=(dotnet "$PWD/src/Processor.Cli/bin/Release/net10.0/processor.dll")
mkdir -p "$work"
for suite in "${suites[@]}"; do
  dir="$work/$suite"; rm -rf "$dir"; mkdir -p "$dir"
  case "$suite" in
    pages|dates) "$data/scorers/run-html.sh" "$suite" "$dir" "${proc[@]}" > "$dir/report.txt" 2>&1 ;;
    sentences)
      cases="$data/sentences/pragmatic_segmenter_en_spec_extra.json"
      { python3 "$data/scorers/sentences.py" make "$cases" "$dir" && "${proc[@]}" run "$dir/pipeline.yaml" --log-format plain > "$dir/run.log" 2>&1
        python3 "$data/scorers/sentences.py" score "$cases" "$dir"; } > "$dir/report.txt" 2>&1 ;;
    glued)
      { python3 "$data/scorers/glued.py" make "$data/newswire/reuters21578.jsonl" "$dir" && "${proc[@]}" run "$dir/pipeline.yaml" --log-format plain > "$dir/run.log" 2>&1
        python3 "$data/scorers/glued.py" score "$dir"; } > "$dir/report.txt" 2>&1 ;;
    paraphrase)
      pairs="$data/paraphrase/msr_paraphrase_train.txt"
      { python3 "$data/scorers/paraphrase.py" make "$pairs" "$dir" --pairs 600 && "${proc[@]}" run "$dir/pipeline.yaml" --log-format plain > "$dir/run.log" 2>&1
        python3 "$data/scorers/paraphrase.py" score "$pairs" "$dir" --pairs 600; } > "$dir/report.txt" 2>&1 ;;
    *) echo "unknown suite '$suite'" >&2; exit 2 ;;
  esac
  skipped=$(grep -c "warning: skipped" "$dir/run.log" 2>/dev/null || true)
  echo "== $suite (skipped inputs: ${skipped:-0})"
  case "$suite" in
    pages) grep -E "^(metadata:|text segments:|title |author |date )" "$dir/report.txt" ;;
    dates) tail -n 3 "$dir/report.txt" ;;
    glued) tail -n 2 "$dir/report.txt" ;;
    *) tail -n 1 "$dir/report.txt" ;;
  esac
done
