"""Matches the readings under data/readings/ to each other, measures how far
they agree, field by field, with Krippendorff's alpha and a bootstrap 95%
interval, and applies the adjudicator's decisions to the blind readings.

Each reading is a folder holding the brief its coder was given and the
coder's three tables as produced (clauses.tsv, commitments.tsv,
anaphors.tsv), with the coder's own ids and words. Nothing here edits them:
the matching is computed afresh from the words each coder quoted.

- Clauses are matched by paragraph and by where their verb phrases stand in
  the paragraph (the spans overlap).
- Commitments are matched one to one within a paragraph by the overlap of
  the words they quote (action, object, target, timeframe), the largest
  overlaps first; a pair must share at least a third of its characters.
- Unit agreement is given as the share of each reading's units the other
  matches, as the mean overlap (Jaccard) of the matched units' words, as
  boundary precision and recall (a unit whose words start and end where a
  unit of the other reading's do), and as a unitizing alpha: every character
  of the text coded inside or outside a commitment's words, with paragraphs
  resampled for its interval.

usage: python3 scripts/agreement.py [READINGS_DIR] [--disagreements FILE]
           [--figures FILE] [--adjudicated DIR]

Prints one line per field: the field, its level, the units it was coded
on, alpha and its bootstrap 95% interval. With --disagreements, writes every
field on which two matched units differ, and every unit one reading has and
the other does not, as a TSV for adjudication. With --figures, writes the
blind readings' figures as a TSV (the codebook's reliability table is tested
against it). With --adjudicated, writes the reading the adjudicator's
decisions give: the first blind reading, with each difference decided for
the other reading taken from it.
"""

import csv
import itertools
import json
import re
import sys
from pathlib import Path

import krippendorff
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESAMPLES = 2000
SEED = 2017


def plain(text):
    """Text as a coder quotes it: no markup, straight apostrophes, single spaces."""
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def paragraphs():
    """Each paragraph's text, as the JSON edition gives it."""
    with open(ROOT / "editions" / "seoul-declaration.json", encoding="utf-8") as f:
        edition = json.load(f)
    return {str(p["number"]): plain(p["text"]) for p in edition["paragraphs"]}


PARAGRAPHS = paragraphs()


def vocabulary(kind):
    """The ids of one vocabulary of the JSON edition, without their prefix."""
    with open(ROOT / "editions" / "seoul-declaration.json", encoding="utf-8") as f:
        terms = json.load(f)["vocabularies"]
    return [t["id"].split(":", 1)[1] for t in terms if t["kind"] == kind]


def span(paragraph, words):
    """Where `words` stand in the paragraph, as a set of character offsets."""
    if not words or words == "-":
        return set()
    text, quote = PARAGRAPHS.get(paragraph, ""), plain(words)
    at = text.find(quote)
    if at < 0:
        at = text.lower().find(quote.lower())
    return set(range(at, at + len(quote))) if at >= 0 else set()


def read(folder, name):
    with open(folder / f"{name}.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def values(cell):
    return frozenset(v.strip() for v in cell.split(";") if v.strip() and v.strip() != "-")


def present(cell):
    return "no" if cell.strip() in ("", "-") else "yes"


def commitment_words(row):
    offsets = set()
    for field in ("action", "object", "target", "timeframe"):
        offsets |= span(row["paragraph"], row[field])
    return offsets


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def match(units_a, units_b, key, words, least, tie=None):
    """One-to-one pairs of units with the same key, the largest overlaps
    first; where two overlap alike, `tie` (a second overlap) decides."""
    candidates = []
    for i, a in enumerate(units_a):
        for j, b in enumerate(units_b):
            if key(a) == key(b):
                overlap = jaccard(words(a), words(b))
                if overlap >= least:
                    second = jaccard(tie(a), tie(b)) if tie else 0.0
                    candidates.append((overlap, second, i, j))
    pairs, used_a, used_b = [], set(), set()
    for overlap, _, i, j in sorted(candidates, reverse=True):
        if i not in used_a and j not in used_b:
            pairs.append((i, j, overlap))
            used_a.add(i)
            used_b.add(j)
    return pairs


def unmatched(first, second, units, pairs, field, words):
    """A difference for each unit of either reading that the other lacks."""
    matched = ({i for i, _, _ in pairs}, {j for _, j, _ in pairs})
    return [
        (reading.name, row["id"], other.name, "-", row["paragraph"], field, row[words], "-")
        for side, (reading, other) in enumerate(((first, second), (second, first)))
        for k, row in enumerate(units[side])
        if k not in matched[side]
    ]


def alpha(data, level):
    """Krippendorff's alpha of a coders x units table of category indices."""
    data = np.asarray(data, dtype=float)
    if data.shape[1] < 2 or len(np.unique(data[~np.isnan(data)])) < 2:
        return float("nan")
    return krippendorff.alpha(reliability_data=data, level_of_measurement=level)


def interval(data, level):
    """A percentile bootstrap 95% interval of alpha, resampling units."""
    data = np.asarray(data, dtype=float)
    rng = np.random.default_rng(SEED)
    estimates = []
    for _ in range(RESAMPLES):
        sample = data[:, rng.integers(0, data.shape[1], data.shape[1])]
        a = alpha(sample, level)
        if not np.isnan(a):
            estimates.append(a)
    if not estimates:
        return float("nan"), float("nan")
    return float(np.percentile(estimates, 2.5)), float(np.percentile(estimates, 97.5))


# The order of an ordinal field's values; every other field is nominal.
ORDERS = {
    "precision": ["low", "medium", "high"],
    "obligation": ["exploratory", "willing", "firm"],
    "force": ["invite", "encourage", "urge"],
}


def coded(pairs, field, a_rows, b_rows, get, column_name=None):
    """The two readings' values of a field on the matched units, as a coders
    x units table, leaving out the units where a reading did not code the
    field (an empty cell: the first reading predates some fields)."""
    categories, table = {}, [[], []]
    for i, j, _ in pairs:
        if column_name and (not a_rows[i].get(column_name) or not b_rows[j].get(column_name)):
            continue
        for row, column in ((a_rows[i], table[0]), (b_rows[j], table[1])):
            value = get(row)
            order = ORDERS.get(field)
            if order and value in order:
                column.append(order.index(value))
            else:
                column.append(categories.setdefault(value, 100 + len(categories)))
    return table


FIGURES = []


def report(name, level, table):
    """Prints a field's alpha and its interval, and keeps them for --figures."""
    units = len(table[0])
    if not units:
        shown, bounds = "not coded by both", ""
    else:
        a = alpha(table, level)
        if np.isnan(a):
            # Alpha is undefined where the readings use one value only.
            shown, bounds = "n/a (one value)", ""
        else:
            low, high = interval(table, level)
            shown, bounds = f"{a:.3f}", f"[{low:.2f}, {high:.2f}]"
    print(f"{name}\t{level}\t{units}\t{shown}\t{bounds}")
    FIGURES.append((name, level, str(units), shown, bounds))


def extent(row):
    """Where a commitment's words start and end, as character offsets."""
    offsets = commitment_words(row)
    return (row["paragraph"], min(offsets), max(offsets)) if offsets else None


def boundaries(rows):
    """Boundary precision and recall: the share of each reading's units whose
    words start and end where a unit of the other reading's do."""
    extents = [{extent(r) for r in rs} - {None} for rs in rows]
    shared = extents[0] & extents[1]
    return [len(shared) / len(e) if e else float("nan") for e in extents]


def unitizing(rows):
    """A coders x characters table: each character of the text inside (1) or
    outside (0) some commitment's words, per reading, with the paragraph of
    each character, so that the bootstrap can resample paragraphs."""
    covered = [set(), set()]
    for side, rs in enumerate(rows):
        for r in rs:
            covered[side] |= {(r["paragraph"], o) for o in commitment_words(r)}
    table, paragraph_of = [[], []], []
    for number, text in PARAGRAPHS.items():
        for o in range(len(text)):
            for side in (0, 1):
                table[side].append(1 if (number, o) in covered[side] else 0)
            paragraph_of.append(number)
    return np.asarray(table, dtype=float), np.asarray(paragraph_of)


def report_unitizing(rows):
    table, paragraph_of = unitizing(rows)
    a = alpha(table, "nominal")
    rng = np.random.default_rng(SEED)
    numbers = sorted(set(paragraph_of))
    columns = {n: np.flatnonzero(paragraph_of == n) for n in numbers}
    estimates = []
    for _ in range(RESAMPLES):
        chosen = rng.choice(numbers, len(numbers))
        sample = table[:, np.concatenate([columns[n] for n in chosen])]
        e = alpha(sample, "nominal")
        if not np.isnan(e):
            estimates.append(e)
    low, high = np.percentile(estimates, 2.5), np.percentile(estimates, 97.5)
    units = table.shape[1]
    print(f"unitizing\tnominal\t{units}\t{a:.3f}\t[{low:.2f}, {high:.2f}]")
    FIGURES.append(("unitizing", "nominal", str(units), f"{a:.3f}", f"[{low:.2f}, {high:.2f}]"))


def adjudicate(folder, out):
    """Writes the reading the adjudicator's decisions give: the first blind
    reading, each difference decided for the other reading taken from it,
    each unit decided away dropped and each unit decided in added. Every row
    keeps its coder's id, beside the name of the reading it comes from."""
    with open(folder / "adjudication" / "disagreements.tsv", encoding="utf-8", newline="") as f:
        lines = list(csv.DictReader(f, delimiter="\t"))
    decisions = read(folder / "adjudication", "decisions")
    if [int(d["line"]) for d in decisions] != list(range(1, len(lines) + 1)):
        raise SystemExit("decisions.tsv does not decide every line of disagreements.tsv, in order")
    base = lines[0]["reading"]
    tables = {}
    for name in ("clauses", "commitments", "anaphors"):
        rows = {}
        for reading in {line["reading"] for line in lines} | {line["other_reading"] for line in lines} - {"-"}:
            for row in read(folder / reading, name):
                rows[(reading, row["id"])] = row
        kept = [key for key in rows if key[0] == base]
        tables[name] = (rows, kept)
    for line, decision in zip(lines, decisions):
        verdict = decision["decision"]
        field = line["field"]
        name = ("clauses" if field.startswith("clause ") else
                "anaphors" if field.startswith("anaphor") else "commitments")
        rows, kept = tables[name]
        if field in ("unit", "anaphor"):
            key = (line["reading"], line["id"])
            keep = verdict in ("first", "both")
            # A unit decided in that a kept unit already gives (the same
            # words, the same antecedent, quoted a little differently) is
            # that unit, not a second one.
            same = [k for k in kept if name == "anaphors" and k[0] != key[0]
                    and rows[k]["paragraph"] == rows[key]["paragraph"]
                    and rows[k]["antecedent_words"] == rows[key]["antecedent_words"]
                    and (rows[k]["words"] in rows[key]["words"] or rows[key]["words"] in rows[k]["words"])]
            if keep and key not in kept and not same:
                kept.append(key)
            elif not keep and key in kept:
                kept.remove(key)
            continue
        column = field.split(" ", 1)[1] if name != "commitments" else field
        if verdict.startswith("neither:"):
            value = verdict.split(":", 1)[1].strip()
        elif verdict in ("first", "both"):
            value = line["value"]
        elif verdict == "second":
            value = line["other_value"]
        else:
            raise SystemExit(f"line {line}: unknown decision {verdict!r}")
        key = (line["reading"], line["id"]) if line["reading"] == base else (line["other_reading"], line["other_id"])
        rows[key][column] = value
    out.mkdir(parents=True, exist_ok=True)
    for name, (rows, kept) in tables.items():
        kept.sort(key=lambda k: int(rows[k]["paragraph"]))
        header = ["reading"] + list(rows[kept[0]].keys())
        with open(out / f"{name}.tsv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(header)
            for key in kept:
                w.writerow([key[0]] + [rows[key][c] for c in header[1:]])


def main(argv):
    folder = Path(argv[0]) if argv and not argv[0].startswith("--") else ROOT / "data" / "readings"
    out = argv[argv.index("--disagreements") + 1] if "--disagreements" in argv else None
    figures = argv[argv.index("--figures") + 1] if "--figures" in argv else None
    if "--adjudicated" in argv:
        adjudicate(folder, Path(argv[argv.index("--adjudicated") + 1]))
    # The adjudicated reading is made from the blind readings, so it is not
    # measured against them.
    readings = sorted(p for p in folder.iterdir()
                      if (p / "commitments.tsv").exists() and p.name != "adjudicated")
    if len(readings) < 2:
        print(f"fewer than two readings in {folder}", file=sys.stderr)
        return 2
    differences, blind_figures = [], []
    for first, second in itertools.combinations(readings, 2):
        FIGURES.clear()
        print(f"# {first.name} and {second.name}")
        print("field\tlevel\tunits\talpha\t95% interval")
        clauses = [read(first, "clauses"), read(second, "clauses")]
        clause_pairs = match(*clauses, key=lambda r: r["paragraph"],
                             words=lambda r: span(r["paragraph"], r["verb"]), least=0.01)
        print(f"clauses\tunits\t{len(clauses[0])}, {len(clauses[1])}\t"
              f"{len(clause_pairs)} matched\t")
        for field, get in (("clause decision", lambda r: r["decision"]),
                           ("exclusion rule", lambda r: r["rule"])):
            report(field, "nominal", coded(clause_pairs, field, *clauses, get))
        # Differences are listed for adjudication only between readings coded
        # from one brief; other pairs are measured, not adjudicated.
        brief = [p / "brief.md" for p in (first, second)]
        same_brief = all(b.exists() for b in brief) and brief[0].read_bytes() == brief[1].read_bytes()
        listed = differences if same_brief else []
        for i, j, _ in clause_pairs:
            a, b = clauses[0][i], clauses[1][j]
            for field in ("decision", "rule"):
                if a[field] != b[field]:
                    listed.append((first.name, a["id"], second.name, b["id"], a["paragraph"],
                                        f"clause {field}", a[field], b[field]))
        rows = [read(first, "commitments"), read(second, "commitments")]
        pairs = match(*rows, key=lambda r: r["paragraph"], words=commitment_words, least=1 / 3)
        overlap = np.mean([o for _, _, o in pairs]) if pairs else float("nan")
        print(f"commitments\tunits\t{len(rows[0])}, {len(rows[1])}\t{len(pairs)} matched\t"
              f"first {len(pairs) / len(rows[0]):.3f}, second {len(pairs) / len(rows[1]):.3f} "
              f"matched; mean overlap of matched words {overlap:.3f}")
        recall = boundaries(rows)
        print(f"boundaries\tunits\t{len(rows[0])}, {len(rows[1])}\t"
              f"first {recall[0]:.3f}, second {recall[1]:.3f}\t"
              "share of each reading's units that start and end where one of the other's does")
        FIGURES.append(("units matched", "share", f"{len(rows[0])}, {len(rows[1])}",
                        f"{len(pairs) / len(rows[0]):.3f}, {len(pairs) / len(rows[1]):.3f}", ""))
        FIGURES.append(("unit boundaries", "share", f"{len(rows[0])}, {len(rows[1])}",
                        f"{recall[0]:.3f}, {recall[1]:.3f}", ""))
        report_unitizing(rows)
        fields = [
            ("kind", "nominal", "kind"),
            ("actor", "nominal", "actor"),
            ("stated grade", "nominal", "stated_grade"),
            ("hedge", "nominal", "hedge"),
            ("intensifier", "nominal", "intensifier"),
            ("grade", "nominal", "grade"),
            ("obligation", "ordinal", "obligation"),
            ("force", "ordinal", "force"),
            ("action specific", "nominal", "action_specific"),
            ("object specific", "nominal", "object_specific"),
            ("measurable", "nominal", "measurable"),
            ("precision", "ordinal", "precision"),
            ("delegation", "nominal", "delegation"),
            ("target named", "nominal", "target"),
            ("timeframe named", "nominal", "timeframe"),
            ("G7 count", "nominal", "g7"),
        ]
        presence = {"hedge", "intensifier", "target", "timeframe", "g7"}
        for name, level, column in fields:
            def get(r, column=column):
                value = r[column].lower()
                if column == "actor":
                    # Coders name the party asked in their own words; the
                    # words of the text that name it are what they share.
                    return plain(r["actor_words"]).lower() if r["kind"] == "request" else "ministers"
                return present(value) if column in presence else value
            if column in ("obligation", "force"):
                # The grade of the pledges (obligation) or of the requests
                # (force) that both readings give that kind.
                kind = "pledge" if column == "obligation" else "request"
                both = [(i, j, o) for i, j, o in pairs
                        if rows[0][i]["kind"] == kind and rows[1][j]["kind"] == kind]
                report(name, level, coded(both, column, *rows, lambda r: r["grade"].lower(),
                                          column_name="grade"))
                continue
            report(name, level, coded(pairs, column, *rows, get, column_name=column))
        for column in ("themes", "priorities"):
            labels = vocabulary(column[:-1] if column == "themes" else "priority")
            pooled = [[], []]
            for label in labels:
                table = coded(pairs, label, *rows, lambda r, l=label: "yes" if l in values(r[column]) else "no")
                pooled[0] += table[0]
                pooled[1] += table[1]
                report(f"{column[:-1] if column == 'themes' else 'priority'}: {label}", "nominal", table)
            report(f"{column}, pooled", "nominal", pooled)
        for i, j, _ in pairs:
            a, b = rows[0][i], rows[1][j]
            for field in ("kind", "actor", "action", "object", "target", "timeframe",
                          "stated_grade", "hedge", "intensifier", "grade", "action_specific",
                          "object_specific", "measurable", "precision", "delegation",
                          "delegation_words", "themes", "priorities", "antecedent"):
                same = values(a[field]) == values(b[field]) if field in ("themes", "priorities") \
                    else plain(a[field]).lower() == plain(b[field]).lower()
                if not same:
                    listed.append((first.name, a["id"], second.name, b["id"], a["paragraph"],
                                        field, a[field], b[field]))
        # Anaphors: matched by paragraph and where their words stand; a
        # matched pair agrees where its antecedents overlap.
        anaphors = [read(first, "anaphors"), read(second, "anaphors")]
        # The same words may stand twice in a paragraph ("its"), and the
        # coders give no place: the antecedents then tell the pairs apart.
        anaphor_pairs = match(*anaphors, key=lambda r: r["paragraph"],
                              words=lambda r: span(r["paragraph"], r["words"]), least=0.01,
                              tie=lambda r: {(r["antecedent_paragraph"], o) for o in
                                             span(r["antecedent_paragraph"], r["antecedent_words"])})
        same_antecedent = sum(
            1 for i, j, _ in anaphor_pairs
            if anaphors[0][i]["antecedent_paragraph"] == anaphors[1][j]["antecedent_paragraph"]
            and span(anaphors[0][i]["antecedent_paragraph"], anaphors[0][i]["antecedent_words"])
            & span(anaphors[1][j]["antecedent_paragraph"], anaphors[1][j]["antecedent_words"])
        )
        print(f"anaphors\tunits\t{len(anaphors[0])}, {len(anaphors[1])}\t"
              f"{len(anaphor_pairs)} matched\t{same_antecedent} of them with overlapping antecedents")
        FIGURES.append(("anaphors matched", "share", f"{len(anaphors[0])}, {len(anaphors[1])}",
                        f"{len(anaphor_pairs) / len(anaphors[0]):.3f}, "
                        f"{len(anaphor_pairs) / len(anaphors[1]):.3f}", ""))
        FIGURES.append(("anaphor antecedents", "share", str(len(anaphor_pairs)),
                        f"{same_antecedent / len(anaphor_pairs):.3f}", ""))
        report("anaphor kind", "nominal", coded(anaphor_pairs, "kind", *anaphors, lambda r: r["kind"]))
        for i, j, _ in anaphor_pairs:
            a, b = anaphors[0][i], anaphors[1][j]
            for field in ("kind", "antecedent_paragraph", "antecedent_words"):
                if plain(a[field]).lower() != plain(b[field]).lower():
                    listed.append((first.name, a["id"], second.name, b["id"], a["paragraph"],
                                        f"anaphor {field}", a[field], b[field]))
        listed += unmatched(first, second, anaphors, anaphor_pairs, "anaphor", "words")
        listed += unmatched(first, second, rows, pairs, "unit", "action")
        if same_brief:
            blind_figures = list(FIGURES)
        print()
    if out:
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["reading", "id", "other_reading", "other_id", "paragraph", "field",
                        "value", "other_value"])
            w.writerows(differences)
    if figures:
        with open(figures, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["field", "level", "units", "alpha", "interval"])
            w.writerows(blind_figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
