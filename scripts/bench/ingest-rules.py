#!/usr/bin/env python3
"""What each cleaning rule did, and whether any removed article text.

Usage: ingest-rules.py NAME ORIGINAL.ndjson CLEANED.ndjson [--samples N] [--known-body]
  ORIGINAL is the input given to `lede ingest`, CLEANED its output with --keep-removed.
  Prints, per rule, the documents it touched and how often, then N removed pieces per rule (a fixed choice: the
  first ones in input order) for a person to read. With --known-body (the input text is the article body, as
  in Reuters-21578 and PolNeAR), also prints the share of the original's sentences still present after
  cleaning (letters and digits compared, so restored spaces and rejoined lines do not count as changes),
  and lists the lost sentences.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

args = sys.argv[1:]
samples = 3
if "--samples" in args:
    i = args.index("--samples")
    samples = int(args[i + 1])
    del args[i:i + 2]
known_body = "--known-body" in args
args = [a for a in args if a != "--known-body"]
name, original_file, cleaned_file = args

originals = {}
texts_in_order = []
with open(original_file, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        originals[str(d.get("id"))] = d.get("text") or ""

times = Counter()
docs = Counter()
pieces = defaultdict(list)
not_articles = 0
langs = Counter()
date_in_text = 0
cleaned = {}
with open(cleaned_file, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        cleaned[d["id"]] = d["text"]
        ing = d.get("ingest", {})
        for rule, n in ing.get("removed", {}).items():
            times[rule] += n
            docs[rule] += 1
        for r in ing.get("removed_text", []):
            if len(pieces[r["rule"]]) < samples:
                pieces[r["rule"]].append((d["id"], r["text"]))
        if "not an article" in d.get("warnings", []):
            not_articles += 1
        langs[d.get("lang")] += 1
        if "date_in_text" in ing:
            date_in_text += 1

print(f"== {name}: {len(cleaned)} documents; lang {dict(langs.most_common())}; "
      f"date_in_text {date_in_text}; not an article {not_articles}")
print(f"{'rule':22} {'documents':>9} {'times':>7}")
for rule, n in times.most_common():
    print(f"{rule:22} {docs[rule]:9d} {n:7d}")
for rule in sorted(pieces):
    print(f"-- sample: {rule}")
    for doc_id, text in pieces[rule]:
        print(f"   [{doc_id}] {text[:160]!r}")

if known_body:
    def key(s):
        # ingest normalizes characters (NFC, odd spaces): compare letters and digits after NFKC on both sides
        return "".join(c for c in unicodedata.normalize("NFKC", s).lower() if c.isalnum())

    split = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z])")
    # paragraphs: a blank line, or (wire copy) a line that starts indented
    paragraph_break = re.compile(r"\n\s*\n|\n(?=[ \t]+\S)")
    sentence_end = re.compile(r"[.!?][\"”’')]*$")
    kept = total = 0
    lost = []
    for doc_id, text in cleaned.items():
        have = key(text)
        sentences = []
        for paragraph in paragraph_break.split(originals.get(doc_id, "")):
            sentences += split.split(re.sub(r"\s+", " ", paragraph).strip())
        for sentence in sentences:
            if len(sentence.split()) < 5 or not sentence_end.search(sentence):
                continue  # table rows, sign-offs ("Reuter"), headings and cut-off lines are not sentences
            total += 1
            if key(sentence) in have:
                kept += 1
            else:
                lost.append((doc_id, sentence))
    share = kept / total if total else 1.0
    print(f"sentences kept: {kept} of {total} ({100 * share:.3f}%)")
    for doc_id, sentence in lost[:samples * 4]:
        print(f"   lost [{doc_id}] {sentence[:160]!r}")
