// Opens the HTML edition in headless Chromium, as a reader would, and checks:
//   - axe-core, every rule (experimental ones included): no violation and
//     nothing to review, in light and dark schemes, with and without highlights;
//   - the measure: characters per rendered line of the page's paragraphs, at
//     1280 px and at 390 px wide, at most 80;
//   - the analyst's view: clicking "Pledges" (and pressing Space on its
//     checkbox) changes how a data-stance="pledge" element looks.
//
// Usage: node check_html.mjs PAGE.html [SCREENSHOT_DIR]
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [page_, shots] = process.argv.slice(2);
const url = pathToFileURL(resolve(page_)).href;
const MAX_CHARACTERS_PER_LINE = 80;
let failed = false;
const fail = (message) => { console.log(`FAIL ${message}`); failed = true; };

const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function open(width, height, scheme) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function highlightEverything(page) {
  for (const id of await page.$$eval('.view input[type="checkbox"]', (boxes) => boxes.map((b) => b.id))) {
    await page.click(`label[for="${id}"]`);
  }
}

// axe-core with every rule it has that is not deprecated, experimental ones included.
// `exclude` leaves out parts checked in another scenario: on a phone, the map's
// cells scrolled out of its region cannot have their colours read, so the map
// is audited at the desktop width, where all of it is in view.
async function audit(page, scenario, exclude = []) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (exclude) => {
    const rules = window.axe.getRules().filter((r) => !r.tags.includes('deprecated')).map((r) => r.ruleId);
    const context = { include: [document], exclude: exclude.map((selector) => [selector]) };
    const run = await window.axe.run(context, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations', 'incomplete'] });
    const brief = (list) => list.map((r) => `${r.id} (${r.nodes.length}: ${r.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    return { rules: rules.length, version: window.axe.version, violations: brief(run.violations), incomplete: brief(run.incomplete) };
  }, exclude);
  console.log(`axe-core ${result.version}, ${result.rules} rules, ${scenario}: ${result.violations.length} violations, ${result.incomplete.length} to review`);
  for (const v of result.violations) fail(`violation ${v}`);
  for (const v of result.incomplete) fail(`to review ${v}`);
}

// Characters per rendered line of every paragraph in <main>: a line starts where
// a character sits lower than the line before and has moved back to the left.
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
      if (node.parentElement.closest('.vh')) continue;
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
      if (n > 0) counts.push({ n, id: p.id || p.className || 'p' });
    }
  }
  return counts;
}

for (const [width, height] of [[1280, 800], [390, 844]]) {
  const page = await open(width, height, 'light');
  const lines = await page.evaluate(measure);
  const sorted = lines.map((l) => l.n).sort((a, b) => a - b);
  const longest = lines.reduce((a, b) => (b.n > a.n ? b : a));
  console.log(`characters per line at ${width} px: at most ${longest.n} (in #${longest.id}), median ${sorted[sorted.length >> 1]}, over ${lines.length} lines`);
  if (longest.n > MAX_CHARACTERS_PER_LINE) fail(`a line of ${longest.n} characters at ${width} px`);
  // Nothing but the map's own scrolling region may be wider than the window.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`sideways overflow at ${width} px: ${overflow} px`);
  if (overflow > 0) fail(`the page scrolls sideways by ${overflow} px at ${width} px`);
  if (shots) await page.screenshot({ path: join(shots, `page-${width}.png`) });
  await page.close();
}

for (const [scheme, width, height, exclude] of [['light', 1280, 800, []], ['dark', 1280, 800, []], ['light', 390, 844, ['.map-scroll']]]) {
  const page = await open(width, height, scheme);
  const but = exclude.length ? ` (but ${exclude.join(', ')})` : '';
  await audit(page, `${scheme}, ${width} px${but}, as it opens`, exclude);
  await highlightEverything(page);
  await audit(page, `${scheme}, ${width} px${but}, every highlight on`, exclude);
  if (shots) await page.screenshot({ path: join(shots, `highlights-${scheme}-${width}.png`) });
  await page.close();
}

// The "Pledges" control changes how a pledge looks, by mouse and by keyboard.
{
  const page = await open(1280, 800, 'light');
  const target = '[data-stance="pledge"]';
  const look = () => page.$eval(target, (el) => getComputedStyle(el).backgroundColor);
  const label = await page.$eval('label[for="show-pledge"]', (l) => l.textContent.trim());
  const before = await look();
  await page.click('label[for="show-pledge"]');
  await new Promise((r) => setTimeout(r, 300));
  const clicked = await look();
  await page.click('label[for="show-pledge"]');
  await page.focus('#show-pledge');
  await page.keyboard.press('Space');
  await new Promise((r) => setTimeout(r, 300));
  const pressed = await look();
  console.log(`"${label}" control: a pledge's background ${before} -> ${clicked} on a click, -> ${pressed} on Space`);
  if (label !== 'Pledges' || clicked === before || pressed === before) fail('the Pledges control does not change how a pledge looks');
  await page.close();
}

await browser.close();
rmSync(profile, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
