/**
 * Vietnamese words of the login and profile pages, added to the translations when the feature's routes load
 * (`provideTranslations`). `auth.en.ts` has exactly the same keys (checked by the spec).
 */
export const AUTH_VI = {
  login: {
    title: 'Đăng nhập',
    subtitle: 'Sử dụng tài khoản do quản trị viên cấp.',
    email: 'Thư điện tử',
    password: 'Mật khẩu',
    showPassword: 'Hiện mật khẩu',
    hidePassword: 'Ẩn mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    emailRequired: 'Vui lòng nhập thư điện tử.',
    emailInvalid: 'Thư điện tử không hợp lệ.',
    passwordRequired: 'Vui lòng nhập mật khẩu.',
  },
  profile: {
    title: 'Hồ sơ cá nhân',
    fullName: 'Họ và tên',
    email: 'Thư điện tử',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    roles: 'Vai trò',
    none: 'Chưa có',
    changePassword: 'Đổi mật khẩu',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới',
    newPasswordHint: 'Ít nhất {{min}} ký tự, có chữ hoa, chữ thường và chữ số.',
    currentRequired: 'Vui lòng nhập mật khẩu hiện tại.',
    newRequired: 'Vui lòng nhập mật khẩu mới.',
    newTooShort: 'Mật khẩu mới phải có ít nhất {{min}} ký tự.',
    newSameAsCurrent: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    confirmMismatch: 'Mật khẩu nhập lại không khớp.',
    weakPassword: 'Mật khẩu mới chưa đủ mạnh.',
    submit: 'Đổi mật khẩu',
    submitting: 'Đang lưu…',
    changed: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đăng xuất.',
  },
};
