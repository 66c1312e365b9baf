import { registerMessages } from '@cds/api/common';

/** The catalogue's refusals, Vietnamese first. Imported by the module, so they exist whenever it loads. */
registerMessages({
  'catalogue.code_taken': { vi: 'Mã khóa học {code} đã được dùng cho khóa học khác.', en: 'The course code {code} is already used by another course.' },
  'catalogue.course_not_published': { vi: 'Khóa học này chưa được công bố.', en: 'This course has not been published yet.' },
  'catalogue.no_draft': {
    vi: 'Khóa học không có bản nháp nào đang soạn; hãy mở bản nháp mới từ phiên bản đã công bố.',
    en: 'The course has no draft being edited; open a new draft from the published version.',
  },
  'catalogue.not_draft': {
    vi: 'Chỉ được sửa bản nháp; phiên bản này đã được công bố. Hãy tải lại trang.',
    en: 'Only a draft can be edited; this version has been published. Reload the page.',
  },
  'catalogue.empty_course': {
    vi: 'Khóa học chưa có bài học nào; hãy thêm ít nhất một bài học trước khi công bố.',
    en: 'The course has no lessons yet; add at least one lesson before publishing.',
  },
  'catalogue.module_not_empty': {
    vi: 'Chuyên đề còn {count} bài học; hãy xóa hoặc chuyển các bài học trước.',
    en: 'The module still has {count} lessons; delete them first.',
  },
  'catalogue.bad_order': {
    vi: 'Thứ tự mới phải liệt kê mỗi mục đúng một lần. Hãy tải lại trang và thử lại.',
    en: 'The new order must list every item exactly once. Reload the page and try again.',
  },
  'catalogue.video_url': {
    vi: 'Đường dẫn video phải bắt đầu bằng http:// hoặc https://.',
    en: 'The video link must start with http:// or https://.',
  },
  'catalogue.lesson_too_long': {
    vi: 'Nội dung bài học quá dài; hãy chia thành nhiều bài học.',
    en: 'The lesson text is too long; split it into several lessons.',
  },
  'catalogue.no_file': { vi: 'Chưa chọn tệp.', en: 'No file was sent.' },
});
