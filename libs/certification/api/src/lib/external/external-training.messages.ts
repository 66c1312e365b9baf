import { registerMessages } from '@cds/api/common';

/** Refusals of training done elsewhere, Vietnamese first. Imported by the module, so they exist whenever it loads. */
registerMessages({
  'external_training.not_found': { vi: 'Không tìm thấy bản ghi đào tạo bên ngoài (mã {id}).', en: 'External training record {id} not found.' },
  'external_training.person_not_found': { vi: 'Không tìm thấy người này (mã {id}).', en: 'Person {id} not found.' },
  'external_training.outside_scope': {
    vi: 'Người này thuộc đơn vị nằm ngoài phạm vi bạn được giao công nhận kết quả đào tạo.',
    en: 'This person belongs to a unit outside the part of the organisation you certify.',
  },
  'external_training.own_record': {
    vi: 'Bạn không thể tự ghi nhận hoặc công nhận kết quả đào tạo của chính mình; hãy nhờ một người có thẩm quyền khác.',
    en: 'You cannot record or recognise your own training; ask another certifier.',
  },
  'external_training.evidence_required': {
    vi: 'Cần đính kèm minh chứng (giấy chứng nhận, quyết định hoặc danh sách hoàn thành; tệp PDF hoặc ảnh) trong trường “evidence”.',
    en: 'Attach the evidence (a certificate, decision or list of completions; a PDF or an image) in the field "evidence".',
  },
  'external_training.unknown_course': { vi: 'Không tìm thấy khóa học (mã {id}).', en: 'Course {id} not found.' },
  'external_training.future_date': { vi: 'Ngày hoàn thành {value} ở tương lai.', en: 'The completion date {value} is in the future.' },
  'external_training.duplicate': {
    vi: 'Khóa “{title}” hoàn thành ngày {date} của người này đã được ghi nhận trước đó.',
    en: 'The course "{title}" completed on {date} is already recorded for this person.',
  },
  'external_training.concurrent_change': {
    vi: 'Bản ghi vừa được người khác thay đổi; vui lòng tải lại và thử lại.',
    en: 'Someone else just changed this record; reload and try again.',
  },
  'external_training.bad_form': { vi: 'Dữ liệu gửi lên phải là biểu mẫu nhiều phần (multipart/form-data).', en: 'The request must be multipart/form-data.' },
  'external_training.import_no_file': { vi: 'Chưa chọn tệp Excel danh sách (trường “file”).', en: 'No Excel list was sent (field "file").' },
  'external_training.import_bad_file_type': { vi: 'Chỉ nhận tệp Excel .xlsx; hãy dùng tệp mẫu.', en: 'Only .xlsx Excel files are accepted; start from the template.' },
  'external_training.import_unreadable': { vi: 'Không đọc được tệp Excel; hãy dùng tệp mẫu.', en: 'The Excel file cannot be read; start from the template.' },
  'external_training.import_person_required': {
    vi: 'Cần “Họ và tên” hoặc “Thư điện tử” để xác định người học.',
    en: '"Họ và tên" (full name) or "Thư điện tử" (email) is needed to find the person.',
  },
  'external_training.import_unknown_email': {
    vi: 'Không tìm thấy người có thư điện tử “{value}” trong phạm vi bạn quản lý.',
    en: 'No one with the email "{value}" in the part of the organisation you certify.',
  },
  'external_training.import_unknown_name': {
    vi: 'Không tìm thấy người tên “{value}” trong phạm vi bạn quản lý.',
    en: 'No one named "{value}" in the part of the organisation you certify.',
  },
  'external_training.import_ambiguous_name': {
    vi: 'Có {count} người tên “{value}” trong phạm vi bạn quản lý; hãy ghi thêm thư điện tử.',
    en: '{count} people are named "{value}" in the part of the organisation you certify; add the email.',
  },
  'external_training.import_own': { vi: 'Bạn không thể tự ghi nhận kết quả đào tạo của chính mình.', en: 'You cannot record your own training.' },
  'external_training.import_bad_hours': { vi: 'Số giờ “{value}” không hợp lệ (số nguyên từ 1 đến 1000).', en: 'Hours "{value}" is not valid (a whole number from 1 to 1000).' },
  'external_training.import_unknown_course': { vi: 'Không tìm thấy khóa học có mã “{value}”.', en: 'No course has the code "{value}".' },
  'external_training.import_duplicate_row': {
    vi: 'Trùng với dòng {row} (cùng người, cùng khóa học, cùng ngày hoàn thành).',
    en: 'Repeats row {row} (same person, course title and completion date).',
  },
  'external_training.import_exists': {
    vi: 'Khóa “{title}” hoàn thành ngày {date} của {name} đã được ghi nhận trước đó.',
    en: 'The course "{title}" completed on {date} is already recorded for {name}.',
  },
});
