// agent.mjs: the agent's day in a real browser, JavaScript off, on a 360-px phone: sign in, submit a birth registration
// for a citizen and print its receipt; take a paper dossier by post and print its slip; close a consignment and print
// its handover record; then the counter signs for it. Every page of the day fits 320 px and passes axe-core (WCAG 2.x
// A and AA) with no violation. Prints TAP lines.
import { fillBirthForm, launch, ok } from './common.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const base = process.env.BASE;
const work = process.env.MOTCUA_TEST_WORK;
const pw = Object.fromEntries(readFileSync(`${process.env.VAR}/conf/demo-accounts.txt`, 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.trim().split(/\s+/).slice(0, 2)));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await launch();
const visited = [];   // [path, context] of every page of the day, for axe-core

const pages = (n) => (n.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

async function signIn(area, user, opts) {
  const ctx = await browser.newContext({ locale: 'vi-VN', ...opts });
  const page = await ctx.newPage();
  await page.goto(base + area);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(pw[user]);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForLoadState('load');
  return page;
}

async function fits(page, what) {
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  ok(sw <= cw, `${what} fits the phone without sideways scrolling (${sw} <= ${cw})`);
  visited.push([page.url().replace(base, ''), page.context()]);
}

async function click(page, name) {
  await page.getByRole('button', { name }).click();
  await page.waitForLoadState('load');
}

try {
  writeFileSync(`${work}/a-to-khai.pdf`, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const phone = { viewport: { width: 320, height: 700 }, javaScriptEnabled: false };
  const agent = await signIn('/dai-ly', 'dl-boho', phone);
  ok((await agent.locator('h1').textContent()).includes('Bưu điện Trung tâm Hà Nội'), 'the agent signs in to his post office\'s desk');
  await fits(agent, 'the desk');

  // Online for a citizen: the same form, the consent, who is present.
  await agent.getByLabel('Nộp trực tuyến cho công dân: mã thủ tục').fill('1.001193');
  await click(agent, 'Mở biểu mẫu nộp thay');
  await fits(agent, 'the form for a citizen');
  await click(agent, 'Nộp hồ sơ');
  ok(await agent.locator('#e-dong_y').isVisible(), 'sent empty: the consent is asked for next to its box');
  await fits(agent, 'the form with its messages');
  await fillBirthForm(agent, { name: 'Vũ Thị Mai', id: '001191007788', birth: '1991-08-09', phone: '0977 123 456',
    address: 'Số 3 phố Lò Sũ', ward: 'Phường Ba Đình', child: 'Vũ Minh Khang', childBirth: '2025-11-12',
    place: 'Bệnh viện Phụ sản Hà Nội' }, `${work}/a-to-khai.pdf`);
  await agent.check('#f-dong_y');
  await agent.getByLabel('Người có mặt khi nộp').fill('Chính người nộp');
  await click(agent, 'Nộp hồ sơ');
  ok(/\/dai-ly\/ho-so\/000\.01\.01\.H26-/.test(agent.url()), `submitted: the agent's page of the dossier (${agent.url().replace(base, '')})`);
  await fits(agent, 'the agent\'s page of the dossier');
  await agent.getByRole('link', { name: 'In giấy tiếp nhận (mẫu 01)' }).click();
  await agent.waitForLoadState('load');
  ok(await agent.getByText('Vũ T** M**').count() >= 1 && await agent.getByText('Hoàng Văn Nam, Bưu điện Trung tâm Hà Nội').count() === 1,
    'the receipt names the agent and his post office');
  await fits(agent, 'the receipt');
  await agent.emulateMedia({ media: 'print' });
  ok(pages(await agent.pdf({ format: 'A5' })) === 1, 'the receipt prints on one A5 page');
  ok((await agent.pdf({ width: '80mm', height: '400mm' })).length > 1000, 'and on an 80 mm roll');
  await agent.emulateMedia({ media: 'screen' });
  await agent.goBack();
  await agent.getByRole('link', { name: 'In biên lai thu phí' }).click();
  await agent.waitForLoadState('load');
  ok(await agent.getByText('BIÊN LAI THU PHÍ DỊCH VỤ VÀ CƯỚC BƯU CHÍNH').isVisible(), 'the fee receipt opens');
  await fits(agent, 'the fee receipt');

  // A paper dossier by post: the documents counted, the slip printed.
  await agent.goto(base + '/dai-ly');
  await agent.getByLabel('Nhận hồ sơ giấy gửi qua bưu chính: mã thủ tục').fill('1.001193');
  await click(agent, 'Mở phiếu gửi hồ sơ');
  await fits(agent, 'the paper form');
  await agent.getByLabel('Họ, chữ đệm và tên').fill('Đinh Văn Long');
  await agent.getByLabel('Số định danh cá nhân (12 số)').fill('001087004455');
  await agent.getByLabel('Ngày sinh', { exact: false }).first().fill('1987-02-03');
  await agent.getByLabel('Số điện thoại').fill('0911 555 666');
  await agent.getByLabel('Địa chỉ liên hệ').fill('Số 20 phố Hàng Bông');
  await agent.selectOption('#f-co_quan', { label: 'Phường Ba Đình' });
  await agent.check('#f-giay_1');
  await agent.check('#f-nhan_ket_qua-post');
  await agent.check('#f-dong_y');
  await agent.getByLabel('Người có mặt khi nộp').fill('Chính người nộp');
  await click(agent, 'Nộp hồ sơ');
  await agent.getByRole('link', { name: 'In phiếu gửi hồ sơ' }).click();
  await agent.waitForLoadState('load');
  const s10 = (await agent.locator('.r-code .s10').textContent()).trim();
  ok(/^EH\d{9}VN$/.test(s10), `the postal dossier slip carries its S10 code (${s10})`);
  ok(await agent.locator('.r-qr svg').count() === 1, 'and a QR to follow the dossier');
  await fits(agent, 'the postal slip');
  await agent.emulateMedia({ media: 'print' });
  ok(pages(await agent.pdf({ format: 'A5' })) === 1, 'the slip prints on one A5 page');
  ok((await agent.pdf({ width: '80mm', height: '500mm' })).length > 1000, 'and on an 80 mm roll');
  await agent.emulateMedia({ media: 'screen' });

  // The consignment to the ward, and its handover record.
  await agent.getByRole('link', { name: 'Túi hồ sơ' }).click();
  await agent.waitForLoadState('load');
  await fits(agent, 'the consignments page');
  await agent.selectOption('#f-co_quan', { label: 'Phường Ba Đình' });
  await click(agent, 'Đóng túi và in biên bản giao nhận');
  const bag = agent.url().split('/').pop();
  ok(/^CH\d{9}VN$/.test(bag), `the consignment is closed (${bag})`);
  ok(await agent.getByRole('cell', { name: s10 }).count() === 1, 'its handover record lists the paper dossier by its slip number');
  await fits(agent, 'the handover record');
  await agent.emulateMedia({ media: 'print' });
  ok(!(await agent.locator('header.site').isVisible()), 'in print, the site header is hidden');
  ok(pages(await agent.pdf({ format: 'A4' })) === 1, 'the handover record prints on one A4 page');
  await agent.emulateMedia({ media: 'screen' });
  await agent.goto(base + '/dai-ly/doi-soat');
  await fits(agent, 'the reconciliation');

  // The ward's counter opens the consignment by its code and signs for it.
  const counter = await signIn('/can-bo', 'mc-baydinh', { viewport: { width: 1024, height: 800 } });
  await counter.getByRole('link', { name: 'Túi hồ sơ bưu chính' }).click();
  await counter.waitForLoadState('load');
  visited.push([counter.url().replace(base, ''), counter.context()]);
  await counter.getByLabel('Mở túi hồ sơ: mã túi (quét QR hoặc nhập)').fill(bag);
  await click(counter, 'Mở túi');
  visited.push([counter.url().replace(base, ''), counter.context()]);
  await click(counter, 'Ký nhận biên bản');
  ok(await counter.getByText('Đã nhận').count() >= 1, 'the counter signs for it: the dossier is received');

  // axe-core on every page of the day (JavaScript on: axe runs in the page; the CSP is bypassed for it only).
  const checker = await browser.newContext({ locale: 'vi-VN', bypassCSP: true, viewport: { width: 360, height: 740 } });
  for (const [path, ctx] of visited) {
    await checker.addCookies(await ctx.cookies());
    const page = await checker.newPage();
    await page.goto(base + path);
    await page.evaluate(axeSource);
    const res = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
    const v = res.violations.map(x => `${x.id} (${x.nodes.length}): ${x.nodes[0].target.join(' ')}`);
    ok(v.length === 0, `axe-core: no WCAG 2.x A/AA violation on ${path.replace(/\?.*/, '')} ${v.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
}
