#!/usr/bin/env python3
"""Paraphrase pairs linked by the digest either way: merged into one claim (what scorers/paraphrase.py counts) or linked
as one fact stated in different sentences (index/facts.jsonl: the deduplicator's links, or any plugin's).
  python3 bench/linked-pairs.py PAIRS.txt WORKDIR --pairs N      (WORKDIR as scorers/paraphrase.py make wrote it, run)
A link whose basis says "embedding cosine X" (the embeddings experiment, branch experiment/embeddings-plugin) is also
counted per threshold, so one run at a low threshold shows the whole curve. Counts as the scorer does: precision over every link, pairs across files of
different pairs included; recall over the gold paraphrases.
"""
import json, os, random, re, sys

def pairs(path, n):
    rows = [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8-sig')][1:]
    rows = [r for r in rows if len(r) == 5]
    random.Random(5).shuffle(rows)
    return rows[:n] if n else rows

def lines(path):
    return [json.loads(l) for l in open(path, encoding='utf-8')] if os.path.exists(path) else []

def main():
    path, work = sys.argv[1], sys.argv[2]
    n = int(sys.argv[sys.argv.index('--pairs') + 1]) if '--pairs' in sys.argv else 0
    rows = pairs(path, n)
    index = f'{work}/out/index'
    name = {s['id']: os.path.basename(s['path']) for s in lines(f'{index}/sources.jsonl')}
    files_of = {}
    merged = set()
    for c in lines(f'{index}/claims.jsonl'):
        files = sorted({name[a['source']] for a in c.get('attributions', [])})
        files_of[c['id']] = files
        merged |= {(x, y) for x in files for y in files if x < y}
    scored = []   # (cosine or None, pair)
    for link in lines(f'{index}/facts.jsonl'):
        m = re.search(r'embedding cosine ([0-9.]+)', link.get('basis', ''))
        files = sorted({f for c in link['claims'] for f in files_of.get(c, [])})
        for x in files:
            for y in files:
                if x < y: scored.append((float(m.group(1)) if m else None, (x, y)))
    pos = {(f'a_{i:04d}.txt', f'b_{i:04d}.txt') for i, r in enumerate(rows) if r[0] == '1'}
    neg = {(f'a_{i:04d}.txt', f'b_{i:04d}.txt') for i, r in enumerate(rows) if r[0] == '0'}

    def report(label, linked):
        tp = len(linked & pos); fp = len(linked & neg); cross = len(linked - pos - neg)
        p = tp / max(tp + fp + cross, 1); r = tp / max(len(pos), 1)
        print(f'{label}: linked {tp} true, {fp} non-paraphrase pairs, {cross} across pairs; P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}')

    print(f'pairs {len(rows)} ({len(pos)} paraphrases, {len(neg)} not)')
    report('merged only', merged)
    cosines = sorted({c for c, _ in scored if c is not None})
    for t in [x / 100 for x in range(50, 100, 2)]:
        if cosines and t <= cosines[-1]:
            report(f'merged or linked, cosine >= {t:.2f}', merged | {p for c, p in scored if c is None or c >= t})
    report('merged or linked (as run)', merged | {p for _, p in scored})

if __name__ == '__main__':
    main()
