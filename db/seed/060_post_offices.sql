-- 060: post offices acting as public-service agents (đại lý dịch vụ công
-- trực tuyến), and the fees an agent shows and collects.
-- Everything here is PROVISIONAL (provisional = 1): Hanoi signed with the
-- postal operators on 9/12/2024 and opened the first 32 agents on 5/2/2025;
-- the list of agent post offices, their identifier codes (000.30.NN.H26, a
-- pattern of ours) and most addresses are not published in a form we could
-- check. parent_id is the ward or commune the office stands in: a consignment
-- to that same ward counts as "within one district" (J+1), anywhere else in
-- the city as "within one province" (J+2) (rules/postal.h).

-- Central post offices (bưu điện trung tâm) of the former urban districts.
INSERT INTO agency (id, code, name, short_name, kind, parent_id, address, receives, resolves, provisional) VALUES
(401, '000.30.01.H26', 'Bưu điện Trung tâm Hà Nội (Bưu điện Bờ Hồ)', 'Bưu điện Bờ Hồ', 'post_office', 115, 'Số 75 Đinh Tiên Hoàng, phường Hoàn Kiếm, Hà Nội', 1, 0, 1),
(402, '000.30.02.H26', 'Bưu điện Trung tâm Ba Đình', 'Bưu điện Ba Đình', 'post_office', 101, '', 1, 0, 1),
(403, '000.30.03.H26', 'Bưu điện Trung tâm Cầu Giấy', 'Bưu điện Cầu Giấy', 'post_office', 104, '', 1, 0, 1),
(404, '000.30.04.H26', 'Bưu điện Trung tâm Đống Đa', 'Bưu điện Đống Đa', 'post_office', 110, '', 1, 0, 1),
(405, '000.30.05.H26', 'Bưu điện Trung tâm Hà Đông', 'Bưu điện Hà Đông', 'post_office', 113, '', 1, 0, 1),
(406, '000.30.06.H26', 'Bưu điện Trung tâm Hai Bà Trưng', 'Bưu điện Hai Bà Trưng', 'post_office', 114, '', 1, 0, 1),
(407, '000.30.07.H26', 'Bưu điện Trung tâm Hoàng Mai', 'Bưu điện Hoàng Mai', 'post_office', 117, '', 1, 0, 1),
(408, '000.30.08.H26', 'Bưu điện Trung tâm Long Biên', 'Bưu điện Long Biên', 'post_office', 124, '', 1, 0, 1),
(409, '000.30.09.H26', 'Bưu điện Trung tâm Tây Hồ', 'Bưu điện Tây Hồ', 'post_office', 134, '', 1, 0, 1),
(410, '000.30.10.H26', 'Bưu điện Trung tâm Thanh Xuân', 'Bưu điện Thanh Xuân', 'post_office', 138, '', 1, 0, 1),
(411, '000.30.11.H26', 'Bưu điện Trung tâm Từ Liêm', 'Bưu điện Từ Liêm', 'post_office', 141, '', 1, 0, 1),
(412, '000.30.12.H26', 'Bưu điện Sơn Tây', 'Bưu điện Sơn Tây', 'post_office', 133, '', 1, 0, 1);

-- Commune post offices (bưu điện văn hóa xã) in the former rural districts.
INSERT INTO agency (id, code, name, short_name, kind, parent_id, address, receives, resolves, provisional) VALUES
(421, '000.30.21.H26', 'Bưu điện văn hóa xã Thạch Thất', 'Bưu điện xã Thạch Thất', 'post_office', 207, '', 1, 0, 1),
(422, '000.30.22.H26', 'Bưu điện văn hóa xã Thanh Oai', 'Bưu điện xã Thanh Oai', 'post_office', 208, '', 1, 0, 1),
(423, '000.30.23.H26', 'Bưu điện văn hóa xã Thanh Trì', 'Bưu điện xã Thanh Trì', 'post_office', 209, '', 1, 0, 1),
(424, '000.30.24.H26', 'Bưu điện văn hóa xã Thường Tín', 'Bưu điện xã Thường Tín', 'post_office', 214, '', 1, 0, 1),
(425, '000.30.25.H26', 'Bưu điện văn hóa xã Trung Giã', 'Bưu điện xã Trung Giã', 'post_office', 217, '', 1, 0, 1),
(426, '000.30.26.H26', 'Bưu điện văn hóa xã Ứng Hòa', 'Bưu điện xã Ứng Hòa', 'post_office', 218, '', 1, 0, 1),
(427, '000.30.27.H26', 'Bưu điện văn hóa xã Vân Đình', 'Bưu điện xã Vân Đình', 'post_office', 220, '', 1, 0, 1),
(428, '000.30.28.H26', 'Bưu điện văn hóa xã Xuân Mai', 'Bưu điện xã Xuân Mai', 'post_office', 223, '', 1, 0, 1),
(429, '000.30.29.H26', 'Bưu điện văn hóa xã Yên Xuân', 'Bưu điện xã Yên Xuân', 'post_office', 226, '', 1, 0, 1);

-- Fees (VND), shown on the agent's forms and recorded per dossier. PROVISIONAL.
INSERT INTO setting (name, value, note) VALUES
('fee.agent_service', '0',
 'Phí dịch vụ của đại lý dịch vụ công trực tuyến: miễn phí trong thời gian thí điểm (tạm tính, chờ quy định của thành phố).'),
('fee.post_dossier', '26000',
 'Cước dịch vụ bưu chính công ích chuyển hồ sơ giấy đến cơ quan giải quyết trong thành phố (tạm tính, theo bảng cước của doanh nghiệp bưu chính).'),
('fee.post_result', '26000',
 'Cước chuyển trả kết quả qua bưu chính cho hồ sơ giấy (tạm tính). Hồ sơ nộp trực tuyến: thành phố chi trả từ 1/1/2026.');
