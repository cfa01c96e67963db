#!/usr/bin/env python3
"""Writes the HTML report's test sample: documents as `lede extract` and `lede dedupe` would leave them
(entities, quotes, quantities with code-point offsets; dup marks on copies), made from sentences written here
and the opening paragraphs of seeds/. Deterministic (a fixed seed). Nothing from ../shared/testdata.

  python3 scripts/report-sample/make-sample.py [COUNT] > src/test/resources/lede/export/html/sample.ndjson

COUNT (default 300) documents; a large COUNT (21578) gives a corpus of Reuters' size for scripts/bench/report.
"""
import datetime
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
PEOPLE = [("Volodymyr Zelensky", "Zelensky"), ("Olena Zelenska", None), ("Vladimir Putin", "Putin"),
          ("Joe Biden", "Biden"), ("Hunter Biden", None), ("Antony Blinken", "Blinken"),
          ("Olaf Scholz", "Scholz"), ("Emmanuel Macron", "Macron"), ("Rafael Grossi", "Grossi"),
          ("Ursula von der Leyen", None), ("Sergei Lavrov", "Lavrov"), ("Oleksii Reznikov", "Reznikov")]
PLACES = [("Kyiv", "CITY"), ("Kherson", "CITY"), ("Zaporizhzhia", "CITY"), ("Crimea", "STATE_OR_PROVINCE"),
          ("Ukraine", "COUNTRY"), ("Russia", "COUNTRY"), ("Moscow", "CITY"), ("Kharkiv", "CITY"), ("Europe", "LOCATION")]
ORGS = ["NATO", "the United Nations", "the IAEA", "the European Union", "the Kremlin", "Gazprom"]
CUES = ["said", "told reporters", "added", "warned"]
QUOTES = ["We will not give up our land", "The plant must be protected", "Talks are possible only after a ceasefire",
          "Winter will be hard for Europe", "Our support will last as long as it takes",
          "The shelling has to stop", "Nobody wants this war to spread", "Prices will fall next year"]
UNITS = [("{n} people", "count", "people"), ("${n} million", "money", "USD"), ("{n} percent", "percent", "%"),
         ("{n} km", "distance", "km"), ("{n} tanks", "count", "tanks")]
SOURCES = ["wire", "kyiv-daily", "europe-post", "world-news"]
HOSTILE = ["</script><script>alert('x')</script> Kyiv notes", "<b>Bold</b> & <i>tags</i> in \"quotes\" 🇺🇦",
           "Emoji 🚀 and 'apostrophes' \u2028 line separator"]


def seed_openings():
    folder = os.path.join(ROOT, "seeds")
    openings = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        openings.extend(p for p in paragraphs[1:4] if len(p) < 400)
    return openings


class Doc:
    def __init__(self):
        self.text = ""
        self.entities, self.quotes, self.quantities = [], [], []

    def add(self, piece):
        start = len(self.text)  # offsets in code points, as lede writes them: Python's str indexes code points
        self.text += piece
        return start, len(self.text)

    def entity(self, name, typ, canonical):
        start, end = self.add(name)
        self.entities.append({"text": name, "type": typ, "canonical": canonical, "start": start, "end": end})


def make(i, rng, day, openings):
    d = Doc()
    person, surname = rng.choice(PEOPLE)
    place, place_type = rng.choice(PLACES)
    other, other_type = rng.choice([p for p in PLACES if p[0] != place])
    org = rng.choice(ORGS)
    d.entity(person, "PERSON", person)
    d.add(" spoke in ")
    d.entity(place, place_type, place)
    d.add(" on " + day.strftime("%A") + " about ")
    d.entity(org, "ORGANIZATION", org)
    d.add(". ")
    quote = rng.choice(QUOTES)
    _, q_start = d.add("\u201c")
    _, q_end = d.add(quote)
    d.add("\u201d, ")
    if surname:
        d.entity(surname, "PERSON", surname)
    else:
        d.entity(person, "PERSON", person)
    d.add(" " + rng.choice(CUES) + ". ")
    d.quotes.append({"text": quote, "speaker": person, "speaker_mention": surname or person,
                     "cue": "said", "start": q_start, "end": q_end})
    pattern, kind, unit = rng.choice(UNITS)
    n = rng.choice([3, 12, 40, 150, 2000])
    d.add("Officials in ")
    d.entity(other, other_type, other)
    d.add(" counted ")
    text = pattern.format(n=n)
    start, end = d.add(text)
    d.quantities.append({"text": text, "kind": kind, "value": n, "unit": unit, "approx": False,
                         "start": start, "end": end})
    d.add(" this week.")
    if day >= datetime.date(2023, 3, 1):  # the last month has its own story, for the keyness section
        d.add(" Grain ships left the port as the corridor reopened.")
    if i % 3 == 0:
        d.add("\n\n" + openings[i % len(openings)])
    title = "%s in %s: %s" % (person, place, quote)
    if i % 97 == 5:
        title = HOSTILE[(i // 97) % len(HOSTILE)]
        hostile = "\n\n" + title
        d.add(hostile)
    return {"id": "s%04d" % i, "source": SOURCES[i % len(SOURCES)], "title": title, "date": day.isoformat(),
            "text": d.text, "entities": d.entities, "quotes": d.quotes, "quantities": d.quantities}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(19)
    openings = seed_openings()
    start = datetime.date(2022, 8, 1)
    out = []
    for i in range(count):
        offset = rng.randrange(0, 240)
        if 100 <= offset < 130:  # a month without coverage: the timeline must show the gap
            offset += 30
        day = start + datetime.timedelta(days=offset)
        doc = make(i, rng, day, openings)
        if i % 10 == 0:
            del doc["date"]  # undated documents are counted apart
        out.append(doc)
    # every 25th document is reprinted by another source: the copy marked as dedupe marks it
    for i in range(0, count, 25):
        original = out[i]
        copy = dict(original, id=original["id"] + "-copy", source="reprints")
        original["dup"] = {"cluster": original["id"], "size": 2}
        copy["dup"] = {"cluster": original["id"], "of": original["id"], "similarity": 0.9 + (i % 7) / 100,
                       "method": "minhash"}
        out.append(copy)
    for doc in out:
        for e in doc["entities"] + doc["quotes"] + doc["quantities"]:
            assert doc["text"][e["start"]:e["end"]] == e["text"], (doc["id"], e)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


main()
