import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import { CourseSummary } from '@cds/contracts';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { CATALOGUE_WORDS } from '../i18n/catalogue-words';
import { CourseListPage, foldVi } from './course-list-page';

const course = (over: Partial<CourseSummary>): CourseSummary => ({
  id: 1,
  code: 'CDS-01',
  title: 'Chuyển đổi số cơ bản',
  topicArea: 'cds_knowledge',
  hours: 8,
  publishedVersion: 1,
  draftVersion: null,
  moduleCount: 3,
  lessonCount: 9,
  ...over,
});

describe('CourseListPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseListPage>;
  let el: HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 1));
    await fixture.whenStable();
  };
  /** Each cell's parts (text, and elements such as the badge) joined by " | ". */
  const parts = (node: Node): string[] =>
    [...node.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).flatMap((n) =>
      n instanceof HTMLElement && n.classList.contains('version') ? parts(n) : [n.textContent?.replace(/\s+/g, ' ').trim() ?? ''],
    );
  const rows = () =>
    [...el.querySelectorAll('[data-testid="courses"] tr.mat-mdc-row')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => parts(td).filter(Boolean).join(' | ')),
    );
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CourseListPage],
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
    fixture = TestBed.createComponent(CourseListPage);
    el = fixture.nativeElement;
    await settle();
    http.expectOne('/api/courses').flush([
      course({ id: 2, code: 'CDS-02', title: 'An toàn thông tin cho cán bộ xã', topicArea: 'information_security', hours: 4, publishedVersion: 2, draftVersion: 3 }),
      course({}),
      course({ id: 3, code: 'CDS-03', title: 'Đô thị thông minh', topicArea: 'digital_society', hours: 16, publishedVersion: null, draftVersion: 1, moduleCount: 0, lessonCount: 0 }),
    ]);
    await settle();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  it('lists the courses by code with the topic area in words, hours, the published version and a draft badge', () => {
    expect(rows()).toEqual([
      ['CDS-01', 'Chuyển đổi số cơ bản | 3 chuyên đề, 9 bài học', 'Kiến thức chung về chuyển đổi số', '8', 'Phiên bản 1'],
      ['CDS-02', 'An toàn thông tin cho cán bộ xã | 3 chuyên đề, 9 bài học', 'An toàn thông tin', '4', 'Phiên bản 2 | Bản nháp'],
      ['CDS-03', 'Đô thị thông minh | 0 chuyên đề, 0 bài học', 'Xã hội số', '16', 'Chưa xuất bản | Bản nháp'],
    ]);
    expect(el.querySelector('[data-testid="courses"] a')?.getAttribute('href')).toBe('/catalogue/1');
    expect(el.querySelector('caption')?.textContent).toContain('3 khóa học');
  });

  it('finds courses without Vietnamese marks', async () => {
    const search = el.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'do thi';
    search.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 200));
    await fixture.whenStable();
    expect(rows().map((r) => r[0])).toEqual(['CDS-03']);
    search.value = 'không có';
    search.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 200));
    await fixture.whenStable();
    expect(el.querySelector('.empty')?.textContent?.trim()).toBe('Không có khóa học nào khớp với từ khóa.');
    expect(foldVi('Đường Chuyển Đổi')).toBe('duong chuyen doi');
  });

  it('creates a course from the dialog and opens it', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Tạo khóa học')?.click();
    await settle();
    const d = dialog();
    expect(d.querySelector('h2')?.textContent).toContain('Tạo khóa học');
    const fill = (name: string, value: string) => {
      const input = d.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    // nothing goes to the API while required fields are empty
    (d.querySelector('[data-testid="dialog-submit"]') as HTMLButtonElement).click();
    await settle();
    http.expectNone('/api/courses');
    expect(d.textContent).toContain('Vui lòng nhập thông tin này.');

    fill('code', 'CDS-04');
    fill('title', 'Kinh tế số cho hộ kinh doanh');
    fill('summary', 'Bán hàng trực tuyến, thanh toán số.');
    fill('hours', '6');
    (d.querySelector('mat-select[formcontrolname="topicArea"]') as HTMLElement).click();
    await settle();
    [...document.querySelectorAll('mat-option')].find((o) => o.textContent?.trim() === 'Kinh tế số')?.dispatchEvent(new Event('click'));
    await settle();
    (d.querySelector('mat-select[formcontrolname="seatFunctions"]') as HTMLElement).click();
    await settle();
    expect([...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim())).toEqual([
      'Thành viên Ban Chỉ đạo CĐS',
      'Thành viên Tổ công tác giúp việc',
      'Lãnh đạo phụ trách CĐS',
      'Công chức phụ trách CĐS cấp xã',
      'Tổ trưởng Tổ công nghệ số cộng đồng',
    ]);
    [...document.querySelectorAll('mat-option')].find((o) => o.textContent?.trim() === 'Công chức phụ trách CĐS cấp xã')?.dispatchEvent(new Event('click'));
    await settle();
    // closes the select's panel (the last backdrop; the first is the dialog's)
    ([...document.querySelectorAll('.cdk-overlay-backdrop')].pop() as HTMLElement | undefined)?.click();
    await settle();

    (d.querySelector('[data-testid="dialog-submit"]') as HTMLButtonElement).click();
    await settle();
    const req = http.expectOne('/api/courses');
    expect([req.request.method, req.request.body]).toEqual([
      'POST',
      {
        code: 'CDS-04',
        title: 'Kinh tế số cho hộ kinh doanh',
        summary: 'Bán hàng trực tuyến, thanh toán số.',
        topicArea: 'digital_economy',
        hours: 6,
        seatFunctions: ['commune_cds_specialist'],
      },
    ]);
    req.flush({ courseId: 9, id: 90, version: 1, state: 'draft', code: 'CDS-04', title: 'Kinh tế số cho hộ kinh doanh', summary: '', topicArea: 'digital_economy', hours: 6, seatFunctions: [], publishedAt: null, modules: [] });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/catalogue', 9]);
  });

  it("keeps the dialog open with the API's refusal (a code already used)", async () => {
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Tạo khóa học')?.click();
    await settle();
    const d = dialog();
    const fill = (name: string, value: string) => {
      const input = d.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('code', 'CDS-01');
    fill('title', 'Trùng mã');
    fill('hours', '2');
    (d.querySelector('mat-select[formcontrolname="topicArea"]') as HTMLElement).click();
    await settle();
    (document.querySelector('mat-option') as HTMLElement).dispatchEvent(new Event('click'));
    await settle();
    (d.querySelector('[data-testid="dialog-submit"]') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne('/api/courses')
      .flush({ statusCode: 409, error: 'Conflict', message: 'Mã khóa học CDS-01 đã có.', code: 'catalogue.code_taken' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(d.querySelector('[role="alert"]')?.textContent).toBe('Mã khóa học CDS-01 đã có.');
    expect(dialog()).not.toBeNull();
  });
});
