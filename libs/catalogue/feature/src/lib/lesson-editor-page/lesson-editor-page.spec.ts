import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { CourseVersionDto, LessonDto } from '@cds/contracts';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { CATALOGUE_WORDS } from '../i18n/catalogue-words';
import { formatFileSize, LessonEditorPage } from './lesson-editor-page';

const version = (state: 'draft' | 'published', lessonId: number): CourseVersionDto => ({
  courseId: 5,
  id: state === 'draft' ? 52 : 51,
  version: state === 'draft' ? 2 : 1,
  state,
  code: 'CDS-01',
  title: 'Chuyển đổi số cơ bản',
  summary: '',
  topicArea: 'cds_knowledge',
  hours: 8,
  seatFunctions: [],
  publishedAt: state === 'published' ? '2026-01-05T02:00:00Z' : null,
  modules: [{ id: 1, position: 1, title: 'Nhập môn', lessons: [{ id: lessonId, position: 1, title: 'Bài mở đầu', minutes: 30, hasVideo: false, fileCount: 1 }] }],
});

const lesson: LessonDto = {
  id: 11,
  moduleId: 1,
  position: 1,
  title: 'Bài mở đầu',
  minutes: 30,
  markdown: '# Mở đầu',
  html: '<h1>Mở đầu</h1>',
  videoUrl: null,
  files: [{ id: 7, fileName: 'Slide.pdf', contentType: 'application/pdf', size: 1536 }],
};

const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code }, { status, statusText: 'Refused' });

describe('LessonEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LessonEditorPage>;
  let el: HTMLElement;
  let fake = false;
  const settle = async () => {
    if (fake) await jest.advanceTimersByTimeAsync(1);
    else await new Promise((r) => setTimeout(r, 1));
    await fixture.whenStable();
  };
  const textarea = () => el.querySelector('[data-testid="markdown"]') as HTMLTextAreaElement;
  const type = (text: string) => {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input'));
  };

  async function open(draft: boolean) {
    TestBed.configureTestingModule({
      imports: [LessonEditorPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideTranslations(CATALOGUE_WORDS),
        provideNoopAnimations(),
        provideRouter([]),
        provideDirectoryIcons(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LessonEditorPage);
    el = fixture.nativeElement;
    fixture.componentRef.setInput('id', '5');
    fixture.componentRef.setInput('lessonId', '11');
    await settle();
    const draftReq = http.expectOne('/api/courses/5/draft');
    if (draft) draftReq.flush(version('draft', 11));
    else refuse(draftReq, 404, 'catalogue.no_draft', 'Khóa học chưa có bản nháp.');
    http.expectOne('/api/courses/5').flush(version('published', draft ? 1011 : 11));
    http.expectOne('/api/lessons/11').flush(lesson);
    await settle();
  }

  afterEach(() => {
    http.verify();
    if (fake) jest.useRealTimers();
    fake = false;
  });

  it('shows the lesson of the draft, editable, with its saved preview and files', async () => {
    await open(true);
    expect(el.querySelector('h1')?.textContent).toContain('Bài học: Bài mở đầu');
    expect(el.textContent).toContain('Chuyên đề 1: Nhập môn');
    expect(textarea().value).toBe('# Mở đầu');
    expect(textarea().disabled).toBe(false);
    expect(el.querySelector('[data-testid="preview"]')?.innerHTML).toBe('<h1>Mở đầu</h1>');
    expect(el.querySelector('[data-testid="files"]')?.textContent).toContain('Slide.pdf');
    expect(el.querySelector('[data-testid="read-only"]')).toBeNull();
    expect(el.querySelector('input[type=file]')?.getAttribute('accept')).toBe('.pdf,.pptx,.docx,.png,.jpg,.jpeg,.webp');
  });

  it('asks for the preview once the author stops typing for 400 ms, with the last text only, and shows the HTML', async () => {
    jest.useFakeTimers();
    fake = true;
    await open(true);
    type('# Mở đầu\n\nChuyển');
    await jest.advanceTimersByTimeAsync(300);
    type('# Mở đầu\n\nChuyển đổi');
    await jest.advanceTimersByTimeAsync(300);
    type('# Mở đầu\n\nChuyển đổi **số**');
    await jest.advanceTimersByTimeAsync(390);
    http.expectNone('/api/markdown/preview');

    await jest.advanceTimersByTimeAsync(20);
    const req = http.expectOne('/api/markdown/preview');
    expect(req.request.body).toEqual({ markdown: '# Mở đầu\n\nChuyển đổi **số**' });
    await settle();
    expect(el.querySelector('[data-testid="previewing"]')).not.toBeNull();
    req.flush({ html: '<h1>Mở đầu</h1><p>Chuyển đổi <strong>số</strong></p>' });
    await settle();
    expect(el.querySelector('[data-testid="preview"]')?.innerHTML).toBe('<h1>Mở đầu</h1><p>Chuyển đổi <strong>số</strong></p>');
    expect(el.querySelector('[data-testid="previewing"]')).toBeNull();
    expect(el.querySelector('[data-testid="save-status"]')?.textContent?.trim()).toBe('Có thay đổi chưa lưu.');
  });

  it('cancels a preview in flight when newer text comes, and keeps the last preview when one fails', async () => {
    jest.useFakeTimers();
    fake = true;
    await open(true);
    type('một');
    await jest.advanceTimersByTimeAsync(400);
    const first = http.expectOne('/api/markdown/preview');
    type('một hai');
    await jest.advanceTimersByTimeAsync(400);
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/markdown/preview').flush({ html: '<p>một hai</p>' });
    type('một hai ba');
    await jest.advanceTimersByTimeAsync(400);
    http.expectOne('/api/markdown/preview').flush({ statusCode: 500, error: 'x', message: 'x' }, { status: 500, statusText: 'x' });
    await settle();
    expect(el.querySelector('[data-testid="preview"]')?.innerHTML).toBe('<p>một hai</p>');
    expect(el.textContent).toContain('Chưa tạo được bản xem trước.');
  });

  it('saves the fields and says it is saved', async () => {
    await open(true);
    type('## Nội dung mới');
    const title = el.querySelector('input[formcontrolname="title"]') as HTMLInputElement;
    title.value = 'Bài mở đầu (sửa)';
    title.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="save-lesson"]') as HTMLButtonElement).click();
    await settle();
    const req = http.expectOne('/api/lessons/11');
    expect([req.request.method, req.request.body]).toEqual(['PATCH', { title: 'Bài mở đầu (sửa)', minutes: 30, markdown: '## Nội dung mới', videoUrl: null }]);
    expect(el.querySelector('[data-testid="save-status"]')?.textContent?.trim()).toBe('Đang lưu…');
    req.flush({ ...lesson, title: 'Bài mở đầu (sửa)', markdown: '## Nội dung mới', html: '<h2>Nội dung mới</h2>' });
    await settle();
    expect(el.querySelector('[data-testid="save-status"]')?.textContent?.trim()).toBe('Đã lưu.');
    expect(el.querySelector('h1')?.textContent).toContain('Bài mở đầu (sửa)');
    await new Promise((r) => setTimeout(r, 450));
    http.match('/api/markdown/preview').forEach((r) => r.flush({ html: '<h2>Nội dung mới</h2>' }));
  });

  it("refuses a file type the lesson does not take, and shows the API's refusal of a file whose content does not match its name", async () => {
    await open(true);
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    choose(new File(['x'], 'virus.exe'));
    await settle();
    http.expectNone('/api/lessons/11/files');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Tệp “virus.exe” không thuộc loại được nhận');

    choose(new File(['MZ'], 'Giáo trình.pdf', { type: 'application/pdf' }));
    await settle();
    const req = http.expectOne('/api/lessons/11/files');
    expect(el.querySelector('[data-testid="upload-progress"]')).not.toBeNull();
    refuse(req, 422, 'catalogue.file_content_mismatch', 'Nội dung tệp “Giáo trình.pdf” không phải là PDF.');
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Nội dung tệp “Giáo trình.pdf” không phải là PDF.');
    expect(el.querySelector('[data-testid="upload-progress"]')).toBeNull();
    expect(el.querySelectorAll('[data-testid="files"] li').length).toBe(1);
  });

  it('uploads a file with its progress and lists it', async () => {
    await open(true);
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['png'], 'so-do.png', { type: 'image/png' })] });
    input.dispatchEvent(new Event('change'));
    await settle();
    const req = http.expectOne('/api/lessons/11/files');
    req.event({ type: 1, loaded: 3, total: 4 });
    await settle();
    expect(el.querySelector('[data-testid="upload-progress"]')?.getAttribute('aria-valuenow')).toBe('75');
    expect(el.textContent).toContain('Đang tải lên so-do.png: 75%');
    req.flush({ id: 8, fileName: 'so-do.png', contentType: 'image/png', size: 3 });
    await settle();
    expect([...el.querySelectorAll('[data-testid="files"] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Slide.pdf 1,5 KB',
      'so-do.png 3 B',
    ]);
  });

  it('shows a lesson of the published version read-only', async () => {
    await open(false);
    expect(el.querySelector('[data-testid="read-only"]')?.textContent).toContain('không sửa được');
    expect(textarea().disabled).toBe(true);
    expect(el.querySelector('[data-testid="save-lesson"]')).toBeNull();
    expect(el.querySelector('input[type=file]')).toBeNull();
  });

  it('writes file sizes for people', () => {
    expect([formatFileSize(900, 'vi'), formatFileSize(1536, 'vi'), formatFileSize(5 * 1024 * 1024 + 104858, 'en')]).toEqual(['900 B', '1,5 KB', '5.1 MB']);
  });
});
