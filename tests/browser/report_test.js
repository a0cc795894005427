// Opens symbio's report.html in a real browser (Debian's chromium, driven by puppeteer-core)
// and checks what a reader does with it: zoom and pan the network diagram, click an enterprise
// to fill #details, search, choose a layer, sort a table; the page must log no script error and
// request nothing outside its own file.
//
// Usage: node report_test.js --modules DIR --chromium PATH --screenshot DIR REPORT.html...
// Exit status 0 when every check passes, 1 when one fails, 77 (ctest's skip) when puppeteer-core
// or chromium is missing, with the reason on stderr.
'use strict';
const path = require('path');
const fs = require('fs');

function parseArgs(argv) {
  const args = { reports: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--modules') args.modules = argv[++i];
    else if (argv[i] === '--chromium') args.chromium = argv[++i];
    else if (argv[i] === '--screenshot') args.screenshot = argv[++i];
    else args.reports.push(argv[i]);
  }
  return args;
}

function skip(reason) {
  console.error('SKIPPED: ' + reason);
  process.exit(77);
}

const args = parseArgs(process.argv.slice(2));
let puppeteer;
try {
  puppeteer = require(path.resolve(args.modules || '.', 'puppeteer-core'));
} catch (error) {
  skip('puppeteer-core is not installed in ' + args.modules +
       ' (scripts/test.sh installs it with npm; ' + error.message.split('\n')[0] + ')');
}
if (!args.chromium || !fs.existsSync(args.chromium)) {
  skip('chromium not found (Debian package chromium)');
}

let failures = 0;
function check(condition, message) {
  if (condition) {
    console.log('ok   ' + message);
  } else {
    failures += 1;
    console.log('FAIL ' + message);
  }
}

// The transform of svg-pan-zoom's viewport group: what the reader sees of the drawing.
async function viewTransform(page) {
  return page.$eval('#network svg .svg-pan-zoom_viewport', (g) => g.getAttribute('transform') ||
                                                                g.style.transform);
}

// svg-pan-zoom applies a change at the next animation frame: wait until the view differs from
// `previous` (or two seconds have passed) and return it.
async function changedTransform(page, previous) {
  try {
    await page.waitForFunction((old) => {
      const g = document.querySelector('#network svg .svg-pan-zoom_viewport');
      return g && (g.getAttribute('transform') || g.style.transform) !== old;
    }, { timeout: 2000 }, previous);
  } catch (error) {
    // unchanged: the caller's check reports it
  }
  return viewTransform(page);
}

async function testReport(browser, file) {
  const name = path.basename(path.dirname(file));
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = [];
  const outside = [];
  const own = 'file://' + path.resolve(file);
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url === own || url.startsWith('data:')) {
      request.continue();
    } else {
      outside.push(url);
      request.abort();
    }
  });
  await page.goto(own, { waitUntil: 'load' });

  check(await page.$('#network svg') !== null, name + ': #network holds the diagram');
  const enterprises = await page.$$eval('#network [data-enterprise]', (nodes) =>
    nodes.map((n) => n.getAttribute('data-enterprise')));
  check(enterprises.length > 0, name + ': enterprises carry data-enterprise (' +
        enterprises.length + ')');
  const data = await page.$eval('#symbio-data', (s) => JSON.parse(s.textContent));
  check(enterprises.every((id) => data.enterprises[id] !== undefined),
        name + ': every drawn enterprise has its details');

  // Zoom with the wheel over the diagram, pan by dragging, fit back.
  const before = await viewTransform(page);
  const box = await (await page.$('#network')).boundingBox();
  await page.evaluate(() => document.getElementById('network').scrollIntoView({ block: 'center' }));
  const area = await (await page.$('#network')).boundingBox();
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.wheel({ deltaY: -400 });
  const zoomed = await changedTransform(page, before);
  check(box !== null && zoomed !== before, name + ': the wheel zooms (' + before + ' -> ' +
        zoomed + ')');
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 + 120, area.y + area.height / 2 + 60,
                        { steps: 8 });
  await page.mouse.up();
  const panned = await changedTransform(page, zoomed);
  check(panned !== zoomed, name + ': dragging pans');
  await page.click('#fit');
  const fitted = await changedTransform(page, panned);
  check(fitted !== panned, name + ': the fit button resets the view');

  // A click on an enterprise fills #details with its name, indicators and findings.
  const target = enterprises[0];
  await page.$eval('#network [data-enterprise="' + target.replace(/"/g, '\\"') + '"]', (node) => {
    const at = node.getBoundingClientRect();
    node.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: at.x, clientY: at.y }));
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: at.x, clientY: at.y }));
  });
  const details = await page.$eval('#details', (d) => d.textContent);
  check(details.includes(data.enterprises[target].name), name + ': a click on ' + target +
        ' shows its name in #details');
  check(data.enterprises[target].indicators.every((row) => details.includes(row[1])),
        name + ': #details lists its indicators');

  // Search by part of a name highlights exactly the enterprises that match.
  const probe = data.enterprises[target].name.slice(0, 3);
  await page.type('#search', probe);
  const highlighted = await page.$$eval('#network .highlight', (nodes) =>
    nodes.map((n) => n.getAttribute('data-enterprise')));
  const expected = enterprises.filter((id) => id.toLowerCase().includes(probe.toLowerCase()) ||
    data.enterprises[id].name.toLowerCase().includes(probe.toLowerCase()));
  check(highlighted.length > 0 && highlighted.length === expected.length &&
        expected.every((id) => highlighted.includes(id)),
        name + ': searching "' + probe + '" highlights the ' + expected.length +
        ' matching enterprises');
  if (args.screenshot) {
    fs.mkdirSync(args.screenshot, { recursive: true });
    await page.screenshot({ path: path.join(args.screenshot, name + '-search.png') });
  }
  await page.$eval('#search', (s) => { s.value = ''; s.dispatchEvent(new Event('input')); });

  // The layer selector hides the exchanges of the other layers.
  const layers = await page.$$eval('#network [data-layer]', (edges) =>
    edges.map((e) => e.getAttribute('data-layer')));
  check(layers.length > 0, name + ': exchanges carry data-layer (' + layers.length + ')');
  for (const layer of ['material', 'energy', 'water', 'all']) {
    await page.select('#layer', layer);
    const shown = await page.$$eval('#network [data-layer]', (edges) => edges.map((e) =>
      [e.getAttribute('data-layer'), getComputedStyle(e).display !== 'none']));
    check(shown.every(([l, visible]) => visible === (layer === 'all' || l === layer)),
          name + ': layer ' + layer + ' shows only its exchanges');
  }

  // A click on a header sorts its table.
  const sorted = await page.evaluate(() => {
    for (const table of document.querySelectorAll('table')) {
      if (!table.tHead || table.closest('#details') || table.tBodies[0].rows.length < 3) continue;
      const cells = table.tHead.rows[0].cells;
      for (let c = 0; c < cells.length; c += 1) {
        const values = () => Array.from(table.tBodies[0].rows, (r) => r.cells[c].textContent);
        // A number as the page's script reads one: the whole cell ("48 / 48" is text).
        const number = (v) => {
          const cleaned = v.replace(/,/g, '').replace(/%$/, '');
          return cleaned !== '' && isFinite(cleaned) ? parseFloat(cleaned) : NaN;
        };
        const numbers = values().map(number);
        if (numbers.some((x) => isNaN(x))) continue;
        cells[c].click();
        const up = values().map(number);
        cells[c].click();
        const down = values().map(number);
        const ascending = up.every((x, i) => i === 0 || up[i - 1] <= x);
        const descending = down.every((x, i) => i === 0 || down[i - 1] >= x);
        return { ascending, descending, header: cells[c].textContent };
      }
    }
    return null;
  });
  check(sorted !== null && sorted.ascending && sorted.descending,
        name + ': a click on a numeric header sorts' + (sorted ? ' (' + sorted.header + ')' : ''));

  if (args.screenshot) {
    await page.click('#fit');
    await page.screenshot({ path: path.join(args.screenshot, name + '.png'), fullPage: true });
  }
  check(errors.length === 0, name + ': no script error' + (errors.length ? ': ' + errors : ''));
  check(outside.length === 0, name + ': no request outside the file' +
        (outside.length ? ': ' + outside : ''));
  await page.close();
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: args.chromium,
    headless: true,
    // The test runs as root in CI, where chromium refuses its sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  try {
    for (const report of args.reports) await testReport(browser, report);
  } finally {
    await browser.close();
  }
  console.log(failures === 0 ? 'all browser checks passed' : failures + ' browser checks failed');
  process.exit(failures === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
