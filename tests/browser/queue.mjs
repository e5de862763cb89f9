// queue.mjs: the counter floor in Chromium: the kiosk on a 360-px phone with and without JavaScript, the
// ticket printed on an 80 mm roll, the hall display updating itself, and axe-core (WCAG 2.x A and AA) on every
// queue page, public and staff. Point 140 (Phường Tùng Thiện) is this test's own. Prints TAP lines.
import { launch, ok } from './common.mjs';
import { readFileSync } from 'node:fs';

const base = process.env.BASE;
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const pw = Object.fromEntries(readFileSync(`${process.env.VAR}/conf/demo-accounts.txt`, 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.trim().split(/\s+/).slice(0, 2)));
const P = 140;
const browser = await launch();

// axe-core, injected past the page's CSP (the context bypasses it: the site allows no inline script).
async function axe(page, what) {
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  const v = res.violations.map(x => `${x.id} (${x.nodes.length}): ${x.nodes[0].target.join(' ')}`);
  ok(v.length === 0 && res.passes.length > 0, `axe: ${what} has no WCAG 2.x A/AA violation (${res.passes.length} rules passed) ${v.join("; ")}`);
}

async function fits(page, what) {
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  ok(sw <= cw, `${what} fits the phone without sideways scrolling (${sw} <= ${cw})`);
}

try {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', bypassCSP: true });
  const page = await phone.newPage();
  await page.goto(`${base}/xep-hang/${P}`);
  await fits(page, 'the kiosk');
  await axe(page, 'the kiosk');
  await page.getByRole('button', { name: 'Lấy số' }).click();
  await page.waitForLoadState('load');
  ok(await page.getByText('Vui lòng chọn lĩnh vực cần giải quyết.').first().isVisible(), 'taking without a service says what is missing');
  await axe(page, 'the kiosk with its error');
  await page.getByLabel('Tư pháp - Hộ tịch - Chứng thực').check();
  await page.getByRole('button', { name: 'Lấy số' }).click();
  await page.waitForURL(/\/xep-hang\/ve\/\d+\?k=/);
  const ticketUrl = page.url();
  ok(await page.locator('.t-number').textContent() === 'A001', 'the phone shows the number A001');
  await fits(page, 'the ticket');
  await axe(page, 'the ticket');
  ok(await page.getByRole('button', { name: 'In phiếu' }).isVisible(), 'with JavaScript, the ticket has a print button');

  // The 80 mm slip: one page of the roll's width, the number and the QR on it, the site's chrome not.
  await page.emulateMedia({ media: 'print' });
  ok(!(await page.locator('header.site').isVisible()) && !(await page.getByRole('button', { name: 'In phiếu' }).isVisible()),
    'in print, the site header and the buttons are hidden');
  ok(await page.locator('.t-qr svg').isVisible(), 'in print, the QR is on the slip');
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  const box = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  const widthMm = box ? Number(box[1]) * 25.4 / 72 : 0;
  ok(pages === 1, `the slip prints on one page (${pages})`);
  ok(Math.abs(widthMm - 80) < 1, `of an 80 mm roll (${widthMm.toFixed(1)} mm)`);
  await page.setViewportSize({ width: 272, height: 600 }); // 72 mm printable at 96 dpi
  const [tw, cw] = await page.evaluate(() => [document.querySelector('.ticket').scrollWidth, document.documentElement.clientWidth]);
  ok(tw <= cw, `nothing on the slip is wider than the 72 mm printable width (${tw} <= ${cw} px)`);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 740 });

  // JavaScript off, as on a basic phone: the kiosk still takes a number.
  const basic = await (await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: 'vi-VN' })).newPage();
  await basic.goto(`${base}/xep-hang/${P}`);
  await fits(basic, 'the kiosk at 320 px');
  await basic.getByLabel('Văn hóa - Xã hội').check();
  await basic.getByLabel('Tôi thuộc diện ưu tiên', { exact: false }).check();
  await basic.getByRole('button', { name: 'Lấy số' }).click();
  await basic.waitForLoadState('load');
  ok(await basic.locator('.t-number').textContent() === 'C001', 'JavaScript off: a priority number C001 is taken');
  ok(await basic.getByText('Ưu tiên').first().isVisible(), 'marked priority');

  // The hall display updates itself: a number taken elsewhere appears without a reload.
  const hall = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'vi-VN', bypassCSP: true })).newPage();
  await hall.goto(`${base}/xep-hang/${P}/man-hinh`);
  await axe(hall, 'the hall display');
  ok(!(await hall.locator('.next').getByText('A002').count()), 'the display does not list A002 yet');
  await page.goto(`${base}/xep-hang/${P}`);
  await page.getByLabel('Tư pháp - Hộ tịch - Chứng thực').check();
  await page.getByRole('button', { name: 'Lấy số' }).click();
  await page.waitForURL(/\/xep-hang\/ve\//);
  await hall.locator('.next').getByText('A002').waitFor({ timeout: 15000 });
  ok(true, 'A002 appears on the display by itself (JavaScript refresh, no reload)');
  ok(hall.url().endsWith('/man-hinh'), 'the display page was not reloaded');

  // Figures, the points near a ward, booking.
  for (const p of [`/xep-hang/${P}/so-lieu`, `/xep-hang?phuong=${P}`, '/xep-hang']) {
    await page.goto(base + p);
    await fits(page, p);
    await axe(page, p);
  }
  await page.goto(`${base}/xep-hang/dat-truoc?diem=${P}`);
  await fits(page, 'the booking form');
  await axe(page, 'the booking form');
  await page.getByLabel('Địa chính - Đất đai - Xây dựng').check();
  await page.locator('#f-ngay').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Đặt số' }).click();
  await page.waitForLoadState('load');
  await axe(page, 'the booking form with its errors');
  await page.getByLabel('Số định danh cá nhân (12 số)').fill('001088007766');
  await page.getByLabel('Số điện thoại').fill('0913 222 333');
  await page.getByRole('button', { name: 'Đặt số' }).click();
  await page.waitForURL(/\/xep-hang\/dat-truoc\/\d+\?k=/);
  ok(await page.locator('.booking-code').isVisible(), 'the booking is made and its code shown');
  await axe(page, 'the booking page');

  // The counter's desk (staff): the list of counters, one desk with a number called.
  const staff = await (await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'vi-VN', bypassCSP: true })).newPage();
  await staff.goto(`${base}/can-bo/dang-nhap`);
  await staff.getByLabel('Tên đăng nhập').fill('mc-baydinh');
  await staff.getByLabel('Mật khẩu').fill(pw['mc-baydinh']);
  await staff.getByRole('button', { name: 'Đăng nhập' }).click();
  await staff.waitForLoadState('load');
  await staff.getByRole('link', { name: 'Quầy gọi số' }).first().click();
  await staff.waitForLoadState('load');
  await axe(staff, 'the list of counters');
  await staff.getByRole('link', { name: 'Quầy 2' }).click();
  await staff.waitForLoadState('load');
  await staff.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await staff.waitForLoadState('load');
  ok(await staff.locator('h1').textContent() === 'Quầy 2', 'the desk answers the call (a number, or nobody waiting)');
  await axe(staff, 'the desk');
} catch (e) {
  ok(false, `the queue browser test ran to the end: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
