/**
 * Vietnamese words of the audit log, added to the translations when the feature's routes load
 * (`provideTranslations`). `audit.en.ts` has exactly the same keys (checked by the spec).
 */
export const AUDIT_VI = {
  audit: {
    title: 'Nhật ký hệ thống',
    caption: 'Các thao tác liên quan đến an toàn thông tin, mới nhất ở trên.',
    time: 'Thời gian',
    actor: 'Người thực hiện',
    action: 'Thao tác',
    target: 'Đối tượng',
    ip: 'Địa chỉ IP',
    unknownActor: '(không xác định)',
    empty: 'Chưa có bản ghi nào.',
    loading: 'Đang tải…',
    end: 'Đã hiển thị toàn bộ nhật ký.',
    targetTypes: {
      course: 'Khóa học',
      question: 'Câu hỏi',
      training_class: 'Lớp bồi dưỡng',
      class_session: 'Buổi học',
      enrolment: 'Ghi danh',
      training_plan: 'Kế hoạch đào tạo',
      account: 'Tài khoản',
      assignment: 'Phân công',
      email: 'Thư điện tử',
      import_job: 'Lượt nhập tệp',
      org_unit: 'Đơn vị',
      person: 'Người',
      role_grant: 'Vai trò được cấp',
      seat: 'Vị trí',
      session: 'Phiên đăng nhập',
      user: 'Người dùng',
    },
    actions: {
      auth: {
        login: 'Đăng nhập',
        login_failed: 'Đăng nhập thất bại',
        logout: 'Đăng xuất',
        refresh_reuse: 'Phát hiện dùng lại mã làm mới phiên',
        password_changed: 'Đổi mật khẩu',
      },
      role: {
        granted: 'Cấp vai trò',
        revoked: 'Thu hồi vai trò',
      },
      org: {
        created: 'Tạo đơn vị',
        renamed: 'Đổi tên đơn vị',
        moved: 'Chuyển trực thuộc',
        ended: 'Kết thúc đơn vị',
        merged: 'Sáp nhập đơn vị',
      },
      people: {
        created: 'Thêm người',
        updated: 'Sửa thông tin người',
        deactivated: 'Cho nghỉ công tác',
        account_created: 'Tạo tài khoản',
        imported: 'Nhập danh sách từ tệp',
      },
      core_team: {
        seat_created: 'Tạo vị trí đội nòng cốt',
        seat_ended: 'Kết thúc vị trí',
        assigned: 'Phân công vào vị trí',
        assignment_ended: 'Kết thúc phân công',
      },
      catalogue: {
        course_created: 'Tạo khóa học',
        course_published: 'Xuất bản khóa học',
        file_refused: 'Từ chối tệp tải lên',
      },
      plan: {
        created: 'Lập kế hoạch đào tạo',
        changed: 'Sửa kế hoạch đào tạo',
      },
      class: {
        created: 'Mở lớp bồi dưỡng',
        changed: 'Sửa lớp bồi dưỡng',
      },
      enrolment: {
        nominated: 'Cử đi học',
        requested: 'Đăng ký tham gia lớp',
        approved: 'Duyệt cử đi học',
        rejected: 'Từ chối cử đi học',
        waitlisted: 'Đưa vào danh sách chờ',
        enrolled: 'Ghi danh vào lớp',
        withdrawn: 'Rút khỏi lớp',
        refused: 'Từ chối thao tác ghi danh',
      },
      attendance: {
        marked: 'Điểm danh',
        check_in_refused: 'Từ chối điểm danh bằng mã QR',
        sheet_uploaded: 'Tải lên danh sách ký nhận',
        sheet_confirmed: 'Xác nhận danh sách ký nhận',
      },
      assessment: {
        question_saved: 'Lưu câu hỏi (phiên bản mới)',
        questions_imported: 'Nhập câu hỏi từ tệp',
      },
    },
  },
};
