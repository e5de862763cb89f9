-- 018: how long personal data is kept (issue 10; SECURITY.md "How long it is kept", provisional until the legal office
-- confirms the periods): motcua-admin purge erases it once a dossier is finished (returned, refused, stopped,
-- withdrawn, not received) for longer than these settings. personal_purged says how far: 0 kept, 1 contact data
-- erased (phone, email, address), 2 all five erased (also identification number and birth date, and the blind
-- indexes). The dossier's record (code, procedure, dates, outcome, events, audit log, the name) stays.
ALTER TABLE dossier ADD COLUMN personal_purged TINYINT UNSIGNED NOT NULL DEFAULT 0;

INSERT INTO setting (name, value, note) VALUES
('retention.contact_days', '365', 'Số ngày giữ số điện thoại, thư điện tử, địa chỉ của người nộp sau khi hồ sơ kết thúc (hồ sơ không được tiếp nhận: giữ cả năm thông tin trong thời hạn này)'),
('retention.identity_days', '1826', 'Số ngày giữ số định danh cá nhân và ngày sinh của người nộp sau khi hồ sơ kết thúc (mặc định 5 năm)'),
('retention.booking_days', '1', 'Số ngày giữ số điện thoại của lịch hẹn lấy số sau ngày hẹn'),
('retention.draft_days', '30', 'Số ngày giữ hồ sơ lưu nháp của đại lý (cả tệp đính kèm) kể từ lần lưu cuối');
