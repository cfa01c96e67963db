#!/usr/bin/env python3
"""Generates a news-length NDJSON corpus for scripts/bench/dedupe by recombining Reuters-21578 sentences.

Usage: dedupe-corpus.py REUTERS.ndjson N OUT.ndjson PLANTED.tsv

Each document is 8-24 random Reuters sentences in paragraphs of 2-3 sentences (about 300 words). About 5%
are planted near-copies of an earlier document: new headline, last paragraph cut, two words changed, quotes
made curly, date 0-2 days later. PLANTED.tsv lists "copy_id<TAB>original_id" for every planted copy.
"""
import json
import random
import re
import sys

reuters, count, out_path, planted_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sentences = []
for line in open(reuters, encoding="utf-8"):
    text = json.loads(line).get("text") or ""
    for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", " ".join(text.split())):
        if 6 <= len(s.split()) <= 60:
            sentences.append(s)
words = [w for s in sentences[:20000] for w in s.split() if w.isalpha()]
rng = random.Random(1987)
recent = []  # (id, title, paragraphs, day) of recent originals, for copies
with open(out_path, "w", encoding="utf-8") as out, open(planted_path, "w") as planted:
    for i in range(count):
        doc_id = "gen-%07d" % i
        day = 18262 + i // 3000  # 2020-01-01 onwards, ~3,000 stories a day
        if recent and rng.random() < 0.05:
            orig_id, title, paragraphs, orig_day = rng.choice(recent)
            paragraphs = [p.replace('"', "\u201c") for p in paragraphs[:-1]]
            p = rng.randrange(len(paragraphs))
            ws = paragraphs[p].split()
            for _ in range(2):
                ws[rng.randrange(len(ws))] = rng.choice(words)
            paragraphs[p] = " ".join(ws)
            title = "UPDATE - " + " ".join(rng.choice(words) for _ in range(6)).upper()
            day = orig_day + rng.randrange(3)
            planted.write("%s\t%s\n" % (doc_id, orig_id))
        else:
            n = rng.randrange(8, 25)
            picked = [rng.choice(sentences) for _ in range(n)]
            paragraphs, k = [], 0
            while k < n:
                size = rng.choice((2, 3))
                paragraphs.append(" ".join(picked[k:k + size]))
                k += size
            title = " ".join(rng.choice(words) for _ in range(7)).upper()
            recent.append((doc_id, title, paragraphs, day))
            if len(recent) > 5000:
                recent.pop(rng.randrange(len(recent)))
        y, m, d = __import__("datetime").date.fromordinal(719163 + day).isoformat().split("-")
        out.write(json.dumps({"id": doc_id, "title": title, "date": "%s-%s-%s" % (y, m, d),
                              "text": "\n\n".join(paragraphs)}, ensure_ascii=False) + "\n")
