"""Reads the JSON edition and every CSV of the data package as a Python user
would (the standard library, then pandas) and checks that every span slices
to its text: `text[start:end]` in code points, and the UTF-8 bytes.

Usage: python check_spans.py seoul-declaration.json DATAPACKAGE_DIR
"""
import csv
import json
import pathlib
import sys

import pandas as pd

edition = json.load(open(sys.argv[1], encoding="utf-8"))
package = pathlib.Path(sys.argv[2])
counts = {"code points": 0, "utf8": 0}


def check(host, text, start, end, utf8):
    assert host[start:end] == text, (host[start:end], text)
    counts["code points"] += 1
    assert host.encode("utf-8")[utf8[0]:utf8[1]].decode("utf-8") == text, text
    counts["utf8"] += 1


def walk(value, host=None):
    """Every object with a span and a text, within its paragraph's or footnote's text."""
    if isinstance(value, dict):
        if "emphasis" in value:
            host = value["text"]
        if "span" in value and "text" in value:
            span = value["span"]
            check(host, value["text"], span["start"], span["end"], span["utf8"])
        for child in value.values():
            walk(child, host)
    elif isinstance(value, list):
        for child in value:
            walk(child, host)


walk(edition)
json_spans = counts["code points"]

# The CSV files, with the standard library.
paragraphs = {int(row["number"]): row["text"]
              for row in csv.DictReader(open(package / "paragraphs.csv", encoding="utf-8", newline=""))}
tables = sorted(p for p in package.glob("*.csv"))
for path in tables:
    for row in csv.DictReader(open(path, encoding="utf-8", newline="")):
        if "start" in row:
            check(paragraphs[int(row["paragraph"])], row["text"], int(row["start"]), int(row["end"]),
                  (int(row["utf8_start"]), int(row["utf8_end"])))

# And with pandas, as an analyst loads them.
text_of = pd.read_csv(package / "paragraphs.csv").set_index("number")["text"]
for path in tables:
    frame = pd.read_csv(path, keep_default_na=False)
    if "start" in frame.columns:
        for row in frame.itertuples():
            assert text_of[row.paragraph][row.start:row.end] == row.text, (path.name, row)
mentions = pd.read_csv(package / "mentions.csv")
vocabulary = pd.read_csv(package / "vocabulary.csv")
assert mentions["referent"].isin(vocabulary["id"]).all(), "a referent is missing from vocabulary"

print(f"Python: {json_spans} JSON spans and {counts['code points'] - json_spans} CSV spans slice to their text "
      f"in code points and in UTF-8 bytes ({len(tables)} CSV files, pandas {pd.__version__})")
