/**
 * Vietnamese words of the shell and of what every screen shares (common words, roles, errors):
 * the default language, in the first bundle. Terms follow /work/shared/GLOSSARY.md. Each feature
 * library keeps its own words and adds them when its routes load (`provideTranslations`).
 * `en.ts` must have exactly the same keys (checked by dictionaries.spec.ts).
 */
export const VI = {
  app: {
    name: 'Đào tạo CĐS',
    fullName: 'Hệ thống đào tạo, bồi dưỡng Đội nòng cốt chuyển đổi số',
    skipToContent: 'Chuyển đến nội dung chính',
  },
  nav: {
    learn: 'Học tập của tôi',
    catalogue: 'Khóa học',
    grading: 'Chấm bài',
    myCertificates: 'Chứng chỉ của tôi',
    certificateRegister: 'Sổ chứng chỉ',
    classes: 'Lớp bồi dưỡng',
    plans: 'Kế hoạch đào tạo',
    enrolment: 'Cử đi học và duyệt',
    dashboard: 'Tổng quan',
    profile: 'Hồ sơ cá nhân',
    audit: 'Nhật ký hệ thống',
    org: 'Cơ cấu tổ chức',
    people: 'Nhân sự',
    coreTeam: 'Đội nòng cốt',
    menu: 'Mở/đóng menu điều hướng',
    mainNavigation: 'Điều hướng chính',
  },
  language: {
    label: 'Ngôn ngữ',
    /** The button's accessible name starts with its visible text (the language code). */
    button: '{{code}} – Chuyển ngôn ngữ: {{name}}',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  userMenu: {
    open: 'Tài khoản: {{name}}',
    profile: 'Hồ sơ cá nhân',
    logout: 'Đăng xuất',
  },
  roles: {
    learner: 'Học viên',
    trainer: 'Giảng viên',
    unit_admin: 'Quản trị đơn vị',
    certifier: 'Cán bộ Sở (cấp chứng nhận)',
    admin: 'Quản trị hệ thống',
  },
  endReasons: {
    transfer: 'Luân chuyển/Chuyển công tác',
    retirement: 'Nghỉ hưu',
    resignation: 'Thôi việc',
    reorganisation: 'Sắp xếp tổ chức',
    dismissal: 'Miễn nhiệm',
    other: 'Khác',
  },
  dashboard: {
    title: 'Tổng quan',
    greeting: 'Xin chào, {{name}}!',
    unit: 'Đơn vị',
    position: 'Chức vụ',
    noUnit: 'Chưa gắn với đơn vị',
    roles: 'Vai trò',
    roleInUnit: '{{role}} – {{unit}}',
    noRoles: 'Chưa được phân vai trò nào.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Trang bạn cần không tồn tại hoặc đã được chuyển đi.',
    home: 'Về trang Tổng quan',
  },
  common: {
    cancel: 'Hủy',
    save: 'Lưu',
    saving: 'Đang lưu…',
    close: 'Đóng',
    back: 'Quay lại',
    next: 'Tiếp tục',
    loading: 'Đang tải…',
    loadMore: 'Tải thêm',
    exportExcel: 'Xuất Excel',
    exporting: 'Đang xuất…',
    effectiveDate: 'Ngày hiệu lực',
    dateFormat: 'dd/mm/yyyy',
    dateRequired: 'Vui lòng chọn ngày (dd/mm/yyyy).',
    required: 'Vui lòng nhập thông tin này.',
    yes: 'Có',
    no: 'Không',
    none: 'Chưa có',
    unit: 'Đơn vị',
    allUnits: 'Tất cả đơn vị',
    chooseUnit: 'Chọn đơn vị',
    endedSuffix: '(đã giải thể)',
  },
  errors: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    badRequest: 'Yêu cầu không hợp lệ.',
    unauthorized: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFound: 'Không tìm thấy dữ liệu yêu cầu.',
    conflict: 'Dữ liệu đã bị thay đổi bởi người khác. Vui lòng tải lại.',
    validation: 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra lại.',
    tooManyRequests: 'Bạn thao tác quá nhiều lần. Vui lòng thử lại sau {{seconds}} giây.',
    server: 'Lỗi hệ thống, mã tra cứu: {{correlationId}}',
    unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    close: 'Đóng',
    codes: {
      auth: {
        invalid_credentials: 'Thư điện tử hoặc mật khẩu không đúng.',
        too_many_attempts: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {{seconds}} giây.',
        invalid_refresh: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
        wrong_password: 'Mật khẩu hiện tại không đúng.',
      },
    },
  },
};

/** Same shape as a Vietnamese dictionary, every leaf a string. */
export type WordsOf<T> = { [K in keyof T]: T[K] extends string ? string : WordsOf<T[K]> };

/** Same shape as the Vietnamese dictionary, every leaf a string. */
export type Dictionary = WordsOf<typeof VI>;
