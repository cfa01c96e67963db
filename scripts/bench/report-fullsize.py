#!/usr/bin/env python3
"""A Reuters-size input made from real extracted documents, for scripts/bench/report: the i-th of the 21,578
Reuters-21578 documents (as ingested: its id, date and source) carries the title, text and extracted fields of
extracted sample document i mod N (N = 2,000 in the bench), so the timeline has Reuters' own shape and every
entity, quote and number is one lede extracted from real text; each sample document stands in ~11 times.

  python3 scripts/bench/report-fullsize.py REUTERS.ndjson SAMPLE.extracted.ndjson > fullsize.ndjson
"""
import json
import sys

with open(sys.argv[2], encoding="utf-8") as f:
    sample = [json.loads(line) for line in f]
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        real = json.loads(line)
        doc = dict(sample[i % len(sample)])
        doc["id"] = real["id"]
        doc["date"] = real.get("date")
        doc["source"] = real.get("source")
        print(json.dumps(doc, ensure_ascii=False))
