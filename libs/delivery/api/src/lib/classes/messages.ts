import { registerMessages } from '@cds/api/common';

/** Refusals of the plan, classes, sessions and enrolment, Vietnamese first. Imported by the module. */
registerMessages({
  // ---- plan ----
  'delivery.plan_not_found': { vi: 'Chưa có kế hoạch đào tạo năm {year}.', en: 'There is no training plan for {year}.' },
  'delivery.plan_exists': { vi: 'Kế hoạch đào tạo năm {year} đã có.', en: 'The training plan for {year} already exists.' },
  'delivery.plan_item_exists': {
    vi: 'Khóa học {course} đã có trong kế hoạch này.',
    en: 'The course {course} is already in this plan.',
  },
  'delivery.course_not_found': { vi: 'Không tìm thấy khóa học (mã {id}).', en: 'Course {id} not found.' },

  // ---- classes ----
  'delivery.class_not_found': { vi: 'Không tìm thấy lớp học.', en: 'Class not found.' },
  'delivery.course_not_published': {
    vi: 'Khóa học {course} chưa được công bố; chỉ mở lớp cho khóa học đã công bố.',
    en: 'The course {course} has not been published; classes run published courses only.',
  },
  'delivery.class_code_taken': { vi: 'Mã lớp {code} đã được dùng cho lớp khác.', en: 'The class code {code} is already used by another class.' },
  'delivery.end_before_start': {
    vi: 'Ngày kết thúc ({end}) không được trước ngày bắt đầu ({start}).',
    en: 'The end date ({end}) cannot be before the start date ({start}).',
  },
  'delivery.deadline_after_start': {
    vi: 'Hạn đăng ký ({deadline}) không được sau ngày bắt đầu lớp ({start}).',
    en: 'The enrolment deadline ({deadline}) cannot be after the class starts ({start}).',
  },
  'delivery.capacity_below_enrolled': {
    vi: 'Lớp đã có {enrolled} học viên; sĩ số tối đa không được nhỏ hơn số đó.',
    en: 'The class already has {enrolled} enrolled learners; the capacity cannot be lower.',
  },
  'delivery.not_a_trainer': {
    vi: '{name} không có quyền giảng viên hoặc quản trị, nên không thể là giảng viên của lớp.',
    en: '{name} holds neither the trainer nor the administrator role, so cannot train the class.',
  },
  'delivery.trainer_not_found': { vi: 'Không tìm thấy giảng viên (mã {id}).', en: 'Trainer {id} not found.' },
  'delivery.trainer_inactive': { vi: '{name} đã ngừng hoạt động, không thể là giảng viên của lớp.', en: '{name} is deactivated and cannot train the class.' },
  'delivery.sessions_outside_dates': {
    vi: 'Lớp còn {count} buổi học nằm ngoài khoảng {start} – {end}; hãy dời hoặc xóa các buổi đó trước.',
    en: 'The class still has {count} sessions outside {start} – {end}; move or delete them first.',
  },
  'delivery.class_cancelled': { vi: 'Lớp học đã bị hủy.', en: 'The class has been cancelled.' },
  'delivery.class_forbidden': {
    vi: 'Bạn chỉ được xem lớp học mà bạn giảng dạy, tham gia, hoặc thuộc phạm vi quản lý của bạn.',
    en: 'You may only see classes you train, take part in, or that lie in the part of the organisation you manage.',
  },
  'delivery.class_not_writable': {
    vi: 'Chỉ người quản lý đơn vị tổ chức lớp hoặc giảng viên của lớp mới được thay đổi lịch học.',
    en: 'Only managers of the organising unit or the class’s trainers may change its schedule.',
  },

  // ---- sessions ----
  'delivery.session_not_found': { vi: 'Không tìm thấy buổi học.', en: 'Session not found.' },
  'delivery.session_ends_before_start': {
    vi: 'Giờ kết thúc buổi học phải sau giờ bắt đầu.',
    en: 'A session must end after it starts.',
  },
  'delivery.session_outside_class': {
    vi: 'Buổi học phải nằm trong thời gian của lớp ({start} – {end}).',
    en: 'A session must fall within the class’s dates ({start} – {end}).',
  },
  'delivery.session_has_attendance': {
    vi: 'Buổi học đã có điểm danh hoặc bảng ký danh nên không thể xóa.',
    en: 'The session already has attendance or a sign-in sheet, so it cannot be deleted.',
  },

  // ---- enrolment ----
  'delivery.enrolment_not_found': { vi: 'Không tìm thấy lượt đăng ký.', en: 'Enrolment not found.' },
  'delivery.enrolment_closed': {
    vi: 'Lớp học đã hết hạn đăng ký ({deadline}) hoặc đã bị hủy; không nhận thêm học viên.',
    en: 'Enrolment for this class closed on {deadline} or the class was cancelled; it takes no more people.',
  },
  'delivery.nominee_out_of_scope': {
    vi: '{name} không thuộc đơn vị bạn quản lý, nên bạn không thể cử người này đi học.',
    en: '{name} is not in the part of the organisation you manage, so you cannot nominate them.',
  },
  'delivery.nominee_inactive': { vi: '{name} đã ngừng hoạt động, không thể cử đi học.', en: '{name} is deactivated and cannot be nominated.' },
  'delivery.nominee_not_found': { vi: 'Không tìm thấy người được cử (mã {id}).', en: 'Nominee {id} not found.' },
  'delivery.already_in_class': {
    vi: '{name} đã có tên trong lớp này.',
    en: '{name} is already in this class.',
  },
  'delivery.already_decided': {
    vi: 'Lượt đăng ký này đã được người khác xử lý. Hãy tải lại danh sách.',
    en: 'This enrolment has already been decided. Reload the list.',
  },
  'delivery.reason_required': { vi: 'Cần ghi rõ lý do từ chối.', en: 'A reason is required to reject.' },
  'delivery.own_enrolment': {
    vi: 'Bạn không thể tự duyệt lượt đăng ký của chính mình.',
    en: 'You cannot decide on your own enrolment.',
  },
  'delivery.cannot_withdraw': {
    vi: 'Lượt đăng ký này không còn ở trạng thái có thể rút.',
    en: 'This enrolment is no longer in a state that can be withdrawn.',
  },
  'delivery.enrolment_changed': {
    vi: 'Lượt đăng ký vừa được người khác thay đổi; hãy tải lại và thử lại.',
    en: 'Someone else just changed this enrolment; reload and try again.',
  },
  'delivery.withdraw_forbidden': {
    vi: 'Chỉ người học hoặc cán bộ quản lý đơn vị của người học mới được rút đăng ký này.',
    en: 'Only the learner or staff managing the learner’s unit may withdraw this enrolment.',
  },
});

