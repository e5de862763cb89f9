-- 020: lĩnh vực (fields) that group procedures; slug is the ?linh-vuc= value.
INSERT INTO field (id, slug, name, pos) VALUES
(1,  'tu-phap-ho-tich',        'Tư pháp - Hộ tịch', 1),
(2,  'chung-thuc',             'Chứng thực', 2),
(3,  'ly-lich-tu-phap',        'Lý lịch tư pháp', 3),
(4,  'dat-dai',                'Đất đai', 4),
(5,  'xay-dung',               'Xây dựng', 5),
(6,  'bao-tro-xa-hoi',         'Bảo trợ xã hội', 6),
(7,  'nguoi-co-cong',          'Người có công', 7),
(8,  'cu-tru',                 'Cư trú', 8),
(9,  'ho-kinh-doanh',          'Thành lập và hoạt động của hộ kinh doanh', 9),
(10, 'thanh-lap-doanh-nghiep', 'Thành lập và hoạt động doanh nghiệp', 10),
(11, 'van-hoa',                'Văn hóa', 11),
(12, 'giao-duc',               'Giáo dục', 12),
(13, 'an-toan-thuc-pham',      'An toàn thực phẩm', 13),
(14, 'nuoi-con-nuoi',          'Nuôi con nuôi', 14);
