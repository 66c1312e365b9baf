import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { CourseVersionDto, ModuleDto } from '@cds/contracts';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { CATALOGUE_WORDS } from '../i18n/catalogue-words';
import { CourseEditorPage } from './course-editor-page';

const mod = (id: number, title: string, lessons: number[] = []): ModuleDto => ({
  id,
  position: id,
  title,
  lessons: lessons.map((l, i) => ({ id: l, position: i + 1, title: `Bài ${l}`, minutes: 45, hasVideo: l === 11, fileCount: l === 11 ? 2 : 0 })),
});

const version = (over: Partial<CourseVersionDto> = {}): CourseVersionDto => ({
  courseId: 5,
  id: 52,
  version: 2,
  state: 'draft',
  code: 'CDS-01',
  title: 'Chuyển đổi số cơ bản',
  summary: 'Nhập môn cho cán bộ xã',
  topicArea: 'cds_knowledge',
  hours: 8,
  seatFunctions: ['commune_cds_specialist'],
  publishedAt: null,
  modules: [mod(1, 'Nhập môn', [11, 12]), mod(2, 'Dịch vụ công trực tuyến')],
  ...over,
});
const published1 = version({ id: 51, version: 1, state: 'published', publishedAt: '2026-01-05T02:00:00Z' });

const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code }, { status, statusText: 'Refused' });

describe('CourseEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseEditorPage>;
  let el: HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 1));
    await fixture.whenStable();
  };
  const button = (text: string, root: ParentNode = el) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;
  const byLabel = (label: string) => el.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement | null;
  /** The text of an element's parts, one space between them (as a screen reader reads them). */
  const words = (node: Element | null | undefined) =>
    [...(node?.children ?? [])].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
  const state = () => words(el.querySelector('[data-testid="course-state"]'));

  async function open(draft: CourseVersionDto | null, published: CourseVersionDto | null) {
    TestBed.configureTestingModule({
      imports: [CourseEditorPage],
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
    fixture = TestBed.createComponent(CourseEditorPage);
    el = fixture.nativeElement;
    fixture.componentRef.setInput('id', '5');
    await settle();
    const d = http.expectOne('/api/courses/5/draft');
    if (draft) d.flush(draft);
    else refuse(d, 404, 'catalogue.no_draft', 'Khóa học chưa có bản nháp.');
    const p = http.expectOne('/api/courses/5');
    if (published) p.flush(published);
    else refuse(p, 404, 'catalogue.course_not_published', 'Khóa học chưa được xuất bản.');
    await settle();
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  it('shows a draft beside its published version, its fields and its outline', async () => {
    await open(version(), published1);
    expect(el.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('CDS-01 Chuyển đổi số cơ bản');
    expect(state()).toBe('Bản nháp – phiên bản 2 Học viên đang dùng phiên bản 1 đã xuất bản.');
    expect(button('Xuất bản')).toBeDefined();
    expect(button('Mở bản nháp mới')).toBeUndefined();
    expect((el.querySelector('input[formcontrolname="title"]') as HTMLInputElement).value).toBe('Chuyển đổi số cơ bản');
    const modules = [...el.querySelectorAll('[data-testid="modules"] > li')];
    expect(modules.map((m) => m.querySelector('h3')?.textContent?.trim())).toEqual(['Chuyên đề 1: Nhập môn', 'Chuyên đề 2: Dịch vụ công trực tuyến']);
    expect(words(modules[0].querySelector('.lesson'))).toBe('1.1 Bài 11 45 phút · Có video · 2 tệp');
    expect(modules[0].querySelector('a')?.getAttribute('href')).toBe('/lessons/11');
    // the first module cannot go up, the last cannot go down
    expect(byLabel('Đưa chuyên đề “Nhập môn” lên').disabled).toBe(true);
    expect(byLabel('Đưa chuyên đề “Dịch vụ công trực tuyến” xuống').disabled).toBe(true);
    expect(byLabel('Đưa chuyên đề “Nhập môn” xuống').disabled).toBe(false);
  });

  it("links to the course's question bank, in the person's language, published or not", async () => {
    await open(null, published1);
    const link = el.querySelector('[data-testid="question-bank"]') as HTMLAnchorElement;
    expect([link.textContent?.trim(), link.getAttribute('href')]).toEqual(['Ngân hàng câu hỏi', '/assessment/courses/5/questions']);
  });

  it('publishes the draft after a confirmation that running classes keep their version', async () => {
    await open(version(), published1);
    button('Xuất bản')?.click();
    await settle();
    expect(dialog()?.querySelector('h2')?.textContent).toContain('Xuất bản phiên bản 2?');
    expect(dialog()?.textContent).toContain('Các lớp đang diễn ra vẫn giữ phiên bản mà lớp đã bắt đầu');
    expect(dialog()?.textContent).toContain('Phiên bản 1 sẽ không còn dùng cho lớp mới.');
    http.expectNone('/api/courses/5/publish');

    button('Xuất bản', dialog() as HTMLElement)?.click();
    await settle();
    const req = http.expectOne('/api/courses/5/publish');
    expect(req.request.method).toBe('POST');
    expect(el.querySelector('[data-testid="save-status"]')?.textContent?.trim()).toBe('Đang lưu…');
    req.flush(version({ state: 'published', publishedAt: '2026-02-01T03:00:00Z' }));
    await settle();
    expect(state()).toMatch(/^Đã xuất bản phiên bản 2 Xuất bản lúc /);
    expect(button('Mở bản nháp mới')).toBeDefined();
    expect(button('Xuất bản')).toBeUndefined();
    expect(el.querySelector('[data-testid="read-only"]')).not.toBeNull();
    expect((el.querySelector('input[formcontrolname="title"]') as HTMLInputElement).disabled).toBe(true);
    expect(byLabel('Đưa chuyên đề “Nhập môn” xuống')).toBeNull();
  });

  it('publishes nothing when the confirmation is cancelled', async () => {
    await open(version(), null);
    button('Xuất bản')?.click();
    await settle();
    expect(dialog()?.textContent).not.toContain('sẽ không còn dùng cho lớp mới');
    button('Hủy', dialog() as HTMLElement)?.click();
    await settle();
    http.expectNone('/api/courses/5/publish');
    expect(state()).toContain('Bản nháp – phiên bản 2');
  });

  it("shows the API's refusal of a publication", async () => {
    await open(version(), null);
    button('Xuất bản')?.click();
    await settle();
    button('Xuất bản', dialog() as HTMLElement)?.click();
    await settle();
    refuse(http.expectOne('/api/courses/5/publish'), 422, 'catalogue.empty_course', 'Khóa học cần có ít nhất một bài học.');
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Khóa học cần có ít nhất một bài học.');
    expect(state()).toContain('Bản nháp – phiên bản 2');
  });

  it('opens a new draft from a published course, read-only until then', async () => {
    await open(null, published1);
    expect(state()).toMatch(/^Đã xuất bản phiên bản 1/);
    expect(el.querySelector('[data-testid="read-only"]')).not.toBeNull();
    expect(button('Thêm chuyên đề')).toBeUndefined();
    button('Mở bản nháp mới')?.click();
    await settle();
    const req = http.expectOne('/api/courses/5/draft');
    expect(req.request.method).toBe('POST');
    req.flush(version());
    await settle();
    expect(state()).toContain('Bản nháp – phiên bản 2');
    expect(button('Thêm chuyên đề')).toBeDefined();
    expect((el.querySelector('input[formcontrolname="title"]') as HTMLInputElement).disabled).toBe(false);
  });

  it('moves a module down with its button, keeps the focus on it and says where it went', async () => {
    await open(version(), null);
    byLabel('Đưa chuyên đề “Nhập môn” xuống').click();
    await settle();
    const req = http.expectOne('/api/courses/5/draft/modules/order');
    expect([req.request.method, req.request.body]).toEqual(['PUT', { ids: [2, 1] }]);
    req.flush(version({ modules: [mod(2, 'Dịch vụ công trực tuyến'), mod(1, 'Nhập môn', [11, 12])] }));
    await settle();
    expect([...el.querySelectorAll('[data-testid="modules"] h3')].map((h) => h.textContent?.trim())).toEqual([
      'Chuyên đề 1: Dịch vụ công trực tuyến',
      'Chuyên đề 2: Nhập môn',
    ]);
    expect(el.querySelector('[data-testid="announcement"]')?.textContent).toBe('Đã chuyển “Nhập môn” tới vị trí 2.');
    // now last: its down button is disabled, so the focus stays on its up button
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Đưa chuyên đề “Nhập môn” lên');
  });

  it('moves a lesson up within its module', async () => {
    await open(version(), null);
    byLabel('Đưa bài học “Bài 12” lên').click();
    await settle();
    const req = http.expectOne('/api/modules/1/lessons/order');
    expect(req.request.body).toEqual({ ids: [12, 11] });
    req.flush(mod(1, 'Nhập môn', [12, 11]));
    await settle();
    expect([...el.querySelectorAll('[data-testid="modules"] > li:first-child .lesson a')].map((a) => a.textContent?.trim())).toEqual(['Bài 12', 'Bài 11']);
  });

  it('says a module with lessons cannot be deleted, and deletes an empty one after confirmation', async () => {
    await open(version(), null);
    byLabel('Xóa chuyên đề “Nhập môn”').click();
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Chỉ xóa được chuyên đề không còn bài học.');
    expect(dialog()).toBeNull();

    byLabel('Xóa chuyên đề “Dịch vụ công trực tuyến”').click();
    await settle();
    expect(dialog()?.querySelector('h2')?.textContent).toContain('Xóa chuyên đề “Dịch vụ công trực tuyến”?');
    button('Xóa', dialog() as HTMLElement)?.click();
    await settle();
    const req = http.expectOne('/api/modules/2');
    expect(req.request.method).toBe('DELETE');
    req.flush(null);
    await settle();
    expect(el.querySelectorAll('[data-testid="modules"] > li').length).toBe(1);
  });

  it('adds a lesson to a module through a dialog that shows the refusal, then the lesson', async () => {
    await open(version(), null);
    el.querySelector<HTMLButtonElement>('button[aria-label="Thêm bài học vào chuyên đề “Dịch vụ công trực tuyến”"]')?.click();
    await settle();
    const d = dialog() as HTMLElement;
    expect(d.querySelector('h2')?.textContent).toContain('Thêm bài học vào “Dịch vụ công trực tuyến”');
    const title = d.querySelector('input[formcontrolname="title"]') as HTMLInputElement;
    title.value = 'Cổng dịch vụ công quốc gia';
    title.dispatchEvent(new Event('input'));
    button('Thêm', d)?.click();
    await settle();
    const first = http.expectOne('/api/modules/2/lessons');
    expect(first.request.body).toEqual({ title: 'Cổng dịch vụ công quốc gia', minutes: 30, markdown: '', videoUrl: null });
    refuse(first, 409, 'catalogue.not_draft', 'Chỉ sửa được bản nháp.');
    await settle();
    expect(d.querySelector('[role="alert"]')?.textContent).toBe('Chỉ sửa được bản nháp.');
    // the page does not say it a second time behind the dialog
    expect(el.querySelector('[role="alert"]')).toBeNull();

    button('Thêm', d)?.click();
    await settle();
    http.expectOne('/api/modules/2/lessons').flush({
      id: 21, moduleId: 2, position: 1, title: 'Cổng dịch vụ công quốc gia', minutes: 30, markdown: '', html: '', videoUrl: null, files: [],
    });
    await settle();
    expect(dialog()).toBeNull();
    expect(el.querySelector('[data-testid="modules"] > li:nth-child(2) .lesson a')?.textContent?.trim()).toBe('Cổng dịch vụ công quốc gia');
  });

  it('saves the course fields', async () => {
    await open(version(), null);
    const hours = el.querySelector('input[formcontrolname="hours"]') as HTMLInputElement;
    hours.value = '12';
    hours.dispatchEvent(new Event('input'));
    await settle();
    expect(el.textContent).toContain('Có thay đổi chưa lưu.');
    button('Lưu thông tin')?.click();
    await settle();
    const req = http.expectOne('/api/courses/5/draft');
    expect([req.request.method, req.request.body]).toEqual([
      'PATCH',
      { title: 'Chuyển đổi số cơ bản', summary: 'Nhập môn cho cán bộ xã', topicArea: 'cds_knowledge', hours: 12, seatFunctions: ['commune_cds_specialist'] },
    ]);
    req.flush(version({ hours: 12 }));
    await settle();
    expect(el.querySelector('[data-testid="save-status"]')?.textContent?.trim()).toBe('Đã lưu.');
    expect(el.textContent).not.toContain('Có thay đổi chưa lưu.');
  });

  it('says when the course does not exist', async () => {
    await open(null, null);
    expect(el.querySelector('h1')?.textContent).toBe('Không tìm thấy khóa học.');
  });
});
