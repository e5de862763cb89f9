-- 016: quotas by route class (issue 10): the kiosk's POSTs (taking a number, checking a booking in)
-- count against their own, larger daily limit per client, apart from the forms' quota.client_posts:
-- a busy hall's kiosk sends every number from one address.
INSERT INTO setting (name, value, note) VALUES
('quota.kiosk_posts', '5000', 'Số lần lấy số thứ tự hoặc xác nhận lịch hẹn tối đa mỗi ngày từ một địa chỉ (máy lấy số của một điểm tiếp nhận)');
