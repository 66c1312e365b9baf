import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CourseVersionDto, QuestionSummary } from '@cds/contracts';
import { bankTestProviders, refuse, text } from '../testing/bank-test-setup';
import { QuestionListPage } from './question-list-page';

const summary = (id: number, over: Partial<QuestionSummary> = {}): QuestionSummary => ({
  id,
  courseId: 5,
  version: 1,
  type: 'single_choice',
  name: `Câu ${id}`,
  tags: [],
  excerpt: `Nội dung câu ${id}`,
  updatedAt: '2026-11-20T03:00:00Z',
  ...over,
});

const course: CourseVersionDto = {
  courseId: 5,
  id: 51,
  version: 1,
  state: 'published',
  code: 'CDS-05',
  title: 'An toàn thông tin cho cán bộ xã',
  summary: '',
  topicArea: 'information_security',
  hours: 8,
  seatFunctions: [],
  publishedAt: '2026-01-05T02:00:00Z',
  modules: [],
};

describe('QuestionListPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<QuestionListPage>;
  let el: HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 1));
    await fixture.whenStable();
  };
  /** Each row's cells, " | " between them. */
  const rows = () => [...el.querySelectorAll('[data-testid="questions"] tr.mat-mdc-row')].map((r) => [...r.querySelectorAll('td')].map((td) => text(td)).join(' | '));
  const listRequest = (tag?: string) =>
    http.expectOne((r) => r.url === '/api/courses/5/questions' && (tag === undefined ? !r.params.has('tag') : r.params.get('tag') === tag));

  async function open(questions: QuestionSummary[]) {
    TestBed.configureTestingModule({ imports: [QuestionListPage], providers: bankTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuestionListPage);
    el = fixture.nativeElement;
    fixture.componentRef.setInput('courseId', '5');
    await settle();
    refuse(http.expectOne('/api/courses/5/draft'), 404, 'catalogue.no_draft', 'Khóa học chưa có bản nháp.');
    http.expectOne('/api/courses/5').flush(course);
    listRequest().flush(questions);
    await settle();
  }

  afterEach(() => http.verify());

  it("lists the course's questions with their type, tags and version, and links to add, import and edit", async () => {
    await open([
      summary(7, { type: 'true_false', name: 'Mật khẩu', tags: ['mật khẩu', 'an toàn thông tin'], version: 3, excerpt: 'Nên dùng một mật khẩu cho mọi tài khoản?' }),
      summary(8, { type: 'essay', name: '', tags: [] }),
    ]);
    expect(text(el.querySelector('h1'))).toBe('Ngân hàng câu hỏi');
    expect(text(el.querySelector('[data-testid="course"]'))).toBe('Khóa học CDS-05 – An toàn thông tin cho cán bộ xã');
    expect(rows()).toEqual([
      'Mật khẩuNên dùng một mật khẩu cho mọi tài khoản? | Đúng / Sai | mật khẩuan toàn thông tin | 3',
      'Câu hỏi 8Nội dung câu 8 | Tự luận |  | 1',
    ]);
    expect(text(el.querySelector('caption'))).toContain('(2 câu hỏi)');
    const links = [...el.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Quay lại khóa học', '/catalogue/5'],
      ['Thêm câu hỏi', '/assessment/courses/5/questions/new'],
      ['Nhập câu hỏi', '/assessment/courses/5/questions/import'],
      ['Bài kiểm tra', '/assessment/courses/5/quizzes'],
      ['Mật khẩu', '/assessment/questions/7'],
      ['Câu hỏi 8', '/assessment/questions/8'],
    ]);
  });

  it('filters by a typed tag on the server, by a tag pressed in a row, and clears the filter', async () => {
    await open([summary(7, { tags: ['mật khẩu'] }), summary(8, { tags: ['dịch vụ công'] })]);
    const input = el.querySelector('[data-testid="tag-filter"]') as HTMLInputElement;
    input.value = ' dịch vụ công ';
    input.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 350));
    listRequest('dịch vụ công').flush([summary(8, { tags: ['dịch vụ công'] })]);
    await settle();
    expect(rows().length).toBe(1);
    expect(text(el.querySelector('caption'))).toContain('Các câu hỏi mang thẻ “dịch vụ công”.');

    (el.querySelector('[data-testid="clear-filter"]') as HTMLButtonElement).click();
    await settle();
    listRequest().flush([summary(7, { tags: ['mật khẩu'] }), summary(8, { tags: ['dịch vụ công'] })]);
    await settle();
    expect(input.value).toBe('');

    (el.querySelector('button[aria-label="Lọc theo thẻ “mật khẩu”"]') as HTMLButtonElement).click();
    await settle();
    listRequest('mật khẩu').flush([]);
    await settle();
    expect(input.value).toBe('mật khẩu');
    expect(text(el.querySelector('[data-testid="questions"] .empty'))).toBe('Không có câu hỏi nào mang thẻ “mật khẩu”.');
  });

  it('says the bank is empty', async () => {
    await open([]);
    expect(text(el.querySelector('[data-testid="questions"] .empty'))).toBe('Khóa học chưa có câu hỏi nào. Hãy thêm hoặc nhập câu hỏi.');
  });

  it('exports the bank as GIFT under the name the API gives, and shows a refusal', async () => {
    await open([summary(7)]);
    const created = jest.fn(() => 'blob:gift');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('cau-hoi-cds-05.gift');
    });
    const exportButton = el.querySelector('[data-testid="export"]') as HTMLButtonElement;
    exportButton.click();
    await settle();
    expect(text(exportButton)).toBe('Đang xuất…');
    http
      .expectOne('/api/courses/5/questions/export.gift')
      .flush(new Blob(['::Câu 7:: Nội dung {T}']), { headers: { 'Content-Disposition': 'attachment; filename="cau-hoi-cds-05.gift"' } });
    await settle();
    expect([created.mock.calls.length, clicked.mock.calls.length, text(exportButton)]).toEqual([1, 1, 'Xuất GIFT']);

    exportButton.click();
    await settle();
    // A download's refusal arrives as bytes: the page says what the status means.
    http.expectOne('/api/courses/5/questions/export.gift').flush(new Blob(['{"statusCode":404}']), { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text(el.querySelector('[role="alert"]'))).toBe('Không tìm thấy dữ liệu yêu cầu.');
    clicked.mockRestore();
  });
});
