/**
 * Error messages in the person's language. The API answers in Vietnamese unless the request
 * asks for English (`Accept-Language: en`); the `code` lets the web app translate on its side.
 */
export type Lang = 'vi' | 'en';

type Params = Record<string, string | number>;
const MESSAGES: Record<string, { vi: string; en: string }> = {
  'auth.invalid_credentials': { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  'auth.too_many_attempts': {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins. Try again in {seconds} seconds.',
  },
  'auth.unauthenticated': { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  'auth.token_expired': { vi: 'Phiên đăng nhập đã hết hạn.', en: 'Your session has expired.' },
  'auth.invalid_refresh': {
    vi: 'Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.',
    en: 'Your session is no longer valid. Please sign in again.',
  },
  'auth.wrong_password': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'auth.same_password': { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' },
  'auth.forbidden': { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  'auth.out_of_scope': {
    vi: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn.',
    en: 'This unit is outside the part of the organisation you manage.',
  },
  'http.not_found': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'http.bad_json': { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'http.too_large': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request body is too large.' },
  'http.unsupported_media_type': { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'Unsupported content type.' },
  'http.bad_request': { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  'http.too_many_requests': { vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.', en: 'Too many requests. Try again later.' },
  'http.internal': {
    vi: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên kèm mã tra cứu.',
    en: 'Something went wrong on our side. Try again or give the administrator the reference code.',
  },
  'validation.failed': { vi: 'Dữ liệu không hợp lệ.', en: 'Some fields are not valid.' },
  'db.unavailable': { vi: 'Cơ sở dữ liệu không sẵn sàng.', en: 'The database is not available.' },
};

/** class-validator constraint → message, with the constraint's arguments as {0}, {1}. */
const CONSTRAINTS: Record<string, { vi: string; en: string }> = {
  whitelistValidation: { vi: 'Trường này không được phép.', en: 'This field is not allowed.' },
  isDefined: { vi: 'Bắt buộc nhập.', en: 'Is required.' },
  isNotEmpty: { vi: 'Bắt buộc nhập.', en: 'Is required.' },
  isEmail: { vi: 'Email không hợp lệ.', en: 'Must be a valid email address.' },
  isString: { vi: 'Phải là chuỗi ký tự.', en: 'Must be text.' },
  isInt: { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  isNumber: { vi: 'Phải là số.', en: 'Must be a number.' },
  isBoolean: { vi: 'Phải là đúng hoặc sai.', en: 'Must be true or false.' },
  isDateString: { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Must be a date (YYYY-MM-DD).' },
  isISO8601: { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Must be a date (YYYY-MM-DD).' },
  isIn: { vi: 'Giá trị không hợp lệ.', en: 'Is not one of the allowed values.' },
  isEnum: { vi: 'Giá trị không hợp lệ.', en: 'Is not one of the allowed values.' },
  minLength: { vi: 'Cần ít nhất {0} ký tự.', en: 'Must be at least {0} characters.' },
  maxLength: { vi: 'Tối đa {0} ký tự.', en: 'Must be at most {0} characters.' },
  min: { vi: 'Không được nhỏ hơn {0}.', en: 'Must not be less than {0}.' },
  max: { vi: 'Không được lớn hơn {0}.', en: 'Must not be greater than {0}.' },
  matches: { vi: 'Sai định dạng.', en: 'Has the wrong format.' },
  isStrongPassword: {
    vi: 'Mật khẩu cần có chữ hoa, chữ thường và chữ số.',
    en: 'The password needs upper-case and lower-case letters and a digit.',
  },
  notEqualsCurrent: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' },
};

const fill = (text: string, params?: Params) =>
  params ? text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m)) : text;

export function message(code: string, lang: Lang, params?: Params): string {
  const entry = MESSAGES[code];
  return entry ? fill(entry[lang], params) : code;
}

export function constraintMessage(constraint: string, fallback: string, args: unknown[] | undefined, lang: Lang) {
  const entry = CONSTRAINTS[constraint];
  if (!entry) return fallback;
  const params: Params = {};
  (args ?? []).forEach((a, i) => (params[String(i)] = String(a)));
  return fill(entry[lang], params);
}

export function pickLang(acceptLanguage: string | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'vi';
}
