#!/usr/bin/env python3
"""Agreement of two `lede extract` outputs over the same documents (by id): entity mentions (span and coarse
type), place types on the mentions both have, dates, quantities and quotes (exact objects), tokens and
sentences. Used to show that a speed change keeps the output: python3 compare-extract.py BEFORE AFTER."""
import json
import sys

PLACES = {"LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE"}


def coarse(t):
    return "LOCATION" if t in PLACES else t


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def pct(a, b):
    return 100.0 * a / b if b else 100.0


before, after = load(sys.argv[1]), load(sys.argv[2])
ids = [i for i in before if i in after]
print(f"documents: before {len(before):,}, after {len(after):,}, both {len(ids):,}")
mentions_b, mentions_a, places_b, places_a = set(), set(), {}, {}
same_counts = 0
for i in ids:
    b, a = before[i], after[i]
    same_counts += b.get("tokens") == a.get("tokens") and b.get("sentences") == a.get("sentences")
    for doc, mentions, places in ((b, mentions_b, places_b), (a, mentions_a, places_a)):
        for e in doc.get("entities", []):
            mentions.add((i, e["start"], e["end"], coarse(e["type"])))
            if e["type"] in PLACES:
                places[(i, e["start"], e["end"])] = e["type"]
print(f"tokens and sentences equal: {same_counts:,} of {len(ids):,} documents")
both = mentions_b & mentions_a
print(f"entity mentions (span, coarse type): before {len(mentions_b):,}, after {len(mentions_a):,}, same {len(both):,}"
      f" = {pct(len(both), len(mentions_b | mentions_a)):.2f}% of all")
shared = [k for k in places_b if k in places_a]
agree = sum(places_b[k] == places_a[k] for k in shared)
print(f"place types on the {len(shared):,} place mentions in both: {agree:,} agree = {pct(agree, len(shared)):.2f}%")
for field in ("dates", "quantities", "quotes"):
    items_b = {(i, json.dumps(x, sort_keys=True)) for i in ids for x in before[i].get(field, [])}
    items_a = {(i, json.dumps(x, sort_keys=True)) for i in ids for x in after[i].get(field, [])}
    same = items_b & items_a
    print(f"{field}: before {len(items_b):,}, after {len(items_a):,}, identical {len(same):,}"
          f" = {pct(len(same), len(items_b | items_a)):.2f}% of all")
    for kind, items in (("only before", items_b - items_a), ("only after", items_a - items_b)):
        for i, x in sorted(items)[:3]:
            print(f"  {kind}: {i} {x[:160]}")
