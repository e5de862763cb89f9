// common.mjs: shared by the browser tests: TAP output, Debian's Chromium, and filling the birth-registration form.
import { chromium } from 'playwright-core';

let n = 0;
export const ok = (cond, msg) => console.log(`${cond ? 'ok' : 'not ok'} ${++n} - ${msg}`);

// The flags keep Chromium off the network this machine does not have.
export const launch = () => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

// Fills the form of Đăng ký khai sinh (1.001193) for a mother p = { name, id, birth, phone, address,
// ward, child, childBirth, place }, attaches `file` to both documents and ticks the declaration.
export async function fillBirthForm(page, p, file) {
  await page.getByLabel('Họ, chữ đệm và tên').fill(p.name);
  await page.getByLabel('Số định danh cá nhân (12 số)').fill(p.id);
  await page.getByLabel('Ngày sinh', { exact: false }).first().fill(p.birth);
  await page.getByLabel('Số điện thoại').fill(p.phone);
  await page.getByLabel('Địa chỉ liên hệ').fill(p.address);
  await page.selectOption('#f-co_quan', { label: p.ward });
  await page.fill('#f-f_ho_ten_tre', p.child);
  await page.fill('#f-f_ngay_sinh_tre', p.childBirth);
  await page.selectOption('#f-f_gioi_tinh', 'Nam');
  await page.fill('#f-f_noi_sinh', p.place);
  await page.fill('#f-f_dan_toc', 'Kinh');
  await page.fill('#f-f_quoc_tich', 'Việt Nam');
  await page.fill('#f-f_ho_ten_me', p.name);
  await page.setInputFiles('#f-tep_1', file);
  await page.setInputFiles('#f-tep_2', file);
  await page.check('#f-cam_doan');
}
