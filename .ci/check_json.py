"""Validates the JSON edition against its JSON Schema (draft 2020-12) with the
`jsonschema` validator, and checks that the schema rejects broken documents.

Usage: python check_json.py seoul-declaration.json seoul-declaration.schema.json
"""
import copy
import json
import sys

from jsonschema import Draft202012Validator

document = json.load(open(sys.argv[1], encoding="utf-8"))
schema = json.load(open(sys.argv[2], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

errors = list(validator.iter_errors(document))
for error in errors[:10]:
    print(f"  {'/'.join(map(str, error.absolute_path))}: {error.message}")
assert not errors, f"{len(errors)} schema errors"
print(f"jsonschema: {sys.argv[1]} is valid against {schema['$id']} (format {document['format']} {document['version']})")


def broken(name, damage):
    bad = copy.deepcopy(document)
    damage(bad)
    assert not validator.is_valid(bad), f"the schema accepts {name}"
    print(f"jsonschema: rejects {name}")


broken("a span with a string offset", lambda d: d["paragraphs"][9]["mentions"][1]["span"].update(start="44"))
broken("a paragraph without text", lambda d: d["paragraphs"][0].pop("text"))
broken("an unknown field", lambda d: d["paragraphs"][0].update(extra=1))
broken("a referent id of no kind", lambda d: d["paragraphs"][5]["mentions"][0].update(referent="asia"))
broken("a date not in ISO 8601", lambda d: d["meeting"].update(first_day="21 November 2017"))
broken("a stance that is not one", lambda d: d["paragraphs"][0]["clauses"][0].update(stance="stance:maybe"))
broken("a theme id that names no theme", lambda d: d["paragraphs"][9]["themes"][0].update(id="theme:nonexistent"))
broken("an instrument id among the themes", lambda d: d["paragraphs"][9]["themes"][0].update(id="instrument:moocs"))
broken("a mention of an id of another kind", lambda d: d["paragraphs"][5]["mentions"][0].update(referent="stance:pledge"))
broken("a commitment whose actor is a place", lambda d: d["commitments"][0].update(actor="place:seoul"))
broken("a commitment of an unknown obligation", lambda d: d["commitments"][0].update(obligation="obligation:maybe"))
broken("a commitment without its precision", lambda d: d["commitments"][0].pop("precision"))
broken("a commitment without a theme", lambda d: d["commitments"][0].update(themes=[]))
broken("a priority area that is not one", lambda d: d["paragraphs"][5]["priorities"][0].update(id="priority:quantum"))
broken("a clause without its scope", lambda d: d["paragraphs"][0]["clauses"][0].pop("scope"))
broken("a paragraph without sentences", lambda d: d["paragraphs"][0].pop("sentences"))
broken("an unknown id in same_as", lambda d: d["vocabularies"][0]["same_as"].append("theme:nonexistent"))
