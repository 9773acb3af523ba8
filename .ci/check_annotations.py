"""Open the Web Annotations as a JSON-LD processor does, and check them against
the JSON edition: every annotation expands to the W3C model, every selector
names its paragraph's exact text at its position, and every quote with its
prefix and suffix occurs once in its paragraph; an anaphor's linking
annotation selects its words in its target and its antecedent's words, the
same way, in its body.

usage: python check_annotations.py annotations.jsonld seoul-declaration.json anno.jsonld
The third file is the W3C context, served to the processor in place of
http://www.w3.org/ns/anno.jsonld so that the check runs offline.
"""

import json
import re
import sys
from collections import Counter

import jsonschema
from pyld import jsonld

OA = "http://www.w3.org/ns/oa#"
# The editions' published address, Cargo.toml's homepage: every id and target
# is absolute, so the file keeps its identity wherever it is copied.
BASE = re.search(r'^homepage = "(.*)"$', open("Cargo.toml", encoding="utf-8").read(), re.M)[1]
CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"

annotations_path, edition_path, context_path = sys.argv[1:4]
with open(context_path, encoding="utf-8") as file:
    context = json.load(file)


def offline_loader(url, options=None):
    """Serve the W3C context from disk; refuse every other address."""
    if url.rstrip("#") != CONTEXT_URL:
        raise jsonld.JsonLdError(f"the check loads no document but the W3C context, asked for {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": context}


jsonld.set_document_loader(offline_loader)
with open(annotations_path, encoding="utf-8") as file:
    collection = json.load(file)
with open(edition_path, encoding="utf-8") as file:
    edition = json.load(file)
texts = {f"para-{p['number']}": p["text"] for p in edition["paragraphs"]}
# A heading an anaphor refers to: the page holds its words in an element.
texts.update({f"heading-{s['id'].split(':', 1)[1]}": s["title"] for s in edition["sections"]})
# Each anaphor's annotation, by its id: its words and its antecedent's.
def element(antecedent):
    """The page's element that holds an antecedent's words: its paragraph's
    text, or a heading's words."""
    if antecedent["section"]:
        return "heading-" + antecedent["section"].split(":", 1)[1]
    return f"para-{antecedent['paragraph']}"


anaphors = {
    f"{BASE}annotations.jsonld#anaphor-{p['number']}-{i}": (a["text"], a["antecedent"]["text"], element(a["antecedent"]))
    for p in edition["paragraphs"]
    for i, a in enumerate(p["anaphors"], 1)
}

expanded = jsonld.expand(collection, {"base": BASE})
assert len(expanded) == 1, f"one collection expected, got {len(expanded)} nodes"
node = expanded[0]
assert node["@type"] == ["http://www.w3.org/ns/activitystreams#OrderedCollection"], node["@type"]
assert node["@id"] == BASE + "annotations.jsonld", node["@id"]
total = node["http://www.w3.org/ns/activitystreams#totalItems"][0]["@value"]
page = node["http://www.w3.org/ns/activitystreams#first"][0]
items = page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
assert total == len(items), f"totalItems {total}, items {len(items)}"


def one(node, key):
    values = node.get(key, [])
    assert len(values) == 1, f"{key}: expected one value in {node.get('@id')}, got {values}"
    value = values[0]
    return value.get("@value", value.get("@id", value))


# The W3C annotation-model test suite's rules for an annotation's id and its
# target's source (web-platform-tests, annotation-model/definitions: id.json's
# idValueFound, specificResource.json's sourceDetected): a string of format
# uri, that is an absolute IRI, checked by jsonschema with rfc3987 installed.
URI = {"type": "string", "format": "uri"}
SUITE = jsonschema.Draft4Validator(
    {
        "type": "object",
        "required": ["id", "target"],
        "properties": {
            "id": {"oneOf": [URI, {"type": "array", "minItems": 1, "maxItems": 1, "items": URI}]},
            "target": {"type": "object", "required": ["source"], "properties": {"source": URI}},
        },
    },
    format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER,
)
# The rule can fail: a relative id, as the editions once wrote, is refused.
assert not SUITE.is_valid({"id": "annotations.jsonld#mention-1-1", "target": {"source": "seoul-declaration.html#para-1"}}), \
    "jsonschema does not check format uri: install rfc3987"
raw = collection["first"]["items"]
for annotation in raw:
    errors = [e.message for e in SUITE.iter_errors(annotation)]
    assert not errors, (annotation.get("id"), errors)
print(f"annotations: {len(raw)} of {len(raw)} pass the W3C test suite's id and source rules (an absolute IRI)")

def selected(ident, resource):
    """Checks the four selectors of a target or a body against the JSON
    edition's text, and gives the element and the words they select."""
    source = one(resource, OA + "hasSource")
    assert source == BASE + "seoul-declaration.html", (ident, source)
    kinds = Counter(s["@type"][0].removeprefix(OA) for s in resource[OA + "hasSelector"])
    assert kinds == {"FragmentSelector": 2, "TextQuoteSelector": 1, "TextPositionSelector": 1}, (ident, kinds)
    # The paragraph's selectors: a fragment naming its text element, refined
    # by a quote and by a position within it.
    refined = {}
    for fragment in (s for s in resource[OA + "hasSelector"] if s["@type"] == [OA + "FragmentSelector"]):
        element = one(fragment, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value")
        inner = fragment[OA + "refinedBy"][0]
        refined[inner["@type"][0].removeprefix(OA)] = (element, inner)
    assert set(refined) == {"TextQuoteSelector", "TextPositionSelector"}, (ident, refined)
    (element, quote), (element2, position) = refined["TextQuoteSelector"], refined["TextPositionSelector"]
    assert element == element2, (ident, element, element2)
    text = texts[element]
    exact = one(quote, OA + "exact")
    prefix = one(quote, OA + "prefix") if OA + "prefix" in quote else ""
    suffix = one(quote, OA + "suffix") if OA + "suffix" in quote else ""
    assert len(prefix) <= 32 and len(suffix) <= 32, (ident, prefix, suffix)
    start, end = one(position, OA + "start"), one(position, OA + "end")
    # Positions count code points, as Python's str indexes do.
    assert text[start:end] == exact, (ident, text[start:end], exact)
    assert text[max(0, start - len(prefix)):start] == prefix, (ident, prefix)
    assert text[end:end + len(suffix)] == suffix, (ident, suffix)
    whole = prefix + exact + suffix
    occurrences = sum(1 for i in range(len(text)) if text.startswith(whole, i))
    assert occurrences == 1, f"{ident}: the quote with its context occurs {occurrences} times"
    # The page's selectors quote the same words (Chromium checks where).
    page_quote = next(s for s in resource[OA + "hasSelector"] if s["@type"] == [OA + "TextQuoteSelector"])
    assert one(page_quote, OA + "exact") == exact, ident
    return element, exact


ids = Counter()
motivations = Counter()
linked = 0
landed = 0
iris = 0
known = {t["id"] for t in edition["vocabularies"]} | {c["id"] for c in edition["commitments"]}
for item in items:
    ident = item["@id"]
    ids[ident] += 1
    assert ident.startswith(BASE + "annotations.jsonld#"), ident
    assert item["@type"] == [OA + "Annotation"], (ident, item["@type"])
    motivation = one(item, OA + "motivatedBy")
    motivations[motivation.removeprefix(OA)] += 1
    bodies = item[OA + "hasBody"]
    purposes = {one(b, OA + "hasPurpose").removeprefix(OA) for b in bodies}
    assert motivation.removeprefix(OA) in purposes and "describing" in purposes, (ident, purposes)
    for body in bodies:
        if body.get("@type") == [OA + "SpecificResource"]:
            continue  # an antecedent, checked with the target below
        if body.get("@type") == [OA + "TextualBody"]:
            assert one(body, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"), ident
        else:
            # A vocabulary entry or a commitment, by the IRI that names it in
            # the JSON edition.
            iri = body["@id"]
            assert iri.startswith(BASE + "seoul-declaration.json#"), (ident, iri)
            assert iri.split("#", 1)[1] in known, (ident, iri)
            iris += 1
    target = one(item, OA + "hasTarget")
    element, exact = selected(ident, target)
    if motivation == OA + "linking":
        words, antecedent, where = anaphors[ident]
        links = [b for b in bodies if b.get("@type") == [OA + "SpecificResource"]]
        assert len(links) == 1, (ident, links)
        assert exact == words, (ident, exact, words)
        assert selected(ident, links[0]) == (where, antecedent), (ident, selected(ident, links[0]), antecedent)
        linked += 1
    landed += 1

duplicates = [i for i, n in ids.items() if n > 1]
assert not duplicates, f"ids used twice: {duplicates}"
paragraphs = edition["paragraphs"]
expected = (
    sum(len(p["mentions"]) for p in paragraphs)
    + sum(len(p["clauses"]) for p in paragraphs)
    + sum(len(p["themes"]) + len(p["instruments"]) + len(p["priorities"]) for p in paragraphs)
    + len(edition["commitments"])
    + len(anaphors)
)
assert landed == expected, f"{landed} annotations, but the JSON edition has {expected} mentions, clauses, tags, commitments and anaphors"
assert linked == len(anaphors), f"{linked} linking annotations for {len(anaphors)} anaphors"
print(f"annotations: {landed} expanded by pyld, every quote and position on its paragraph's text, ids unique "
      f"({dict(motivations)}); {iris} bodies name a vocabulary entry or a commitment by an IRI of the JSON edition; "
      f"{linked} anaphors link to their antecedents, whose selectors each name the antecedent's words")
