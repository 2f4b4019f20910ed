// Run against a running app (java -jar target/landscape-lab-*.jar):
//   mkdir -p /tmp/ui-load && cp .ci/ui-load.mjs /tmp/ui-load && cd /tmp/ui-load && npm i playwright-core
//   node ui-load.mjs http://localhost:8080 10 60        # URL, students, seconds; Chromium: /usr/bin/chromium or $CHROMIUM
// Server-side times: start the app with --server.tomcat.accesslog.enabled=true
//   "--server.tomcat.accesslog.pattern=%m %U %s %D" (%D in microseconds) and read the POST lines.
// Interactive load: N simulated students, each in its own browser context, edit W1 in the openness explorer
// and wait until the server has recomputed (the widget then writes the new W1 into the address bar); reports the
// edit-to-result latency percentiles, which include the field's 350 ms typing debounce.
import { chromium } from 'playwright-core';
const [base = 'http://localhost:8080', n = '10', seconds = '60'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
const latencies = [];
let errors = 0;
async function student(id) {
  await new Promise((r) => setTimeout(r, id * 1500)); // students arrive one after another
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/playground/openness-explorer`);
  const summary = page.locator('.lab-openness-explorer [data-summary]');
  await summary.waitFor({ timeout: 120000 });
  const field = page.getByLabel('W1', { exact: false }).first();
  const end = Date.now() + seconds * 1000;
  let k = 0;
  while (Date.now() < end) {
    const w1 = `${k++ + 1},1;0,1;1,0`;
    const t0 = performance.now();
    await field.fill(w1);
    await field.press('Tab');
    try {
      // the widget writes its state into the address bar when the server has recomputed
      await page.waitForFunction((v) => decodeURIComponent(location.search).includes(v), w1, { timeout: 10000 });
      latencies.push(performance.now() - t0);
    } catch { errors++; }
    await page.waitForTimeout(500 + Math.random() * 1000); // a student reads before the next edit
  }
  await context.close();
}
const t = Date.now();
await Promise.all(Array.from({ length: +n }, (_, i) => student(i)));
latencies.sort((x, y) => x - y);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]?.toFixed(0);
console.log(JSON.stringify({ students: +n, seconds: (Date.now() - t) / 1000, edits: latencies.length, errors,
  p50: q(0.5), p95: q(0.95), p99: q(0.99), max: latencies.at(-1)?.toFixed(0) }));
await browser.close();
