// Opens the HTML edition in headless Chromium, as a reader would, and checks:
//   - the text comes first: paragraph 1 stands in the first screen at 1280x800,
//     and the first Tab reaches a skip link to the text;
//   - the measure: characters per rendered line of the page's paragraphs, at
//     1280 px and at 390 px wide, at most 80;
//   - axe-core, every rule (experimental ones included): no violation and
//     nothing to review, in light and dark schemes, with and without highlights;
//   - the analyst's view: the Pledges control changes how a pledge looks (by
//     mouse and by keyboard), the Commitments control shows each commitment's
//     marker, whose grade, precision, timeframe and actor show on keyboard focus;
//   - every highlight differs from every other by more than colour, keeps a
//     visible cue in forced-colours mode, and prints light under dark text,
//     with its legend, from either colour scheme;
//   - a paragraph's permalink and citation show on keyboard focus, and a jump
//     to #para-N lands clear of the top edge and stands out;
//   - what a reference manager reads from the <head>;
//   - every Web Annotation's selectors land on its exact text in the page,
//     and an anaphor's body's selectors on its antecedent's words, which its
//     link in the page leads to;
//   - the landing page: axe-core as above, in both schemes, every link to a
//     file of the editions there, and a dataset to a reference manager.
//
// Usage: node check_html.mjs PAGE.html LANDING.html ANNOTATIONS.jsonld [SCREENSHOT_DIR]
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [pagePath, landingPath, annotationsPath, shots] = process.argv.slice(2);
const url = pathToFileURL(resolve(pagePath)).href;
const annotations = JSON.parse(readFileSync(annotationsPath, 'utf8'));
const MAX_CHARACTERS_PER_LINE = 80;
let failed = false;
const fail = (message) => { console.log(`FAIL ${message}`); failed = true; };
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// A page at a size, in a colour scheme, with forced colours or print media if asked.
async function open(width, height, { scheme = 'light', forced = false, media = '', hash = '', at = url } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const cdp = await page.createCDPSession();
  const features = [{ name: 'prefers-color-scheme', value: scheme }];
  if (forced) features.push({ name: 'forced-colors', value: 'active' });
  await cdp.send('Emulation.setEmulatedMedia', { media, features });
  await page.goto(at + hash, { waitUntil: 'load' });
  return page;
}

// Turns every highlight on by clicking its label, as a reader does.
async function highlightEverything(page) {
  await page.evaluate(() => { document.querySelector('details.view').open = true; });
  for (const id of await page.$$eval('.view input[type="checkbox"]', (boxes) => boxes.map((b) => b.id))) {
    await page.click(`label[for="${id}"]`);
  }
}

// The same, without clicking: for print media, where the view is not shown.
async function checkEverything(page) {
  await page.evaluate(() => { for (const box of document.querySelectorAll('.view input')) box.checked = true; });
}

// axe-core with every rule it has that is not deprecated, experimental ones included.
// `revealedLater` names hidden content that a later run of the same page shows and
// audits (the commitment markers, shown with their highlight): the review that
// axe's hidden-content rule asks for is that later run, which must find nothing hidden.
async function audit(page, scenario, exclude = [], revealedLater = null) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (exclude, revealedLater) => {
    const rules = window.axe.getRules().filter((r) => !r.tags.includes('deprecated')).map((r) => r.ruleId);
    const context = { include: [document], exclude: exclude.map((selector) => [selector]) };
    const run = await window.axe.run(context, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations', 'incomplete'] });
    if (revealedLater) {
      for (const r of run.incomplete.filter((r) => r.id === 'hidden-content')) {
        r.nodes = r.nodes.filter((n) => !document.querySelector(n.target.join(' '))?.matches(revealedLater));
      }
      run.incomplete = run.incomplete.filter((r) => r.nodes.length > 0);
    }
    const brief = (list) => list.map((r) => `${r.id} (${r.nodes.length}: ${r.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    return { rules: rules.length, version: window.axe.version, violations: brief(run.violations), incomplete: brief(run.incomplete) };
  }, exclude, revealedLater);
  console.log(`axe-core ${result.version}, ${result.rules} rules, ${scenario}: ${result.violations.length} violations, ${result.incomplete.length} to review`);
  for (const v of result.violations) fail(`violation ${v}`);
  for (const v of result.incomplete) fail(`to review ${v}`);
}

// Characters per rendered line of every paragraph in <main>.
function measure() {
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const counts = [];
  for (const p of document.querySelectorAll('main p')) {
    const lines = [];
    let line = null;
    let previous = null;
    const range = document.createRange();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.vh, .cite, .badges')) continue;
      for (const { segment, index } of graphemes.segment(node.data)) {
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
        if (!rects.length) continue;
        const rect = rects[rects.length - 1];
        const lower = line && rect.top > line.top + 0.5 * line.height;
        const back = previous && rect.left < previous.left - 0.5;
        if (!line || (lower && back)) {
          line = { top: rect.top, height: Math.max(rect.height, 1), text: '' };
          lines.push(line);
        }
        line.height = Math.max(line.height, rect.height);
        line.text += segment;
        previous = rect;
      }
    }
    for (const l of lines) {
      const n = [...graphemes.segment(l.text.replace(/\s+/g, ' ').trim())].length;
      if (n > 0) counts.push({ n, id: p.querySelector('.words')?.id || p.className || 'p' });
    }
  }
  return counts;
}

// The text first, and the measure.
for (const [width, height] of [[1280, 800], [390, 844]]) {
  const page = await open(width, height);
  const first = await page.$eval('#para-1', (e) => e.getBoundingClientRect().top);
  console.log(`paragraph 1 at ${width}x${height}: its first line ${Math.round(first)} px from the top`);
  if (width === 1280 && first > height - 40) fail(`paragraph 1 is not in the first screen at ${width}x${height}`);
  const lines = await page.evaluate(measure);
  const sorted = lines.map((l) => l.n).sort((a, b) => a - b);
  const longest = lines.reduce((a, b) => (b.n > a.n ? b : a));
  console.log(`characters per line at ${width} px: at most ${longest.n} (in #${longest.id}), median ${sorted[sorted.length >> 1]}, over ${lines.length} lines`);
  if (longest.n > MAX_CHARACTERS_PER_LINE) fail(`a line of ${longest.n} characters at ${width} px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`sideways overflow at ${width} px: ${overflow} px`);
  if (overflow > 0) fail(`the page scrolls sideways by ${overflow} px at ${width} px`);
  if (shots) await page.screenshot({ path: join(shots, `page-${width}.png`) });
  await page.close();
}

// The first Tab reaches the skip link, which shows and leads to the text.
{
  const page = await open(1280, 800);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const e = document.activeElement;
    const r = e.getBoundingClientRect();
    return { href: e.getAttribute('href'), text: e.textContent, visible: r.left >= 0 && r.top >= 0 && r.width > 0 };
  });
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => location.hash);
  console.log(`first Tab: "${skip.text}" (${skip.href}), ${skip.visible ? 'shown' : 'hidden'}; Enter goes to ${target}`);
  if (skip.href !== '#text' || !skip.visible || target !== '#text') fail('the first Tab does not reach a visible skip link to the text');
  await page.close();
}

for (const [scheme, width, height, exclude] of [['light', 1280, 800, []], ['dark', 1280, 800, []], ['light', 390, 844, ['.map-scroll']]]) {
  const page = await open(width, height, { scheme });
  const but = exclude.length ? ` (but ${exclude.join(', ')})` : '';
  await audit(page, `${scheme}, ${width} px${but}, as it opens`, exclude, '.cmark');
  await highlightEverything(page);
  await audit(page, `${scheme}, ${width} px${but}, every highlight on`, exclude);
  if (shots) await page.screenshot({ path: join(shots, `highlights-${scheme}-${width}.png`) });
  await page.close();
}

// The Pledges control changes how a pledge looks, by mouse and by keyboard;
// the Commitments control shows the markers, whose details show on focus.
{
  const page = await open(1280, 800);
  await page.evaluate(() => { document.querySelector('details.view').open = true; });
  const target = '[data-stance="stance:pledge"]';
  const look = () => page.$eval(target, (el) => getComputedStyle(el).backgroundColor);
  const label = await page.$eval('label[for="show-pledge"]', (l) => l.textContent.trim());
  const before = await look();
  await page.click('label[for="show-pledge"]');
  await pause(300);
  const clicked = await look();
  await page.click('label[for="show-pledge"]');
  await page.focus('#show-pledge');
  await page.keyboard.press('Space');
  await pause(300);
  const pressed = await look();
  console.log(`"${label}" control: a pledge's background ${before} -> ${clicked} on a click, -> ${pressed} on Space`);
  if (label !== 'Pledges' || clicked === before || pressed === before) fail('the Pledges control does not change how a pledge looks');
  const extent = () => page.$eval('.commitment', (c) => getComputedStyle(c).backgroundColor);
  const plain = await extent();
  await page.click('label[for="show-commitment"]');
  const highlighted = await extent();
  const shown = await page.$$eval('.cmark', (ms) => ms.filter((m) => getComputedStyle(m).display !== 'none').length);
  await page.focus('.cmark');
  const tip = await page.evaluate(() => {
    const m = document.activeElement;
    return { label: m.getAttribute('aria-label'), shown: getComputedStyle(m, '::after').content };
  });
  console.log(`"Commitments" control: an extent's background ${plain} -> ${highlighted}; ${shown} markers; a marker on keyboard focus shows: ${tip.shown}`);
  if (plain === highlighted) fail('the Commitments control does not highlight the commitments');
  if (shown !== annotations.first.items.filter((a) => a.id.includes('#commitment-')).length) fail('not one marker per commitment');
  if (!/firm|willing|exploratory|urge|encourage|invite/.test(tip.shown) || !/precision/.test(tip.shown)) fail('a commitment marker shows no grade or precision on focus');
  // A paragraph's permalink and citation show on keyboard focus.
  await page.focus('.para .num');
  const cite = await page.evaluate(() => {
    const c = document.activeElement.closest('.para').querySelector('.cite');
    return { display: getComputedStyle(c).display, text: c.textContent };
  });
  console.log(`a paragraph number on keyboard focus shows: "${cite.text}" (${cite.display})`);
  if (cite.display === 'none' || !cite.text.includes('Seoul Declaration (ASEMME6, 2017), para. 1')) fail('the citation does not show on keyboard focus');
  await page.close();
}

// Each highlight is told apart by more than colour, and keeps its cue in forced colours.
const CATEGORIES = [
  ['show-pledge', '.clause[data-stance="stance:pledge"]'],
  ['show-call', '.clause[data-stance="stance:call"]'],
  ['show-acknowledgement', '.clause[data-stance="stance:acknowledgement"]'],
  ['show-commitment', '.commitment'],
  ['show-entity', '.mention[data-referent^="entity:"]'],
  ['show-place', '.mention[data-referent^="place:"]'],
  ['show-concept', '.mention[data-referent^="concept:"]'],
  ['show-instrument', '.mention[data-referent^="instrument:"]'],
  ['show-meeting', '.mention[data-referent^="meeting:"]'],
  ['theme-mobility', '.para[data-themes~="theme:mobility"]'],
];
function cues(categories) {
  return categories.map(([control, selector]) => {
    const e = document.querySelector(selector);
    const s = getComputedStyle(e);
    const line = (w, st) => (st !== 'none' && parseFloat(w) > 0 ? st : 'none');
    const badge = control.startsWith('theme-') ? getComputedStyle(e.querySelector('.badge[data-theme="theme:mobility"]')).display : 'none';
    return {
      control,
      background: s.backgroundColor,
      cue: [line(s.borderBottomWidth, s.borderBottomStyle), line(s.outlineWidth, s.outlineStyle), s.textDecorationLine === 'none' ? 'none' : `${s.textDecorationLine} ${s.textDecorationStyle}`, line(s.borderLeftWidth, s.borderLeftStyle), badge].join(' / '),
    };
  });
}
{
  const page = await open(1280, 800, { forced: true, scheme: 'dark' });
  await checkEverything(page);
  const forced = await page.evaluate(cues, CATEGORIES);
  for (const { control, cue } of forced) {
    if (cue === 'none / none / none / none / none') fail(`${control}: no visible cue in forced colours`);
  }
  const signatures = new Set(forced.map((f) => f.cue));
  console.log(`forced colours: every highlight keeps a cue, ${signatures.size} different for ${forced.length} categories: ${forced.map((f) => `${f.control.replace(/^(show|theme)-/, '')}: ${f.cue.replaceAll(' / none', '').replaceAll('none / ', '')}`).join('; ')}`);
  if (signatures.size !== forced.length) fail('two highlights differ by colour alone');
  if (shots) {
    await page.evaluate(() => document.querySelector('#para-6').scrollIntoView());
    await page.screenshot({ path: join(shots, 'forced-colours.png') });
  }
  await page.close();
}

// Printing from either scheme with highlights on: light colours under dark
// text, kept by the browser, and the legend printed.
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
for (const scheme of ['light', 'dark']) {
  const page = await open(1280, 800, { scheme, media: 'print' });
  await checkEverything(page);
  const printed = await page.evaluate(cues, CATEGORIES);
  const ink = await page.$eval('.words', (e) => getComputedStyle(e).color);
  const adjust = await page.$eval('.clause', (e) => getComputedStyle(e).printColorAdjust);
  const legend = await page.$$eval('.print-legend li', (items) => items.filter((i) => getComputedStyle(i).display !== 'none').map((i) => i.textContent.trim()));
  const legendShown = await page.$eval('.print-legend', (e) => getComputedStyle(e).display);
  const darkest = Math.min(...printed.map((p) => luminance(p.background)));
  console.log(`print from ${scheme}: ink ${ink}, highlights from luminance ${darkest.toFixed(2)} up, print-color-adjust ${adjust}, legend ${legendShown} with ${legend.length} entries`);
  if (luminance(ink) > 0.05 || darkest < 0.35) fail(`printing from ${scheme}: highlights are not light under dark text`);
  if (adjust !== 'exact') fail('highlights would not print');
  if (legendShown === 'none' || legend.length !== CATEGORIES.length) fail(`printing from ${scheme}: the legend does not print every highlight`);
  if (shots) await page.pdf({ path: join(shots, `print-${scheme}.pdf`), format: 'A4', printBackground: false });
  await page.close();
}

// A jump to a paragraph lands clear of the top edge and the paragraph stands out.
{
  const page = await open(1280, 800, { hash: '#para-10' });
  await pause(200);
  const landed = await page.evaluate(() => {
    const p = document.getElementById('para-10').closest('.para');
    const s = getComputedStyle(p);
    return { top: document.getElementById('para-10').getBoundingClientRect().top, outline: `${s.outlineStyle} ${s.outlineWidth}`, background: s.backgroundColor };
  });
  console.log(`#para-10: lands ${Math.round(landed.top)} px from the top, outlined ${landed.outline}, background ${landed.background}`);
  if (landed.top < 16 || !landed.outline.startsWith('solid')) fail('a jump to a paragraph lands flush or does not stand out');
  await page.close();
}

// What a reference manager reads: the <head>'s metadata and JSON-LD.
{
  const page = await open(1280, 800);
  const head = await page.evaluate(() => {
    const meta = [...document.querySelectorAll('meta[name]')].map((m) => [m.name, m.content]);
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent);
    const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href'));
    return { meta, ld, alternates };
  });
  const read = head.meta.filter(([n]) => n.startsWith('citation_') || n.startsWith('DC.'));
  console.log(`reference-manager metadata: ${read.map(([n, c]) => `${n}=${c.length > 40 ? `${c.slice(0, 40)}…` : c}`).join('; ')}`);
  console.log(`JSON-LD: ${head.ld['@graph'].map((n) => `${n['@type']} "${n.name}"`).join(', ')}; ${head.ld['@graph'][1].distribution.length} downloads; alternates ${head.alternates.join(', ')}`);
  const needed = ['citation_title', 'citation_author', 'citation_date', 'citation_technical_report_institution', 'citation_publisher', 'citation_language', 'DC.title', 'DC.creator', 'DC.date', 'DC.publisher', 'DC.type', 'DC.language', 'DC.rights'];
  if (read.some(([n]) => n === 'citation_conference_title')) fail('a conference title makes the page a conference paper');
  for (const name of needed) if (!read.some(([n]) => n === name)) fail(`no ${name}`);
  await page.close();
}

// The reading stays clean: with the analyst's view closed, nothing of it
// shows, takes focus or prints; the citation box never covers a word; a
// tooltip stays whole on a 320 px screen; forced colours mark only what is
// chosen; a table prints with its heading; every expansion is words of the page.
{
  const page = await open(1280, 800);
  const marks = await page.$$eval('.cmark', (ms) => ms.filter((m) => getComputedStyle(m).display !== 'none').length);
  const tabbable = await page.$$eval('.cmark', (ms) => ms.filter((m) => m.getClientRects().length > 0).length);
  console.log(`view closed: ${marks} commitment markers shown, ${tabbable} reachable by Tab`);
  if (marks || tabbable) fail('the analyst\'s marks show with its view closed');
  // The citation box under paragraph 5 leaves paragraph 6 where it was and
  // covers none of its words.
  const cover = await page.evaluate(async () => {
    const five = document.getElementById('para-5').closest('.para');
    const six = document.getElementById('para-6');
    five.querySelector('.num').focus();
    await new Promise((r) => requestAnimationFrame(r));
    const box = five.querySelector('.cite').getBoundingClientRect();
    const words = six.getBoundingClientRect();
    return { overlap: box.bottom > words.top && box.top < words.bottom, shown: box.height > 1 };
  });
  console.log(`citation box on focus: shown ${cover.shown}, over the next paragraph ${cover.overlap}`);
  if (!cover.shown || cover.overlap) fail('the citation box covers text');
  await page.close();
  const phone = await open(320, 640);
  await highlightEverything(phone);
  await phone.focus('.cmark');
  const tip = await phone.evaluate(() => {
    const s = getComputedStyle(document.activeElement, '::after');
    return { position: s.position, left: parseFloat(s.left), right: parseFloat(s.right), width: window.innerWidth };
  });
  console.log(`a commitment's tooltip at 320 px: ${tip.position}, ${tip.left} px from the left and ${tip.right} px from the right of ${tip.width}`);
  if (tip.position !== 'fixed' || tip.left < 0 || tip.right < 0) fail('a tooltip runs off a 320 px screen');
  await phone.close();
  const forced = await open(1280, 800, { forced: true });
  const bars = async () => forced.$$eval('.para', (ps) => ps.filter((p) => parseFloat(getComputedStyle(p).borderLeftWidth) > 0).map((p) => p.querySelector('.words').id));
  const none = await bars();
  await forced.evaluate(() => { document.querySelector('.view').open = true; document.getElementById('theme-equity').click(); });
  const chosen = await bars();
  console.log(`forced colours: ${none.length} paragraphs barred with no theme chosen, ${chosen.join(' ')} with Equity chosen`);
  if (none.length || chosen.join() !== 'para-10') fail('forced colours mark what is not chosen');
  await forced.close();
  const print = await open(1280, 800, { media: 'print' });
  const tables = await print.$$eval('.map-scroll', (ds) => ds.map((d) => getComputedStyle(d).display));
  const headings = await print.$$eval('h2, h3', (hs) => hs.every((h) => getComputedStyle(h).breakInside === 'avoid' && getComputedStyle(h).breakAfter === 'avoid'));
  const printedMarks = await print.$$eval('.cmark', (ms) => ms.filter((m) => getComputedStyle(m).display !== 'none').length);
  console.log(`print: tables under their headings ${tables.join(', ')}; headings kept whole and with what follows: ${headings}; markers printed with the view closed: ${printedMarks}`);
  if (tables.some((d) => d === 'none') || !headings || printedMarks) fail('print splits a section from its heading or prints the analyst\'s marks');
  await print.close();
  const glossary = await open(1280, 800);
  const missing = await glossary.evaluate(() => {
    const listed = [...document.querySelectorAll('#acronyms dd')].map((d) => d.textContent);
    return [...new Set([...document.querySelectorAll('abbr[title]')].map((a) => a.title))].filter((t) => !listed.includes(t));
  });
  const evidence = await glossary.$$eval('.map td a', (as) => as.filter((a) => !a.textContent.includes(a.title)).length);
  console.log(`expansions as words of the page: ${missing.length} missing from #acronyms; theme evidence in the map's link text: ${evidence} missing`);
  if (missing.length || evidence) fail('an expansion or evidence is reachable by mouse alone');
  await glossary.close();
}

// Every annotation anchors with Apache Annotator (@apache-annotator/dom, the
// W3C selector library), by each of its selectors: in the element its
// fragment names (the fragment, refined by a quote and by a position) and in
// the whole page (a quote and a position over the body's text), as a client
// that drops the fragment anchors it. Each finds the words once. An anaphor's
// linking annotation has a body of the page's words too, its antecedent: its
// selectors are anchored the same way, and the anaphor's link in the page
// leads to an element that holds those words.
{
  const { buildSync } = require('esbuild');
  const bundle = buildSync({
    entryPoints: [require.resolve('@apache-annotator/dom')],
    bundle: true, format: 'iife', globalName: 'annotator', write: false, logLevel: 'silent',
  }).outputFiles[0].text;
  const page = await open(1280, 800);
  await page.addScriptTag({ content: bundle });
  const items = annotations.first.items;
  const result = await page.evaluate(async (items) => {
    const { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } = window.annotator;
    const body = document.createRange();
    body.selectNodeContents(document.body);
    const found = async (selector, scope) => {
      const matcher = selector.type === 'TextQuoteSelector'
        ? createTextQuoteSelectorMatcher(selector) : createTextPositionSelectorMatcher(selector);
      const ranges = [];
      for await (const range of matcher(scope)) ranges.push(range.toString());
      return ranges;
    };
    const landed = { paragraph: 0, page: 0, bodies: 0, links: 0 };
    const failures = [];
    const words = (resource) => resource.selector.find((s) => s.type === 'TextQuoteSelector').exact;
    const resources = items.flatMap((a) => [
      { a, resource: a.target, body: false },
      ...a.body.filter((b) => b.type === 'SpecificResource').map((resource) => ({ a, resource, body: true })),
    ]);
    for (const { a, resource, body: isBody } of resources) {
      const exact = words(resource);
      if (isBody) landed.bodies += 1;
      for (const s of resource.selector) {
        let scope = body;
        let selector = s;
        let where = 'page';
        if (s.type === 'FragmentSelector') {
          scope = document.createRange();
          scope.selectNodeContents(document.getElementById(s.value));
          selector = s.refinedBy;
          where = 'paragraph';
        }
        const ranges = await found(selector, scope);
        if (ranges.length === 1 && ranges[0] === exact) landed[where] += 1;
        else failures.push(`${a.id}${isBody ? ' (body)' : ''}: ${where} ${selector.type} found ${JSON.stringify(ranges.slice(0, 2))} for ${JSON.stringify(exact)}`);
      }
    }
    // The page's link for each anaphor: its words, leading to its antecedent's.
    for (const a of items.filter((a) => a.motivation === 'linking')) {
      const key = a.id.split('#anaphor-')[1];
      const link = document.getElementById(`anaphor-${key}`);
      const target = link && document.getElementById(link.getAttribute('href').slice(1));
      const antecedent = words(a.body.find((b) => b.type === 'SpecificResource'));
      if (link?.localName === 'a' && link.textContent === words(a.target) && target?.textContent === antecedent
        && link.getAttribute('aria-describedby') === target.id) landed.links += 1;
      else failures.push(`${a.id}: the page's link ${link?.outerHTML.slice(0, 80)} does not lead to ${JSON.stringify(antecedent)}`);
    }
    const anaphors = document.querySelectorAll('a.anaphor').length;
    return { landed, failures, anaphors };
  }, items);
  const each = 2 * (items.length + result.landed.bodies);
  const linking = items.filter((a) => a.motivation === 'linking').length;
  console.log(`Web Annotations, anchored by Apache Annotator in Chromium: ${result.landed.paragraph} of ${each} paragraph selectors (fragment refined by quote and by position) and ${result.landed.page} of ${each} page selectors (quote and position over the whole body) find their words, once, the selectors of ${result.landed.bodies} anaphors' bodies among them; ${result.landed.links} of ${result.anaphors} anaphor links in the page lead to their antecedent's words`);
  for (const f of result.failures.slice(0, 5)) fail(`annotation ${f}`);
  if (result.landed.paragraph !== each || result.landed.page !== each || items.length !== annotations.total) fail('not every annotation lands by every selector');
  if (linking === 0 || result.landed.bodies !== linking || result.landed.links !== linking || result.anaphors !== linking) fail('not every anaphor has a body that lands and a link that leads to it');
  await page.close();
}

// The landing page: clean for axe, its links all lead to files of the
// editions, and its tags make a dataset (Dublin Core, DC.type Dataset, no
// Highwire tag that would make Zotero guess another type).
{
  const at = pathToFileURL(resolve(landingPath)).href;
  for (const scheme of ['light', 'dark']) {
    const page = await open(1280, 800, { scheme, at });
    await audit(page, `landing page, ${scheme}`);
    await page.close();
  }
  const page = await open(390, 844, { at });
  const read = await page.evaluate(() => ({
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    meta: [...document.querySelectorAll('meta[name]')].map((m) => [m.name, m.content]),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  const local = read.links.filter((href) => !/^[a-z]+:/.test(href) && !href.startsWith('#'));
  const missing = local.filter((href) => !existsSync(join(dirname(resolve(landingPath)), href)));
  const meta = Object.fromEntries(read.meta);
  console.log(`landing page: ${local.length} links to files of the editions, ${missing.length} missing; DC.type ${meta['DC.type']}, DC.creator ${meta['DC.creator']}, ${read.meta.filter(([n]) => n.startsWith('citation_')).length} Highwire tags; sideways overflow at 390 px: ${read.overflow} px`);
  if (missing.length || local.length < 10) fail(`landing page links: ${missing.join(', ') || local.length}`);
  if (meta['DC.type'] !== 'Dataset' || read.meta.some(([n]) => n.startsWith('citation_'))) fail('the landing page is not a dataset to a reference manager');
  if (read.overflow > 0) fail('the landing page scrolls sideways at 390 px');
  await page.close();
}

await browser.close();
rmSync(profile, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
