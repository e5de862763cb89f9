// citizen.mjs: what only a browser shows: pages fit a 320-px phone, every field has a label, the form
// works with JavaScript off, and the receipt prints without the site chrome. Prints TAP lines.
import { fillBirthForm, launch, ok } from './common.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const base = process.env.BASE;
const work = process.env.MOTCUA_TEST_WORK;
const [code, tok] = readFileSync(`${work}/dossier`, 'utf8').trim().split(/\s+/);
const browser = await launch();
try {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: 'vi-VN' });
  const page = await ctx.newPage();
  const pages = ['/', '/thu-tuc', '/thu-tuc?q=khai+sinh', '/thu-tuc/1.001193', '/nop-ho-so/1.001193', '/tra-cuu',
                 `/ho-so/${code}?k=${tok}`, `/ho-so/${code}/bien-nhan?k=${tok}`, '/khong-co'];
  for (const p of pages) {
    await page.goto(base + p);
    const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    ok(sw <= cw, `${p} fits 320 px without sideways scrolling (${sw} <= ${cw})`);
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
      .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name));
    ok(unlabelled.length === 0, `${p}: every field has a label ${unlabelled.join(' ')}`);
    const h1 = await page.locator('h1').count();
    ok(h1 === 1, `${p}: one h1 heading`);
  }

  // The whole submission with JavaScript off, as on a basic phone.
  writeFileSync(`${work}/b-to-khai.pdf`, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  await page.goto(base + '/nop-ho-so/1.001193');
  await fillBirthForm(page, { name: 'Phạm Thị Hương', id: '001185000123', birth: '1985-07-09', phone: '0987 654 321',
    address: 'Số 5 phố Tràng Tiền', ward: 'Phường Hoàn Kiếm', child: 'Phạm Gia Bảo', childBirth: '2025-11-10',
    place: 'Bệnh viện Bạch Mai' }, `${work}/b-to-khai.pdf`);
  await page.click('button[type=submit]');
  await page.waitForLoadState('load');
  ok(/\/bien-nhan\?k=/.test(page.url()), `JavaScript off: submitting lands on the receipt (${page.url().replace(base, '')})`);
  ok(await page.getByText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ').count() === 1, 'the receipt is shown with its Vietnamese title');
  ok(await page.getByText('Phạm T** H**').count() >= 1, 'the receipt shows the masked name');

  // Printing: the site's header and footer and the buttons disappear.
  await page.emulateMedia({ media: 'print' });
  ok(!(await page.locator('header.site').isVisible()), 'in print, the site header is hidden');
  ok(await page.locator('.receipt').isVisible(), 'in print, the receipt is shown');
  const pdf = await page.pdf({ format: 'A5', printBackground: true });
  const pagesInPdf = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  ok(pagesInPdf === 1, `the receipt prints on one A5 page (${pagesInPdf})`);
  await page.emulateMedia({ media: 'screen' });

  // A form sent with a mistake comes back with the message next to the field, values kept.
  await page.goto(base + '/nop-ho-so/1.001193');
  await page.getByLabel('Họ, chữ đệm và tên').fill('Phạm Thị Hương');
  await page.getByLabel('Số định danh cá nhân (12 số)').fill('123');
  await page.click('button[type=submit]');
  await page.waitForLoadState('load');
  ok(await page.locator('#e-so_dinh_danh').isVisible(), 'a wrong identification number gets a message next to the field');
  ok(await page.getByLabel('Họ, chữ đệm và tên').inputValue() === 'Phạm Thị Hương', 'the name typed is kept');
  ok(await page.locator('.summary a[href="#f-so_dinh_danh"]').count() === 1, 'the summary links to the wrong field');
} finally {
  await browser.close();
}
