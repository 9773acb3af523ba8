"""Reads the JSON edition and every CSV of the data package as a Python user
would (the standard library, then pandas) and checks that every span slices
to its text: `text[start:end]` in code points, and the UTF-8 bytes.

A span counts within the text of the footnote or paragraph that holds it: a
footnote's own text (an object with `emphasis`), else the paragraph an object
names by number, else the paragraph it stands in. In a table, the columns
`start`... give where `text` stands, and `X_start`... where column `X` does.

Usage: python check_spans.py seoul-declaration.json DATAPACKAGE_DIR
"""
import csv
import json
import pathlib
import sys

import pandas as pd

edition = json.load(open(sys.argv[1], encoding="utf-8"))
package = pathlib.Path(sys.argv[2])
paragraphs = {p["number"]: p["text"] for p in edition["paragraphs"]}
counts = {"json": 0, "csv": 0}


def check(host, text, start, end, utf8):
    assert host[start:end] == text, (host[start:end], text)
    assert host.encode("utf-8")[utf8[0]:utf8[1]].decode("utf-8") == text, text


def walk(value, host=None):
    if isinstance(value, dict):
        if "emphasis" in value:
            host = value["text"]
        elif isinstance(value.get("paragraph"), int):
            host = paragraphs[value["paragraph"]]
        # A heading an anaphor refers to has words and no span.
        if value.get("span") is not None and "text" in value:
            span = value["span"]
            check(host, value["text"], span["start"], span["end"], span["utf8"])
            counts["json"] += 1
        for child in value.values():
            walk(child, host)
    elif isinstance(value, list):
        for child in value:
            walk(child, host)


walk(edition)


def span_columns(header):
    """(words column, prefix) for every span of a table."""
    for name in header:
        if name == "start":
            yield "text", ""
        elif name.endswith("_start") and not name.startswith("utf"):
            prefix = name[: -len("start")]
            if prefix.startswith("utf") or prefix.rstrip("_") not in header:
                continue
            yield prefix.rstrip("_"), prefix


tables = sorted(package.glob("*.csv"))
for path in tables:
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    if not rows or "paragraph" not in rows[0]:
        continue
    for words, prefix in span_columns(list(rows[0])):
        for row in rows:
            if row.get(prefix + "section"):
                # A heading's words, which have no span.
                assert row[prefix + "start"] == "", (path.name, row)
                continue
            if row[words] == "":
                assert all(row[prefix + c] == "" for c in ("start", "end", "utf8_start", "utf8_end")), (path.name, row)
                continue
            # A span counts in its own paragraph column where it has one
            # (`antecedent_paragraph`), else in the row's paragraph.
            host = paragraphs[int(row.get(prefix + "paragraph") or row["paragraph"])]
            check(host, row[words], int(row[prefix + "start"]), int(row[prefix + "end"]),
                  (int(row[prefix + "utf8_start"]), int(row[prefix + "utf8_end"])))
            counts["csv"] += 1

# And with pandas, as an analyst loads them.
text_of = pd.read_csv(package / "paragraphs.csv").set_index("number")["text"]
for path in tables:
    frame = pd.read_csv(path, keep_default_na=False)
    if "paragraph" in frame.columns:
        for words, prefix in span_columns(list(frame.columns)):
            for row in frame.to_dict("records"):
                if row[words] != "" and not row.get(prefix + "section"):
                    host = text_of[int(row.get(prefix + "paragraph") or row["paragraph"])]
                    assert host[int(row[prefix + "start"]):int(row[prefix + "end"])] == row[words], (path.name, row)
mentions = pd.read_csv(package / "mentions.csv")
vocabulary = pd.read_csv(package / "vocabulary.csv")
assert mentions["referent"].isin(vocabulary["id"]).all(), "a referent is missing from vocabulary"

print(f"Python: {counts['json']} JSON spans and {counts['csv']} CSV spans slice to their text "
      f"in code points and in UTF-8 bytes ({len(tables)} CSV files, pandas {pd.__version__})")
