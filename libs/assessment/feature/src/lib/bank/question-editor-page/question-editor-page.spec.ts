import { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { QuestionBody } from '@cds/contracts';
import { bankTestProviders, detailOf, refuse, SAMPLE_BODIES, text } from '../testing/bank-test-setup';
import { QuestionEditorPage } from './question-editor-page';

/** A request to this path, whatever its query. */
const to = (method: string, path: string) => (req: HttpRequest<unknown>) => req.method === method && req.url === path;

describe('QuestionEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<QuestionEditorPage>;
  let el: HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 1));
    await fixture.whenStable();
  };
  const field = <T extends HTMLElement = HTMLInputElement>(selector: string, root: ParentNode = el) => root.querySelector(selector) as T;
  const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const choose = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  /** The fields of the answer-key section named by their label, in order. */
  const answerInputs = (label: string) =>
    [...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-testid="answer-key"] mat-form-field')]
      .filter((f) => text(f.querySelector('mat-label')) === label)
      .map((f) => f.querySelector('input, textarea, select') as HTMLInputElement);
  const button = (label: string) =>
    [...el.querySelectorAll('button')].find((b) => text(b) === label || b.getAttribute('aria-label') === label) as HTMLButtonElement;
  const save = async () => {
    field<HTMLButtonElement>('[data-testid="save"]').click();
    await settle();
  };

  async function open(inputs: { courseId?: string; id?: string }, previewDebounceMs?: number) {
    TestBed.configureTestingModule({ imports: [QuestionEditorPage], providers: bankTestProviders(previewDebounceMs) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuestionEditorPage);
    el = fixture.nativeElement;
    for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
    await settle();
  }

  async function edit(body: QuestionBody, previewDebounceMs?: number) {
    await open({ id: '7' }, previewDebounceMs);
    http.expectOne('/api/questions/7').flush(detailOf(body));
    await settle();
  }

  afterEach(() => http.verify());

  describe('a new question', () => {
    it('builds a single-choice question from its fields and creates it in the course, then opens it', async () => {
      await open({ courseId: '5' });
      const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
      expect(text(el.querySelector('h1'))).toBe('Thêm câu hỏi');
      type(field('[data-testid="name"]'), 'Thư điện tử công vụ');
      type(field<HTMLTextAreaElement>('[data-testid="text"]'), 'Địa chỉ thư công vụ của tỉnh có đuôi nào?');
      type(field('[data-testid="points"]'), '1,5');
      type(field('[data-testid="tags"]'), 'thư điện tử, công vụ');
      const texts = answerInputs('Nội dung phương án');
      ['@namdinh.gov.vn', '@gmail.com', '@yahoo.com', '@hotmail.com'].forEach((t, i) => type(texts[i], t));
      type(answerInputs('Nhận xét khi chọn phương án này')[1], 'Không dùng thư cá nhân cho công vụ.');
      button('Xóa phương án 4').click();
      await settle();
      await save();

      const req = http.expectOne(to('POST', '/api/courses/5/questions'));
      expect(req.request.body).toEqual({
        type: 'single_choice',
        name: 'Thư điện tử công vụ',
        text: 'Địa chỉ thư công vụ của tỉnh có đuôi nào?',
        generalFeedback: '',
        points: 1.5,
        tags: ['thư điện tử', 'công vụ'],
        options: [
          { id: 'a', text: '@namdinh.gov.vn', weight: 100, feedback: '' },
          { id: 'b', text: '@gmail.com', weight: 0, feedback: 'Không dùng thư cá nhân cho công vụ.' },
          { id: 'c', text: '@yahoo.com', weight: 0, feedback: '' },
        ],
      });
      req.flush(detailOf(req.request.body as QuestionBody, { id: 12, version: 1 }));
      await settle();
      expect(navigate).toHaveBeenCalledWith(['/assessment/questions', 12], { replaceUrl: true });
    });

    it('shows the form of the chosen type and builds its body: true/false', async () => {
      await open({ courseId: '5' });
      choose(field<HTMLSelectElement>('[data-testid="type"]'), 'true_false');
      await settle();
      expect(text(el.querySelector('#answer-key-heading'))).toBe('Đáp án – Đúng / Sai');
      type(field<HTMLTextAreaElement>('[data-testid="text"]'), 'Mã OTP có thể đọc cho người khác qua điện thoại.');
      field<HTMLInputElement>('[data-testid="tf-correct"] input[type=radio][value="false"]').click();
      type(answerInputs('Nhận xét khi học viên chọn “Đúng”')[0], 'Không bao giờ đọc mã OTP cho ai.');
      await save();
      expect(http.expectOne(to('POST', '/api/courses/5/questions')).request.body).toEqual({
        type: 'true_false',
        name: '',
        text: 'Mã OTP có thể đọc cho người khác qua điện thoại.',
        generalFeedback: '',
        points: 1,
        tags: [],
        correct: false,
        feedbackTrue: 'Không bao giờ đọc mã OTP cho ai.',
        feedbackFalse: '',
      });
    });

    it('builds a numeric question with a range answer and a short-answer question with its options', async () => {
      await open({ courseId: '5' });
      type(field<HTMLTextAreaElement>('[data-testid="text"]'), 'Mất bao nhiêu ngày?');
      choose(field<HTMLSelectElement>('[data-testid="type"]'), 'numeric');
      await settle();
      type(answerInputs('Giá trị đúng')[0], '7');
      button('Thêm đáp án').click();
      await settle();
      choose(answerInputs('Cách chấm')[1] as unknown as HTMLSelectElement, 'range');
      await settle();
      type(answerInputs('Từ')[0], '5,5');
      type(answerInputs('Đến')[0], '8');
      type(answerInputs('Tỷ lệ điểm (%)')[1], '50');
      await save();
      const numeric = http.expectOne(to('POST', '/api/courses/5/questions'));
      expect(numeric.request.body).toMatchObject({
        type: 'numeric',
        answers: [
          { kind: 'tolerance', value: 7, tolerance: 0, weight: 100, feedback: '' },
          { kind: 'range', min: 5.5, max: 8, weight: 50, feedback: '' },
        ],
      });
      refuse(numeric, 422, 'assessment.question_invalid', 'Câu hỏi chưa hợp lệ.');
      await settle();

      choose(field<HTMLSelectElement>('[data-testid="type"]'), 'short_answer');
      await settle();
      type(answerInputs('Câu trả lời được chấp nhận')[0], 'bảy ngày');
      const diacritics = [...el.querySelectorAll('mat-checkbox')].find((c) => text(c).startsWith('Chấp nhận câu trả lời gõ không dấu'));
      (diacritics?.querySelector('input') as HTMLInputElement).click();
      await save();
      expect(http.expectOne(to('POST', '/api/courses/5/questions')).request.body).toEqual({
        type: 'short_answer',
        name: '',
        text: 'Mất bao nhiêu ngày?',
        generalFeedback: '',
        points: 1,
        tags: [],
        answers: [{ text: 'bảy ngày', weight: 100, feedback: '' }],
        caseSensitive: false,
        ignoreDiacritics: true,
      });
    });

    it('builds a matching question with a distractor, and an essay with its rubric', async () => {
      await open({ courseId: '5' });
      type(field<HTMLTextAreaElement>('[data-testid="text"]'), 'Ghép đôi.');
      choose(field<HTMLSelectElement>('[data-testid="type"]'), 'matching');
      await settle();
      ['VNeID', 'iHanoi', 'DVC'].forEach((t, i) => type(answerInputs('Vế trái')[i], t));
      ['Định danh', 'Ứng dụng Hà Nội', 'Dịch vụ công'].forEach((t, i) => type(answerInputs('Vế phải (đáp án ghép đúng)')[i], t));
      button('Thêm đáp án gây nhiễu').click();
      await settle();
      type(answerInputs('Đáp án gây nhiễu 1')[0], 'Thương mại điện tử');
      await save();
      const matching = http.expectOne(to('POST', '/api/courses/5/questions'));
      expect(matching.request.body).toMatchObject({
        type: 'matching',
        pairs: [
          { id: 'a', prompt: 'VNeID', answer: 'Định danh' },
          { id: 'b', prompt: 'iHanoi', answer: 'Ứng dụng Hà Nội' },
          { id: 'c', prompt: 'DVC', answer: 'Dịch vụ công' },
        ],
        distractors: ['Thương mại điện tử'],
      });
      refuse(matching, 422, 'assessment.question_invalid', 'Câu hỏi chưa hợp lệ.');
      await settle();

      choose(field<HTMLSelectElement>('[data-testid="type"]'), 'essay');
      await settle();
      type(field<HTMLTextAreaElement>('[data-testid="rubric"]'), 'Nêu đủ ba ý.');
      type(answerInputs('Số từ tối đa')[0], '300');
      await save();
      expect(http.expectOne(to('POST', '/api/courses/5/questions')).request.body).toEqual({
        type: 'essay',
        name: '',
        text: 'Ghép đôi.',
        generalFeedback: '',
        points: 1,
        tags: [],
        rubric: 'Nêu đủ ba ý.',
        maxWords: 300,
      });
    });

    it('sends nothing while a field is not valid, and marks the fields', async () => {
      await open({ courseId: '5' });
      type(field('[data-testid="points"]'), '0');
      await save();
      http.expectNone(to('POST', '/api/courses/5/questions'));
      expect(text(el.querySelector('[data-testid="fix-first"]'))).toContain('Còn ô chưa hợp lệ');
      const errors = [...el.querySelectorAll('mat-error')].map((e) => text(e));
      expect(errors).toContain('Điểm là số lớn hơn 0 và không quá 1000.');
      // The option fields live in their own component: their errors show too.
      expect(errors.filter((e) => e === 'Vui lòng nhập thông tin này.').length).toBe(5);
    });
  });

  describe('an existing question', () => {
    it('shows the version read, its fields and its rendered text; the type is fixed', async () => {
      await edit(SAMPLE_BODIES.single_choice);
      expect(text(el.querySelector('h1'))).toBe('Sửa câu hỏi: Mật khẩu mạnh');
      expect(text(el.querySelector('[data-testid="version"]'))).toContain('Phiên bản 3, lưu lúc');
      expect(text(el.querySelector('[data-testid="type-fixed"]'))).toBe('Loại câu hỏi: Trắc nghiệm một đáp án');
      expect(el.querySelector('[data-testid="type"]')).toBeNull();
      expect(field('[data-testid="tags"]').value).toBe('an toàn thông tin, mật khẩu');
      expect(answerInputs('Trọng số (%)').map((i) => i.value)).toEqual(['0', '100', '0']);
      expect(el.querySelector('[data-testid="preview"]')?.innerHTML).toBe('<p>Mật khẩu nào **mạnh** nhất?</p>');
      expect(text(el.querySelector('[data-testid="save-status"]'))).toBe('');
    });

    it('saves a new version on top of the version read and shows the new version', async () => {
      await edit(SAMPLE_BODIES.single_choice);
      type(answerInputs('Trọng số (%)')[0], '-25');
      await settle();
      expect(text(el.querySelector('[data-testid="save-status"]'))).toBe('Có thay đổi chưa lưu.');
      await save();
      const req = http.expectOne(to('PUT', '/api/questions/7'));
      expect(req.request.params.get('baseVersion')).toBe('3');
      const body = req.request.body as typeof SAMPLE_BODIES.single_choice;
      expect(body.options[0]).toEqual({ id: 'a', text: '123456', weight: -25, feedback: 'Quá dễ đoán.' });
      req.flush(detailOf(body, { version: 4, versionId: 71 }));
      await settle();
      expect(text(el.querySelector('[data-testid="version"]'))).toContain('Phiên bản 4');
      expect(text(el.querySelector('[data-testid="save-status"]'))).toBe('Đã lưu phiên bản 4.');
      // The form keeps what was saved (no field is drawn again under the author's cursor).
      expect(answerInputs('Trọng số (%)').map((i) => i.value)).toEqual(['-25', '100', '0']);
      await save();
      expect(http.expectOne(to('PUT', '/api/questions/7')).request.params.get('baseVersion')).toBe('4');
    });

    it("shows the API's words when the question is not valid (422), beside the form", async () => {
      await edit(SAMPLE_BODIES.multiple_choice);
      await save();
      refuse(
        http.expectOne(to('PUT', '/api/questions/7')),
        422,
        'assessment.question_invalid',
        'Câu hỏi chưa hợp lệ: Tổng trọng số dương của các phương án đúng phải bằng 100%.',
      );
      await settle();
      const alert = el.querySelector('form [role="alert"]');
      expect(text(alert)).toBe('Câu hỏi chưa hợp lệ: Tổng trọng số dương của các phương án đúng phải bằng 100%.');
      expect(el.querySelector('[data-testid="conflict"]')).toBeNull();
      expect(field<HTMLButtonElement>('[data-testid="save"]').disabled).toBe(false);
    });

    it('says someone else saved a newer version (409) and loads it when asked', async () => {
      await edit(SAMPLE_BODIES.essay);
      type(field<HTMLTextAreaElement>('[data-testid="rubric"]'), 'Hướng dẫn của tôi');
      await save();
      refuse(http.expectOne(to('PUT', '/api/questions/7')), 409, 'assessment.question_changed', 'Câu hỏi vừa được người khác sửa.');
      await settle();
      expect(text(el.querySelector('[data-testid="conflict"]'))).toContain('một người khác đã lưu phiên bản mới hơn của câu hỏi này');
      expect(field<HTMLButtonElement>('[data-testid="save"]').disabled).toBe(true);
      // What was typed stays until the person asks for the newer version.
      expect(field<HTMLTextAreaElement>('[data-testid="rubric"]').value).toBe('Hướng dẫn của tôi');

      field<HTMLButtonElement>('[data-testid="reload"]').click();
      await settle();
      http.expectOne('/api/questions/7').flush(detailOf({ ...SAMPLE_BODIES.essay, rubric: 'Hướng dẫn mới của đồng nghiệp' }, { version: 5, versionId: 75 }));
      await settle();
      expect(el.querySelector('[data-testid="conflict"]')).toBeNull();
      expect(text(el.querySelector('[data-testid="version"]'))).toContain('Phiên bản 5');
      expect(field<HTMLTextAreaElement>('[data-testid="rubric"]').value).toBe('Hướng dẫn mới của đồng nghiệp');
      await save();
      expect(http.expectOne(to('PUT', '/api/questions/7')).request.params.get('baseVersion')).toBe('5');
    });

    it('asks for the preview once the author stops typing, with the last text only, and keeps the last one when it fails', async () => {
      await edit(SAMPLE_BODIES.true_false, 50);
      const textarea = field<HTMLTextAreaElement>('[data-testid="text"]');
      type(textarea, 'Nên dùng');
      await new Promise((r) => setTimeout(r, 20));
      type(textarea, 'Nên dùng **hai** lớp xác thực?');
      await new Promise((r) => setTimeout(r, 30));
      http.expectNone('/api/markdown/preview');
      await new Promise((r) => setTimeout(r, 40));
      const req = http.expectOne('/api/markdown/preview');
      expect(req.request.body).toEqual({ markdown: 'Nên dùng **hai** lớp xác thực?' });
      await settle();
      expect(el.querySelector('[data-testid="previewing"]')).not.toBeNull();
      req.flush({ html: '<p>Nên dùng <strong>hai</strong> lớp xác thực?</p>' });
      await settle();
      expect(el.querySelector('[data-testid="preview"]')?.innerHTML).toBe('<p>Nên dùng <strong>hai</strong> lớp xác thực?</p>');

      type(textarea, 'Nên dùng ba?');
      await new Promise((r) => setTimeout(r, 70));
      http.expectOne('/api/markdown/preview').flush({ statusCode: 500, error: 'x', message: 'x' }, { status: 500, statusText: 'x' });
      await settle();
      expect(el.querySelector('[data-testid="preview"]')?.innerHTML).toBe('<p>Nên dùng <strong>hai</strong> lớp xác thực?</p>');
      expect(el.textContent).toContain('Chưa tạo được bản xem trước.');
    });

    it('says when the question does not exist', async () => {
      await open({ id: '99' });
      refuse(http.expectOne('/api/questions/99'), 404, 'assessment.question_not_found', 'Không tìm thấy câu hỏi (mã 99).');
      await settle();
      expect(text(el.querySelector('[role="alert"]'))).toBe('Không tìm thấy câu hỏi (mã 99).');
      expect(el.querySelector('form')).toBeNull();
    });
  });
});
