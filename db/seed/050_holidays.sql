-- 050: calendar exceptions for civil servants (cán bộ, công chức, viên chức):
-- 'holiday' = a weekday off; 'workday' = a Saturday worked in exchange (làm bù).
-- Basis: Bộ luật Lao động 2019, Điều 112 (Tết Dương lịch 1, Tết Âm lịch 5,
-- Giỗ Tổ Hùng Vương 1, 30/4 1, 1/5 1, Quốc khánh 2 = 2/9 + 1 adjacent day),
-- and each year's decision of the Prime Minister on the Tết and swap days.
-- Lunar dates computed: Tết Ất Tỵ 29/01/2025, Bính Ngọ 17/02/2026, Đinh Mùi
-- 06/02/2027; Giỗ Tổ (10/3 âm lịch) 07/04/2025, 26/04/2026 (Sunday), 16/04/2027.
-- Weekend days inside a holiday period are already non-working and not listed.
-- Not included: Ngày Văn hóa Việt Nam (24/11). Nghị quyết 80-NQ/TW (01/2026)
-- makes it a paid day off in principle, but it needs an amendment to Điều 112
-- Bộ luật Lao động that had not been passed in the sources found. Once it is
-- law, add for example:
--   ('2027-11-24', 'holiday', 'Ngày Văn hóa Việt Nam', 1)

-- 2025 (confirmed: Tết 25/01-02/02; 30/4-04/5 swapping Fri 02/5 with Sat 26/4;
-- Quốc khánh 30/8-02/9).
INSERT INTO holiday (day, kind, name, provisional) VALUES
('2025-01-01', 'holiday', 'Tết Dương lịch', 0),
('2025-01-27', 'holiday', 'Tết Nguyên đán (28 tháng Chạp)', 0),
('2025-01-28', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)', 0),
('2025-01-29', 'holiday', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 0),
('2025-01-30', 'holiday', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 0),
('2025-01-31', 'holiday', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 0),
('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 0),
('2025-04-26', 'workday', 'Làm bù cho ngày nghỉ thứ Sáu 02/5/2025', 0),
('2025-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', 0),
('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)', 0),
('2025-05-02', 'holiday', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 0),
('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 0),
('2025-09-02', 'holiday', 'Quốc khánh (2/9)', 0);

-- 2026 (decided: Tết Dương lịch 01-04/01 swapping Fri 02/01 with Sat 10/01,
-- VPCP 12729/VPCP-KGVX 25/12/2025; Tết 14-22/02; Giỗ Tổ falls on Sunday 26/4,
-- day off in lieu Monday 27/4; Quốc khánh 29/8-02/9 swapping Mon 31/8 with
-- Sat 22/8 (Bộ Nội vụ plan, reported as adopted: 25 days off in 2026).
INSERT INTO holiday (day, kind, name, provisional) VALUES
('2026-01-01', 'holiday', 'Tết Dương lịch', 0),
('2026-01-02', 'holiday', 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 0),
('2026-01-10', 'workday', 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026', 0),
('2026-02-16', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)', 0),
('2026-02-17', 'holiday', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 0),
('2026-02-18', 'holiday', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 0),
('2026-02-19', 'holiday', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 0),
('2026-02-20', 'holiday', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 0),
('2026-04-27', 'holiday', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)', 0),
('2026-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', 0),
('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)', 0),
('2026-08-22', 'workday', 'Làm bù cho ngày nghỉ thứ Hai 31/8/2026', 0),
('2026-08-31', 'holiday', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)', 0),
('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 0),
('2026-09-02', 'holiday', 'Quốc khánh (2/9)', 0);

-- 2027 (not yet decided: statutory days only, Tết placement and the day
-- adjacent to 2/9 guessed; no swap days).
INSERT INTO holiday (day, kind, name, provisional) VALUES
('2027-01-01', 'holiday', 'Tết Dương lịch', 1),
('2027-02-04', 'holiday', 'Tết Nguyên đán (28 tháng Chạp)', 1),
('2027-02-05', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)', 1),
('2027-02-08', 'holiday', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 1),
('2027-02-09', 'holiday', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 1),
('2027-02-10', 'holiday', 'Tết Nguyên đán (mùng 5 tháng Giêng)', 1),
('2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 1),
('2027-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', 1),
('2027-05-03', 'holiday', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)', 1),
('2027-09-02', 'holiday', 'Quốc khánh (2/9)', 1),
('2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề)', 1);
