import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LessonView } from '@cds/contracts';
import { learningTestProviders, text } from '../testing/learning-test-setup';
import { LessonPage } from './lesson-page';

const PROGRESS = '/api/learning/classes/5/lessons/12/progress';

const view = (over: Partial<LessonView> = {}): LessonView => ({
  classId: 5,
  lesson: {
    id: 12,
    title: 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia',
    minutes: 20,
    html: '<h2>Bước 1: Đăng nhập</h2><p>Dùng tài khoản <strong>VNeID</strong> mức 2.</p>',
    videoUrl: 'https://video.example.vn/dvc-1',
    files: [{ id: 7, fileName: 'huong-dan-dvc.pdf', contentType: 'application/pdf', size: 1_468_006 }],
  },
  moduleTitle: 'Học phần 2: Dịch vụ công trực tuyến',
  done: false,
  position: 0,
  previousLessonId: 11,
  nextLessonId: 13,
  ...over,
});

/** Where the lesson's text is on the (mocked) screen: 3000 px tall, the window 800 px. */
let articleTop = 100;
const layout = () => {
  jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const rect = this.classList.contains('lesson-body') ? { top: articleTop, height: 3000 } : { top: 0, height: 0 };
    return { ...rect, bottom: rect.top + rect.height, left: 0, right: 0, width: 0, x: 0, y: rect.top, toJSON: () => rect } as DOMRect;
  });
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  window.scrollTo = jest.fn() as unknown as typeof window.scrollTo;
};
const scrollTo = (top: number) => {
  articleTop = top;
  document.dispatchEvent(new Event('scroll'));
};

async function open(lesson: LessonView) {
  TestBed.configureTestingModule({ imports: [LessonPage], providers: learningTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(LessonPage);
  fixture.componentRef.setInput('classId', 5);
  fixture.componentRef.setInput('lessonId', 12);
  await fixture.whenStable();
  http.expectOne({ method: 'GET', url: '/api/learning/classes/5/lessons/12' }).flush(lesson);
  await fixture.whenStable();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('LessonPage', () => {
  beforeEach(() => {
    localStorage.clear();
    articleTop = 100;
    layout();
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('shows the lesson text first, then a video link (never an embedded player) and files fetched only on demand', async () => {
    const { http, el } = await open(view());
    const body = el.querySelector('[data-testid="lesson-body"]') as HTMLElement;
    expect(body.innerHTML).toBe('<h2>Bước 1: Đăng nhập</h2><p>Dùng tài khoản <strong>VNeID</strong> mức 2.</p>');
    const video = el.querySelector<HTMLAnchorElement>('[data-testid="video-link"]') as HTMLAnchorElement;
    // the text comes before everything else of the lesson
    expect(body.compareDocumentPosition(video) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([video.href, video.target, video.rel]).toEqual(['https://video.example.vn/dvc-1', '_blank', 'noopener noreferrer']);
    expect(el.querySelector('iframe, video')).toBeNull();
    const file = el.querySelector<HTMLButtonElement>('.file-list button') as HTMLButtonElement;
    expect(file.getAttribute('aria-label')).toBe('Tải về huong-dan-dvc.pdf, 1,4 MB');
    http.expectNone((r) => r.url.includes('/files/'));

    URL.createObjectURL = jest.fn(() => 'blob:lesson-file');
    URL.revokeObjectURL = jest.fn();
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    file.click();
    const download = http.expectOne('/api/learning/classes/5/lessons/12/files/7');
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['%PDF']), { headers: { 'Content-Disposition': 'attachment; filename="huong-dan-dvc.pdf"' } });
    expect(clicked).toHaveBeenCalledTimes(1);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('huong-dan-dvc.pdf');
    http.verify();
  });

  it('links the previous and next lessons and the contents', async () => {
    const { el } = await open(view());
    expect(el.querySelector('[data-testid="previous-lesson"]')?.getAttribute('href')).toBe('/learn/classes/5/lessons/11');
    expect(el.querySelector('[data-testid="next-lesson"]')?.getAttribute('href')).toBe('/learn/classes/5/lessons/13');
    expect(el.querySelector('a.back')?.getAttribute('href')).toBe('/learn/classes/5');
  });

  it('opens where the learner left off, and says so', async () => {
    await open(view({ position: 0.5 }));
    // 100 px down to the text, then half of its 3000 − 800 px of travel
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 1200 });
    const snack = document.querySelector('.mat-mdc-snack-bar-label');
    expect(text(snack)).toContain('Đã mở lại ở chỗ bạn đọc dở.');
    const toTop = [...document.querySelectorAll('.mat-mdc-snack-bar-action, .mat-mdc-snack-bar-actions button')][0] as HTMLButtonElement;
    expect(text(toTop)).toBe('Về đầu bài');
    toTop.click();
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 0 });
  });

  it('opens a lesson read to its end at the top', async () => {
    await open(view({ position: 1, done: true }));
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 0 });
  });

  it('sends the reading position at most every 5 seconds while the learner scrolls, and "done" at the end at once', async () => {
    const { http, fixture } = await open(view());
    jest.useFakeTimers();
    scrollTo(-500);
    jest.advanceTimersByTime(150);
    scrollTo(-1000);
    jest.advanceTimersByTime(150);
    http.expectNone(PROGRESS);
    jest.advanceTimersByTime(5000);
    const save = http.expectOne({ method: 'PUT', url: PROGRESS });
    expect(save.request.body).toEqual({ position: 0.455, done: false });
    save.flush({ done: false, position: 0.455 });

    // the end of the text reaches the bottom of the screen
    scrollTo(-2200);
    jest.advanceTimersByTime(150);
    const done = http.expectOne(PROGRESS);
    expect(done.request.body).toEqual({ position: 1, done: true });
    done.flush({ done: true, position: 1 });
    fixture.detectChanges();
    expect(text(fixture.nativeElement.querySelector('[data-testid="lesson-done"]'))).toBe('Đã học xong bài này');
    http.verify();
  });

  it('never stops the reader when saving fails: a small "not saved" hint, a quiet retry', async () => {
    const { http, fixture, el } = await open(view());
    jest.useFakeTimers();
    el.querySelector<HTMLButtonElement>('[data-testid="mark-done"]')?.click();
    http.expectOne(PROGRESS).error(new ProgressEvent('error'), { status: 0 });
    fixture.detectChanges();
    expect(text(el.querySelector('[data-testid="unsaved"]'))).toBe('Chưa lưu tiến độ – sẽ tự thử lại');
    // the lesson stays readable and counts as done on this screen
    expect(el.querySelector('[data-testid="lesson-body"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="lesson-done"]')).not.toBeNull();
    jest.advanceTimersByTime(5000);
    const retry = http.expectOne(PROGRESS);
    expect(retry.request.body).toEqual({ position: 0, done: true });
    retry.flush({ done: true, position: 0 });
    fixture.detectChanges();
    expect(text(el.querySelector('[data-testid="unsaved"]'))).toBe('');
  });

  it('saves what is unsaved when the learner leaves the page', async () => {
    const { http, fixture } = await open(view());
    jest.useFakeTimers();
    scrollTo(-1100);
    jest.advanceTimersByTime(150);
    fixture.destroy();
    expect(http.expectOne(PROGRESS).request.body).toEqual({ position: 0.5, done: false });
    jest.advanceTimersByTime(60_000);
    http.verify();
  });

  it('moves on to the next lesson: the previous text goes at once, its unsaved progress is sent, the new one starts at the top', async () => {
    const { http, fixture, el } = await open(view());
    jest.useFakeTimers();
    scrollTo(-1100);
    jest.advanceTimersByTime(150);
    jest.useRealTimers();
    fixture.componentRef.setInput('lessonId', 13);
    await fixture.whenStable();
    expect(http.expectOne(PROGRESS).request.body).toEqual({ position: 0.5, done: false });
    expect(el.querySelector('[data-testid="lesson-body"]')).toBeNull();
    http
      .expectOne('/api/learning/classes/5/lessons/13')
      .flush(view({ lesson: { ...view().lesson, id: 13, title: 'Theo dõi hồ sơ', html: '<p>Tra cứu</p>' }, previousLessonId: 12, nextLessonId: null }));
    await fixture.whenStable();
    expect(text(el.querySelector('h1'))).toBe('Theo dõi hồ sơ');
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 0 });
    expect(el.querySelector('[data-testid="next-lesson"]')).toBeNull();
    http.verify();
  });

  it("shows the API's refusal of a lesson the learner may not open", async () => {
    TestBed.configureTestingModule({ imports: [LessonPage], providers: learningTestProviders() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LessonPage);
    fixture.componentRef.setInput('classId', 5);
    fixture.componentRef.setInput('lessonId', 12);
    await fixture.whenStable();
    http
      .expectOne('/api/learning/classes/5/lessons/12')
      .flush({ statusCode: 403, message: 'Bạn không tham gia lớp học này.', code: 'delivery.not_enrolled' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(text(fixture.nativeElement.querySelector('[role="alert"]'))).toBe('Bạn không tham gia lớp học này.');
  });
});
