"""Counts the crate's public API from rustdoc's JSON output: every item a user
can name (modules, types, variants, functions, methods of inherent impls,
constants, macros, traits), each once however it is re-exported. Trait
implementations are not counted: they add no name. Hidden items are left out.

usage: python3 public_items.py target/doc/asem_seoul_declaration.json
"""

import json
import sys
from collections import Counter

doc = json.load(open(sys.argv[1], encoding="utf-8"))
index = doc["index"]
counts = Counter()
seen = set()


def hidden(item):
    return any("hidden" in json.dumps(attr) for attr in item.get("attrs", []))


def visit(item_id):
    if item_id is None or str(item_id) not in index or item_id in seen:
        return
    seen.add(item_id)
    item = index[str(item_id)]
    if hidden(item):
        return
    (kind, inner), = item["inner"].items()
    if kind == "use":
        seen.discard(item_id)  # a re-export is not an item of its own
        seen.add(("use", item_id))
        visit(inner["id"])
        return
    if kind == "module":
        if not inner["is_crate"]:
            counts["module"] += 1
        for child in inner["items"]:
            visit(child)
        return
    counts[kind] += 1
    if kind == "enum":
        for variant in inner["variants"]:
            visit(variant)
    if kind in ("struct", "enum", "union"):
        for impl_id in inner["impls"]:
            impl = index[str(impl_id)]["inner"]["impl"]
            if impl["trait"] is None and not impl["is_synthetic"] and impl["blanket_impl"] is None:
                for member in impl["items"]:
                    member_item = index[str(member)]
                    if member_item["visibility"] == "public" and not hidden(member_item):
                        visit(member)
    if kind == "trait":
        for member in inner["items"]:
            visit(member)


visit(doc["root"])
functions = counts["function"]
total = sum(counts.values())
print(f"{total} public items ({functions} functions and methods): "
      + ", ".join(f"{n} {k}" for k, n in counts.most_common()))
