// staff.mjs: the back office in a real browser: a counter officer receives a dossier at the counter and
// prints its receipt; a specialist opens it; a leader assigns it and approves it with the result PDF; the
// citizen opens the QR link and downloads the result. Prints TAP lines.
import { fillBirthForm, launch, ok } from './common.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const base = process.env.BASE;
const work = process.env.MOTCUA_TEST_WORK;
const pw = Object.fromEntries(readFileSync(`${process.env.VAR}/conf/demo-accounts.txt`, 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.trim().split(/\s+/).slice(0, 2)));
const browser = await launch();

async function signIn(user, password) {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'vi-VN' });
  const page = await ctx.newPage();
  await page.goto(base + '/can-bo');
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForLoadState('load');
  return page;
}

try {
  writeFileSync(`${work}/s-to-khai.pdf`, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  writeFileSync(`${work}/s-ket-qua.pdf`, '%PDF-1.4\n% Giay khai sinh (ban dien tu)\n%%EOF\n');

  // The counter officer of Chi nhánh số 3 receives a dossier for a citizen of phường Ba Đình.
  const counter = await signIn('mc-chinhanh3', pw['mc-chinhanh3']);
  ok(await counter.getByRole('heading', { level: 1 }).textContent().then(t => t.includes('Hồ sơ chờ xử lý')), 'the counter officer signs in and sees the worklist');
  await counter.getByLabel('Tiếp nhận hồ sơ trực tiếp: mã thủ tục').fill('1.001193');
  await counter.getByRole('button', { name: 'Mở biểu mẫu tiếp nhận' }).click();
  await fillBirthForm(counter, { name: 'Hoàng Thị Thu', id: '001188003344', birth: '1988-04-12', phone: '0912000111',
    address: 'Số 9 phố Kim Mã', ward: 'Phường Ba Đình', child: 'Hoàng Minh Đức', childBirth: '2025-11-15',
    place: 'Bệnh viện Phụ sản Trung ương' }, `${work}/s-to-khai.pdf`);
  await counter.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await counter.waitForLoadState('load');
  const receiptUrl = counter.url();
  ok(/\/ho-so\/000\.10\.03\.H26-\d{6}-\d{4}\/bien-nhan\?k=/.test(receiptUrl), `the receipt opens, numbered by the branch (${receiptUrl.replace(base, '')})`);
  const code = receiptUrl.match(/\/ho-so\/([^/]+)\//)[1];
  const token = receiptUrl.split('k=')[1];
  await counter.emulateMedia({ media: 'print' });
  const a5 = await counter.pdf({ format: 'A5' });
  ok((a5.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length === 1, 'the receipt prints on one A5 page');
  const narrow = await counter.pdf({ width: '80mm', height: '297mm' });
  ok(narrow.length > 1000, 'and on an 80 mm thermal roll');

  // A specialist of the ward sees it; the leader assigns it to him by name; he submits the draft result
  // for sign-off; the leader approves it.
  const specialist = await signIn('cv-baydinh', process.env.CV_PW);
  await specialist.goto(`${base}/can-bo/ho-so/${code}`);
  ok(await specialist.getByText('Hoàng Thị Thu').first().isVisible(), 'the ward specialist opens the dossier received at the branch');
  const leader = await signIn('ld-baydinh', pw['ld-baydinh']);
  await leader.goto(`${base}/can-bo/ho-so/${code}`);
  await leader.getByLabel('Giao cho chuyên viên').selectOption({ label: 'Trần Văn Hùng' });
  await leader.getByRole('button', { name: 'Phân công chuyên viên' }).click();
  await leader.waitForLoadState('load');
  ok(await leader.getByText('Đang giải quyết').first().isVisible(), 'the leader assigns it to a named specialist: being processed');
  await specialist.goto(`${base}/can-bo?cua_toi=1`);
  ok(await specialist.getByRole('link', { name: code }).isVisible(), 'it is on the specialist\'s own worklist');
  await specialist.getByRole('link', { name: code }).click();
  await specialist.setInputFiles('#f-trinhky-ket_qua', `${work}/s-ket-qua.pdf`);
  await specialist.getByRole('button', { name: 'Trình lãnh đạo ký duyệt' }).click();
  await specialist.waitForLoadState('load');
  ok(await specialist.getByText('Đang trình lãnh đạo ký duyệt').first().isVisible(), 'the specialist submits it with the draft result for sign-off');
  await leader.goto(`${base}/can-bo/ho-so/${code}`);
  await leader.getByRole('button', { name: 'Phê duyệt, có kết quả' }).click();
  await leader.waitForLoadState('load');
  ok(await leader.getByText('Đã có kết quả').first().isVisible(), 'the leader approves it: result ready');

  // The citizen opens the QR link and downloads the result.
  const citizen = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })).newPage();
  await citizen.goto(`${base}/ho-so/${code}?k=${token}&t=${Date.now()}`);
  ok(await citizen.getByText('Đã có kết quả').first().isVisible(), 'the citizen sees "result ready" through the QR link');
  const res = await citizen.request.get(`${base}/ho-so/${code}/ket-qua?k=${token}`);
  ok(res.status() === 200 && (await res.body()).toString().includes('Giay khai sinh'), 'and downloads the electronic result');
  ok((await citizen.locator('.status-words').textContent()).includes('mang giấy tiếp nhận đến nhận kết quả tại Chi nhánh số 3'),
    'the status page says where to collect it: the branch that received it');

  // The branch's counter hands the paper result back.
  await counter.emulateMedia({ media: 'screen' });
  await counter.goto(`${base}/can-bo/ho-so/${code}`);
  await counter.getByRole('button', { name: 'Đã trả kết quả' }).click();
  await counter.waitForLoadState('load');
  ok(await counter.getByText('Đã trả kết quả').first().isVisible(), 'the branch counter records the result handed back');
} finally {
  await browser.close();
}
