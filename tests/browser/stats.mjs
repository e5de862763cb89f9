// stats.mjs: the accountability pages in Chromium: axe-core finds no WCAG 2.x A/AA violation on any of them;
// the dashboard reads at 320 px without sideways scrolling and without JavaScript, its charts drawn as SVG next to
// their tables; it prints cleanly (no site chrome, charts and tables whole, nothing wider than the paper). TAP lines.
import { launch, ok } from './common.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const base = process.env.BASE;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pw = Object.fromEntries(readFileSync(`${process.env.VAR}/conf/demo-accounts.txt`, 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.trim().split(/\s+/).slice(0, 2)));
const ym = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 7);
const publicPages = ['/thong-ke', `/thong-ke?ky=${ym}`, `/thong-ke/chi-so?ky=${ym}`, `/thong-ke/chi-so?ky=${ym}&don-vi=101`,
  '/thong-ke/du-lieu', '/phan-anh', process.env.RATING_PATH, process.env.FEEDBACK_PATH];
const staffPages = ['/can-bo/thong-ke', `/can-bo/thong-ke/ho-so?ky=${ym}&do=received`, '/can-bo/phan-anh', process.env.STAFF_FEEDBACK_PATH];
const browser = await launch();

// axe-core in the page (CSP bypassed for the test's script only), WCAG 2.0-2.2 A and AA rules.
async function axe(page, path) {
  await page.addScriptTag({ path: axePath });
  const res = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  const v = res.violations.map(x => `${x.id} (${x.nodes.length}: ${x.nodes[0].target.join(' ')})`);
  ok(v.length === 0, `${path}: axe-core finds no WCAG 2.x A/AA violation ${v.join('; ')}`);
}

try {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'vi-VN', bypassCSP: true });
  const page = await ctx.newPage();
  for (const p of publicPages) {
    const res = await page.goto(base + p);
    ok(res.status() === 200, `${p} opens (${res.status()})`);
    await axe(page, p);
  }
  const staff = await ctx.newPage();
  await staff.goto(base + '/can-bo');
  await staff.getByLabel('Tên đăng nhập').fill('ld-baydinh');
  await staff.getByLabel('Mật khẩu').fill(pw['ld-baydinh']);
  await staff.getByRole('button', { name: 'Đăng nhập' }).click();
  await staff.waitForLoadState('load');
  for (const p of staffPages) {
    const res = await staff.goto(base + p);
    ok(res.status() === 200, `${p} opens for a leader (${res.status()})`);
    await axe(staff, p);
  }
  await staff.goto(base + '/can-bo/thong-ke');
  const link = staff.locator('#tbl-months tfoot a').first();
  ok(await link.count() === 1, 'a figure of the unit is a link');
  const figure = Number(await link.textContent());
  await link.click();
  await staff.waitForLoadState('load');
  ok(Number(await staff.locator('#list-count').textContent()) === figure, `following it lists as many dossiers as the figure (${figure})`);

  // A phone, no JavaScript: the dashboard reads at 320 px.
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: 'vi-VN' });
  const p320 = await phone.newPage();
  for (const p of ['/thong-ke', `/thong-ke/chi-so?ky=${ym}&don-vi=101`, '/thong-ke/du-lieu', '/phan-anh']) {
    await p320.goto(base + p);
    const [sw, cw] = await p320.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    ok(sw <= cw, `${p} fits 320 px without sideways scrolling (${sw} <= ${cw})`);
    ok(await p320.locator('h1').count() === 1, `${p}: one h1 heading`);
  }
  await p320.goto(base + '/thong-ke');
  const svg = p320.locator('figure.chart svg').first();
  const box = await svg.boundingBox();
  ok(box && box.width <= 320 && box.width > 200, `the month chart scales to the phone (${box && Math.round(box.width)} px)`);
  ok(await p320.locator('figure.chart + div.table table').first().isVisible(), 'the chart has its table next to it');
  ok(await p320.locator('svg[role=img] title').count() >= 3, 'each chart is an image with a title (for screen readers)');
  ok(await p320.locator('a[href$=".csv?ky=' + (await p320.locator('#f-ky').inputValue()) + '"]').count() >= 8, 'every table links to its CSV');

  // Print: no site chrome, the charts and tables whole, nothing wider than A4.
  const print = await browser.newContext({ viewport: { width: 718, height: 1000 }, locale: 'vi-VN' });
  const pp = await print.newPage();
  await pp.goto(base + '/thong-ke');
  await pp.emulateMedia({ media: 'print' });
  ok(!(await pp.locator('header.site').isVisible()), 'in print, the site header is hidden');
  ok(!(await pp.locator('form.filters').isVisible()), 'in print, the period form is hidden');
  ok(await pp.locator('figure.chart svg').first().isVisible(), 'in print, the charts are shown');
  const wide = await pp.evaluate(() => [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
  ok(wide === 0, `in print, no table is wider than the paper (${wide})`);
  const [sw, cw] = await pp.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  ok(sw <= cw, `in print, nothing runs off the page (${sw} <= ${cw})`);
  const pdf = await pp.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  ok(pages >= 1 && pages <= 6, `the dashboard prints on A4 (${pages} pages)`);
} finally {
  await browser.close();
}
