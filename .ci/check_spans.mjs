// Reads the JSON edition and every CSV of the data package as a JavaScript
// user would and checks that every span slices to its text in UTF-16 code
// units: `text.slice(utf16[0], utf16[1])`.
//
// Usage: node check_spans.mjs seoul-declaration.json DATAPACKAGE_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('csv-parse/sync');

const [editionPath, packageDir] = process.argv.slice(2);
const edition = JSON.parse(readFileSync(editionPath, 'utf8'));
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
  if ('span' in value && 'text' in value) {
    check(host, value.text, value.span.utf16[0], value.span.utf16[1], 'JSON');
    jsonSpans += 1;
  }
  Object.values(value).forEach((v) => walk(v, host));
}
walk(edition);

const read = (name) => parse(readFileSync(join(packageDir, name), 'utf8'), { columns: true });
const paragraphs = new Map(read('paragraphs.csv').map((row) => [row.number, row.text]));
const files = readdirSync(packageDir).filter((name) => name.endsWith('.csv')).sort();
for (const name of files) {
  for (const row of read(name)) {
    if (!('utf16_start' in row)) continue;
    check(paragraphs.get(row.paragraph), row.text, Number(row.utf16_start), Number(row.utf16_end), name);
    csvSpans += 1;
  }
}
console.log(`Node ${process.version}: ${jsonSpans} JSON spans and ${csvSpans} CSV spans slice to their text in UTF-16 code units (${files.length} CSV files)`);
