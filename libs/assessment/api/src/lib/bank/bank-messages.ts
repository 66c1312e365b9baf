import { registerMessages } from '@cds/api/common';

/** The question bank's refusals, Vietnamese first. Imported by the module, so they exist whenever it loads. */
registerMessages({
  'assessment.course_not_found': { vi: 'Không tìm thấy khóa học (mã {id}).', en: 'Course {id} not found.' },
  'assessment.question_not_found': { vi: 'Không tìm thấy câu hỏi (mã {id}).', en: 'Question {id} not found.' },
  'assessment.question_invalid': { vi: 'Câu hỏi chưa hợp lệ: {problems}', en: 'The question is not valid: {problems}' },
  'assessment.question_shape': {
    vi: 'Dữ liệu câu hỏi không đúng định dạng hoặc quá dài (trường “{field}”).',
    en: 'The question data is malformed or too long (field "{field}").',
  },
  'assessment.question_changed': {
    vi: 'Câu hỏi vừa được người khác sửa. Hãy tải lại trang để xem phiên bản mới rồi sửa tiếp.',
    en: 'Someone else has just edited this question. Reload the page to see the new version, then edit again.',
  },
  'assessment.import_format': { vi: 'Định dạng nhập phải là gift, aiken hoặc xlsx.', en: 'The import format must be gift, aiken or xlsx.' },
  'assessment.import_no_text': {
    vi: 'Chưa có nội dung để nhập: hãy gửi một tệp (trường “file”) hoặc văn bản (trường “text”).',
    en: 'Nothing to import: send a file (field "file") or text (field "text").',
  },
  'assessment.import_not_text': {
    vi: 'Tệp không phải văn bản UTF-8; hãy lưu tệp GIFT/Aiken ở dạng văn bản UTF-8.',
    en: 'The file is not UTF-8 text; save the GIFT/Aiken file as UTF-8 text.',
  },
  'assessment.import_too_large': { vi: 'Tệp nhập quá lớn (tối đa {max} MB).', en: 'The import file is too large (at most {max} MB).' },
  'assessment.import_too_many': {
    vi: 'Mỗi lần nhập được tối đa {max} câu hỏi; tệp có {count} câu. Hãy chia thành nhiều tệp.',
    en: 'An import holds at most {max} questions; the file has {count}. Split it into several files.',
  },
  'assessment.import_empty': { vi: 'Không có câu hỏi nào để lưu.', en: 'There are no questions to save.' },
  'assessment.import_invalid': {
    vi: 'Câu hỏi thứ {number} chưa hợp lệ, chưa câu nào được lưu: {problems}',
    en: 'Question {number} is not valid; nothing was saved: {problems}',
  },
  'assessment.import_question_invalid': { vi: 'Câu hỏi “{name}” chưa hợp lệ: {problems}', en: 'The question "{name}" is not valid: {problems}' },
});
