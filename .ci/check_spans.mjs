// Reads the JSON edition and every CSV of the data package as a JavaScript
// user would and checks that every span slices to its text in UTF-16 code
// units: `text.slice(utf16[0], utf16[1])`. Spans count as check_spans.py says.
//
// Usage: node check_spans.mjs seoul-declaration.json DATAPACKAGE_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('csv-parse/sync');

const [editionPath, packageDir] = process.argv.slice(2);
const edition = JSON.parse(readFileSync(editionPath, 'utf8'));
const paragraphs = new Map(edition.paragraphs.map((p) => [p.number, p.text]));
let jsonSpans = 0;
let csvSpans = 0;

function check(host, text, start, end, where) {
  const sliced = host.slice(start, end);
  if (sliced !== text) throw new Error(`${where}: ${JSON.stringify(sliced)} is not ${JSON.stringify(text)}`);
}

function walk(value, host) {
  if (Array.isArray(value)) { value.forEach((v) => walk(v, host)); return; }
  if (value === null || typeof value !== 'object') return;
  if ('emphasis' in value) host = value.text;
  else if (Number.isInteger(value.paragraph)) host = paragraphs.get(value.paragraph);
  // A heading an anaphor refers to has words and no span.
  if (value.span != null && 'text' in value) {
    check(host, value.text, value.span.utf16[0], value.span.utf16[1], 'JSON');
    jsonSpans += 1;
  }
  Object.values(value).forEach((v) => walk(v, host));
}
walk(edition);

const read = (name) => parse(readFileSync(join(packageDir, name), 'utf8'), { columns: true });
const files = readdirSync(packageDir).filter((name) => name.endsWith('.csv')).sort();
for (const name of files) {
  const rows = read(name);
  if (!rows.length || !('paragraph' in rows[0])) continue;
  const header = Object.keys(rows[0]);
  const spans = header.filter((c) => c === 'utf16_start' || (c.endsWith('_utf16_start')))
    .map((c) => { const prefix = c.slice(0, -'utf16_start'.length); return [prefix ? prefix.slice(0, -1) : 'text', prefix]; });
  for (const [words, prefix] of spans) {
    for (const row of rows) {
      if (row[words] === '' || row[`${prefix}section`]) continue;
      // A span counts in its own paragraph column where it has one
      // (`antecedent_paragraph`), else in the row's paragraph.
      const host = Number(row[`${prefix}paragraph`] || row.paragraph);
      check(paragraphs.get(host), row[words], Number(row[`${prefix}utf16_start`]), Number(row[`${prefix}utf16_end`]), name);
      csvSpans += 1;
    }
  }
}
console.log(`Node ${process.version}: ${jsonSpans} JSON spans and ${csvSpans} CSV spans slice to their text in UTF-16 code units (${files.length} CSV files)`);
