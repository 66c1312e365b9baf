import { createParamDecorator, ExecutionContext } from '@nestjs/common';

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
  'org.unit_not_found': { vi: 'Không tìm thấy đơn vị (mã {id}).', en: 'Unit {id} not found.' },
  'org.cycle': { vi: 'Không thể đặt một đơn vị vào bên trong chính nó hoặc đơn vị cấp dưới của nó.', en: 'A unit cannot be placed inside itself or one of its sub-units.' },
  'org.not_live': { vi: '{name} không tồn tại vào ngày {date}.', en: '{name} does not exist on {date}.' },
  'org.unit_ended': { vi: '{name} đã kết thúc hoạt động từ ngày {date}.', en: '{name} ended on {date}.' },
  'org.date_overlaps': {
    vi: 'Ngày hiệu lực không được trước ngày {date} (lần thay đổi gần nhất của {name}); không thể ghi đè lịch sử.',
    en: 'The effective date cannot be before {date} (the last change of {name}); history cannot be overwritten.',
  },
  'org.has_children': { vi: 'Đơn vị còn {count} đơn vị trực thuộc; hãy chuyển hoặc sáp nhập chúng trước.', en: 'The unit still has {count} sub-units; move or merge them first.' },
  'org.has_people': { vi: 'Đơn vị còn {count} người đang công tác; hãy chuyển họ trước.', en: 'The unit still has {count} active people; move them first.' },
  'org.merge_target': { vi: 'Chọn một đơn vị sáp nhập vào, hoặc khai báo đơn vị mới (không chọn cả hai).', en: 'Choose an existing target unit or describe a new one (not both).' },
  'org.merge_two_sources': { vi: 'Cần ít nhất hai đơn vị để sáp nhập thành đơn vị mới.', en: 'Merging into a new unit needs at least two units.' },
  'org.merge_into_self': { vi: 'Không thể sáp nhập một đơn vị vào chính nó.', en: 'A unit cannot be merged into itself.' },
  'org.concurrent_change': { vi: 'Đơn vị vừa được người khác thay đổi; vui lòng tải lại và thử lại.', en: 'Someone else just changed this unit; reload and try again.' },
  'core_team.assignment_overlap': {
    vi: 'Vị trí này đã có người đảm nhiệm trong thời gian đó ({name}, từ {from} đến {to}).',
    en: 'The post is already held in that period ({name}, from {from} to {to}).',
  },
  'core_team.concurrent_change': { vi: 'Vị trí vừa được người khác thay đổi; vui lòng tải lại và thử lại.', en: 'Someone else just changed this post; reload and try again.' },
  'core_team.seat_not_open': { vi: 'Vị trí không tồn tại vào ngày {date}.', en: 'The post does not exist on {date}.' },
  'core_team.seat_ended': { vi: 'Vị trí đã kết thúc từ ngày {date}.', en: 'The post ended on {date}.' },
  'core_team.assignment_ended': { vi: 'Phân công này đã kết thúc từ ngày {date}.', en: 'This assignment already ended on {date}.' },
  'core_team.date_before_start': { vi: 'Ngày kết thúc phải sau ngày bắt đầu ({date}).', en: 'The end date must be after the start date ({date}).' },
  'core_team.not_holder': { vi: 'Người này không đảm nhiệm vị trí đó vào ngày {date}.', en: 'This person does not hold that post on {date}.' },
  'core_team.same_seat': { vi: 'Vị trí chuyển đến phải khác vị trí hiện tại.', en: 'The new post must differ from the current one.' },
  'core_team.unknown_course': { vi: 'Có khóa học không tồn tại.', en: 'A course does not exist.' },
  'people.grants_beyond_yours': {
    vi: 'Người này có quyền trên phạm vi rộng hơn quyền của bạn; chỉ quản trị cấp trên mới được thay đổi tài khoản này.',
    en: 'This person holds rights beyond yours; only an administrator above you may change this account.',
  },
  'people.not_found': { vi: 'Không tìm thấy người này.', en: 'Person not found.' },
  'people.inactive': { vi: '{name} đã ngừng hoạt động.', en: '{name} is deactivated.' },
  'people.email_taken': { vi: 'Email {email} đã được dùng cho người khác.', en: 'The email {email} is already used by someone else.' },
  'people.email_required': { vi: 'Cần có email để tạo tài khoản.', en: 'An email is needed to open an account.' },
  'people.no_account': { vi: 'Người này chưa có tài khoản; hãy tạo tài khoản trước.', en: 'This person has no account yet; open one first.' },
  'people.role_exists': { vi: 'Người này đã có quyền đó trên đơn vị đó.', en: 'This person already holds that role on that unit.' },
  'people.last_admin': { vi: 'Không thể tự gỡ quyền quản trị cuối cùng của mình.', en: 'You cannot remove your own last administrator role.' },
  'people.account_exists': { vi: 'Người này đã có tài khoản.', en: 'This person already has an account.' },
  'import.bad_file_type': { vi: 'Chỉ nhận tệp .xlsx hoặc .csv.', en: 'Only .xlsx or .csv files are accepted.' },
  'import.unreadable': { vi: 'Không đọc được tệp; hãy dùng tệp mẫu.', en: 'The file cannot be read; start from the template.' },
  'import.no_file': { vi: 'Chưa chọn tệp.', en: 'No file was sent.' },
  'import.failed': { vi: 'Nhập dữ liệu thất bại; không có dữ liệu nào được ghi.', en: 'The import failed; nothing was written.' },
  'import.unknown_column': { vi: 'Cột "{name}" không có trong mẫu. Các cột hợp lệ: {expected}.', en: 'Column "{name}" is not in the template. Valid columns: {expected}.' },
  'import.missing_column': { vi: 'Thiếu cột "{name}".', en: 'Column "{name}" is missing.' },
  'import.empty': { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  'import.too_many_rows': { vi: 'Tệp có quá {max} dòng; hãy chia nhỏ.', en: 'The file has more than {max} rows; split it.' },
  'import.required': { vi: 'Thiếu "{column}".', en: '"{column}" is required.' },
  'import.formula': {
    vi: 'Không được bắt đầu bằng =, +, - hoặc @ (công thức bảng tính): "{value}".',
    en: 'May not start with =, +, - or @ (a spreadsheet formula): "{value}".',
  },
  'import.control_chars': {
    vi: 'Chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản; hãy gõ lại ô này.',
    en: 'Contains control or text-direction characters; type this cell again.',
  },
  'import.too_long': { vi: 'Dài quá {max} ký tự.', en: 'Longer than {max} characters.' },
  'import.unknown_unit': { vi: 'Không tìm thấy đơn vị đang hoạt động "{unit}".', en: 'No active unit "{unit}".' },
  'import.ambiguous_unit': { vi: 'Có nhiều đơn vị tên "{unit}"; hãy dùng mã đơn vị.', en: 'Several units are named "{unit}"; use the unit code.' },
  'import.out_of_scope': { vi: 'Đơn vị "{unit}" nằm ngoài phạm vi bạn quản lý.', en: 'Unit "{unit}" is outside the part of the organisation you manage.' },
  'import.bad_email': { vi: 'Email "{value}" không hợp lệ.', en: 'Email "{value}" is not valid.' },
  'import.email_exists': { vi: 'Email "{value}" đã có trong hệ thống.', en: 'Email "{value}" is already in the system.' },
  'import.duplicate_email': { vi: 'Email "{value}" trùng với dòng {row}.', en: 'Email "{value}" repeats row {row}.' },
  'import.bad_phone': { vi: 'Số điện thoại "{value}" không hợp lệ.', en: 'Phone number "{value}" is not valid.' },
  'import.unknown_function': { vi: 'Vị trí "{value}" không hợp lệ. Chọn một trong: {expected}.', en: 'Post "{value}" is not valid. Use one of: {expected}.' },
  'import.bad_date': { vi: 'Ngày "{value}" không hợp lệ (dd/mm/yyyy).', en: 'Date "{value}" is not valid (dd/mm/yyyy).' },
  'import.future_date': { vi: 'Ngày bắt đầu {value} ở tương lai.', en: 'Start date {value} is in the future.' },
  'import.before_unit': { vi: 'Ngày bắt đầu {value} trước khi đơn vị "{unit}" được thành lập.', en: 'Start date {value} is before unit "{unit}" existed.' },
  'http.not_found': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'http.bad_json': { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'http.too_large': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request body is too large.' },
  'http.unsupported_media_type': { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'Unsupported content type.' },
  'http.bad_cursor': {
    vi: 'Vị trí trang (cursor) không hợp lệ. Hãy tải lại danh sách từ đầu.',
    en: 'The page position (cursor) is not valid. Load the list again from the start.',
  },
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
  isIso8601: { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Must be a date (YYYY-MM-DD).' },
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
  isPlainText: {
    vi: 'Chỉ nhập chữ thường: không bắt đầu bằng =, +, -, @ và không chứa ký tự điều khiển.',
    en: 'Plain text only: it may not start with =, +, -, @ or contain control characters.',
  },
  notEqualsCurrent: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' },
};

/**
 * A domain keeps its own messages in its folder and registers them when its module loads
 * (`registerMessages({ 'delivery.class_full': { vi, en } })`). A code registered twice is a
 * mistake and throws at start.
 */
export function registerMessages(entries: Record<string, { vi: string; en: string }>): void {
  for (const [code, text] of Object.entries(entries)) {
    if (code in MESSAGES && MESSAGES[code] !== text) throw new Error(`message ${code} is registered twice`);
    MESSAGES[code] = text;
  }
}

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

/** The person's language from a request's Accept-Language (the web app sends the person's choice). */
export const RequestLang = createParamDecorator((_data: unknown, ctx: ExecutionContext): Lang =>
  pickLang(ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['accept-language']),
);

export function pickLang(acceptLanguage: string | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'vi';
}
