import { registerMessages } from '@cds/api/common';

/** Messages of learning and attendance, Vietnamese first. */
registerMessages({
  'delivery.not_enrolled': { vi: 'Bạn không tham gia lớp học này.', en: 'You are not taking part in this class.' },
  'delivery.lesson_locked': {
    vi: 'Bài học chỉ mở cho học viên đã được ghi danh vào lớp.',
    en: 'Lessons open only to learners enrolled in the class.',
  },
  'delivery.lesson_not_in_class': { vi: 'Bài học này không thuộc lớp học.', en: 'This lesson is not part of the class.' },
  'delivery.file_not_found': { vi: 'Không tìm thấy tệp đính kèm của bài học.', en: 'The lesson file was not found.' },
  'attendance.not_trainer': {
    vi: 'Chỉ giảng viên của lớp hoặc quản trị viên phụ trách đơn vị tổ chức lớp mới được điểm danh.',
    en: 'Only the class’s trainers or an administrator of the organising unit may take attendance.',
  },
  'attendance.not_participant': {
    vi: 'Mã ghi danh {id} không phải học viên của lớp này.',
    en: 'Enrolment {id} is not a participant of this class.',
  },
  'attendance.duplicate_mark': { vi: 'Mã ghi danh {id} xuất hiện nhiều lần.', en: 'Enrolment {id} appears more than once.' },
  'attendance.code_invalid': {
    vi: 'Mã điểm danh không hợp lệ. Hãy quét lại mã QR trên màn hình của giảng viên.',
    en: 'The check-in code is not valid. Scan the QR code on the trainer’s screen again.',
  },
  'attendance.code_expired': {
    vi: 'Mã điểm danh đã hết hạn. Hãy quét mã QR mới trên màn hình của giảng viên.',
    en: 'The check-in code has expired. Scan the new QR code on the trainer’s screen.',
  },
  'attendance.code_other_class': {
    vi: 'Mã điểm danh này thuộc một lớp học khác.',
    en: 'This check-in code belongs to another class.',
  },
  'attendance.session_not_open': {
    vi: 'Chỉ điểm danh được từ 30 phút trước khi buổi học bắt đầu đến khi buổi học kết thúc.',
    en: 'Check-in is open only from 30 minutes before the session starts until it ends.',
  },
  'attendance.not_enrolled': {
    vi: 'Bạn không có tên trong danh sách học viên của lớp này.',
    en: 'You are not on this class’s list of enrolled learners.',
  },
  'attendance.already_checked_in': {
    vi: 'Bạn đã được ghi nhận điểm danh cho buổi học này.',
    en: 'Your attendance at this session is already recorded.',
  },
  'attendance.no_file': { vi: 'Chưa chọn tệp bảng ký danh.', en: 'No sign-in sheet file was sent.' },
  'attendance.sheet_not_found': { vi: 'Không tìm thấy bảng ký danh.', en: 'Sign-in sheet not found.' },
});
