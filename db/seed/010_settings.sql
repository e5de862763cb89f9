-- 010: site-wide settings (office hours, same-day cut-off, site name).
INSERT INTO setting (name, value, note) VALUES
('office.morning', '08:00-12:00',
 'Giờ tiếp nhận buổi sáng của Bộ phận Một cửa theo giờ hành chính của thành phố Hà Nội; thực hiện cơ chế một cửa, một cửa liên thông theo Nghị định 118/2025/NĐ-CP.'),
('office.afternoon', '13:00-17:00',
 'Giờ tiếp nhận buổi chiều của Bộ phận Một cửa; hồ sơ nộp trực tuyến ngoài giờ hành chính được xử lý từ ngày làm việc tiếp theo (cơ chế một cửa, một cửa liên thông theo Nghị định 118/2025/NĐ-CP).'),
('sameday.cutoff', '15:00',
 'Thủ tục giải quyết ngay trong ngày: hồ sơ tiếp nhận sau 15 giờ được trả kết quả trong ngày làm việc tiếp theo (Luật Hộ tịch 2014, Nghị định 123/2015/NĐ-CP, Nghị định 23/2015/NĐ-CP).'),
('site.name', 'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
 'Cơ quan hành chính thuộc UBND thành phố Hà Nội, đầu mối tổ chức thực hiện cơ chế một cửa, một cửa liên thông (Quyết định 63/2024/QĐ-UBND; Nghị định 118/2025/NĐ-CP).');
