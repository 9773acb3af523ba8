"""How far the two readings of the commitments agree: Krippendorff's alpha per
field, computed with the `krippendorff` library from the data package alone.

The first reading is the package's own coding (`commitments`, its themes and
priority areas, and the clauses' exclusions) as it stood before the readings
were compared: where `disagreements` says the second reading's value was
taken, the first reading's own value is put back. The second reading is the
`second_reading` and `second_reading_exclusions` tables.

usage: python3 agreement.py PACKAGE_DIR [CODEBOOK.md [README.md]]

Prints one line per field. Given the codebook, fails unless its reliability
table gives exactly these figures; given the README, unless every figure it
quotes ("0.918 for the themes") is one of them.
"""

import csv
import math
import re
import sys

import krippendorff
import numpy as np

package = sys.argv[1].rstrip("/") + "/"


def table(name):
    with open(package + name + ".csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def slug(value):
    return value.split(":", 1)[-1] if value else ""


commitments = table("commitments")
themes = table("commitment_themes")
priorities = table("commitment_priorities")
clauses = table("clauses")
second = table("second_reading")
second_excluded = table("second_reading_exclusions")
disagreements = table("disagreements")

# The first reading before comparison: the package's values, and where the
# second reading's value was kept, the first's own value restored.
first = {
    c["id"]: {
        "kind": slug(c["kind"]),
        "actor": {"asemme6": "ministers", "asem-education-secretariat": "secretariat",
                  "asem-partners": "partners", "stakeholders": "stakeholders"}[slug(c["actor"])],
        "obligation": slug(c["obligation"]),
        "force": slug(c["force"]),
        "precision": slug(c["precision"]),
        "timeframe": "yes" if c["timeframe"] else "no",
        "themes": {slug(t["theme"]) for t in themes if t["commitment"] == c["id"]},
        "priorities": {slug(p["priority"]) for p in priorities if p["commitment"] == c["id"]},
        "clause": (c["paragraph"], c["clause"]),
    }
    for c in commitments
}
exclusion = {(c["paragraph"], c["clause"]): slug(c["exclusion"]) or "commitment" for c in clauses}
for d in disagreements:
    if d["decision"] != "second":
        continue
    if d["field"] == "themes" or d["field"] == "priorities":
        state, tag = d["first"].split(":", 1)
        values = first[d["item"]][d["field"]]
        (values.add if state == "present" else values.discard)(slug(tag))
    elif d["field"] == "exclusion":
        _, paragraph, words = d["item"].split(":", 2)
        key = next(k for k, c in ((k, c) for k, c in zip(exclusion, clauses))
                   if c["paragraph"] == paragraph and c["text"] == words)
        exclusion[key] = slug(d["first"])
    else:
        first[d["item"]][d["field"]] = slug(d["first"])

rules = {"X1": "past-or-present", "X2": "view", "X3": "no-party", "X4": "endorsement"}
second_exclusion = {(r["paragraph"], r["clause"]): rules[r["rule"]] for r in second_excluded}
for r in second:
    second_exclusion[(r["paragraph"], r["clause"])] = "commitment"
matched = [(first[r["matches"]], r) for r in second if r["matches"]]


def alpha(pairs, level):
    """Alpha over (first, second) values, `None` for a value one reading lacks."""
    values = sorted({v for pair in pairs for v in pair if v is not None})
    index = {v: i for i, v in enumerate(values)} if level == "nominal" else None
    def code(v):
        if v is None:
            return np.nan
        return index[v] if index is not None else v
    data = np.array([[code(a) for a, _ in pairs], [code(b) for _, b in pairs]], dtype=float)
    return krippendorff.alpha(reliability_data=data, level_of_measurement=level), len(pairs)


ORDER = {
    "obligation": ["exploratory", "willing", "firm"],
    "force": ["invite", "encourage", "urge"],
    "precision": ["low", "medium", "high"],
}


def ordinal(field, only):
    rank = ORDER[field]
    return [(rank.index(a[field]), rank.index(b[field]))
            for a, b in matched if a[field] and b[field] and (a["kind"] == only)]


def presence(field, universe):
    pairs = []
    for a, b in matched:
        coded = set(b[field].split(";")) - {"", "none"}
        for item in universe:
            pairs.append((item in a[field], item in coded))
    return pairs


units = {}
for key in sorted(set(exclusion) | set(second_exclusion), key=lambda k: (int(k[0]), int(k[1]))):
    mine = sum(1 for c in first.values() if c["clause"] == key)
    theirs = sum(1 for r in second if (r["paragraph"], r["clause"]) == key)
    seen = key in second_exclusion
    units[key] = (mine, theirs if seen else None)

all_themes = sorted({slug(t["id"]) for t in table("vocabulary") if t["kind"] == "theme"})
all_priorities = sorted({slug(t["id"]) for t in table("vocabulary") if t["kind"] == "priority"})
fields = [
    ("unit", "interval", alpha(list(units.values()), "interval")),
    ("exclusion", "nominal", alpha([(exclusion.get(k), second_exclusion.get(k))
                                    for k in sorted(set(exclusion) | set(second_exclusion))], "nominal")),
    ("kind", "nominal", alpha([(a["kind"], b["kind"]) for a, b in matched], "nominal")),
    ("actor", "nominal", alpha([(a["actor"], b["actor"]) for a, b in matched], "nominal")),
    ("obligation", "ordinal", alpha(ordinal("obligation", "pledge"), "ordinal")),
    ("force", "ordinal", alpha(ordinal("force", "request"), "ordinal")),
    ("precision", "ordinal", alpha([(ORDER["precision"].index(a["precision"]),
                                     ORDER["precision"].index(b["precision"])) for a, b in matched], "ordinal")),
    ("timeframe", "nominal", alpha([(a["timeframe"], "yes" if b["timeframe"] else "no") for a, b in matched], "nominal")),
    ("themes", "nominal", alpha(presence("themes", all_themes), "nominal")),
    ("priority areas", "nominal", alpha(presence("priorities", all_priorities), "nominal")),
]

computed = {}
for name, level, (value, n) in fields:
    shown = "undefined" if value is None or math.isnan(value) else f"{value:.3f}"
    computed[name] = (level, n, shown)
    print(f"{name}: Krippendorff's alpha {shown} ({level}, {n} units)")
print(f"{len(disagreements)} disagreements, each with its decision; "
      f"{len(matched)} of the second reading's {len(second)} commitments match one of the first's {len(first)}")

if len(sys.argv) > 2:
    codebook = open(sys.argv[2], encoding="utf-8").read()
    section = codebook.split("\n## Reliability\n", 1)[1]
    stated = {m[0]: (m[1], int(m[2]), m[3])
              for m in re.findall(r"^\| ([a-z ]+) \| (\w+) \| (\d+) \| ([0-9.\-]+|undefined) \|$", section, re.M)}
    if stated != computed:
        print(f"the codebook states {stated}\nbut the data give {computed}", file=sys.stderr)
        sys.exit(1)
    print("the codebook's reliability table is what the data give")

if len(sys.argv) > 3:
    readme = " ".join(open(sys.argv[3], encoding="utf-8").read().split())
    quoted = re.findall(r"(\d\.\d{3}) for ((?:the )?[a-z ,]+?)(?:[,;)]| and (?=\d))", readme)
    assert quoted, "the README quotes no agreement figure"
    for figure, fields in quoted:
        for field in re.split(r", | and ", fields.removeprefix("the ")):
            field = {"themes": "themes", "priority areas": "priority areas"}.get(field, field)
            assert computed[field][2] == figure, f"the README gives {figure} for {field}, the data {computed[field][2]}"
    print(f"the README's {len(quoted)} agreement figures are what the data give")
