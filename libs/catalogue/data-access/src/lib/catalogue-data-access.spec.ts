import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CourseVersionDto, LessonDto, ModuleDto } from '@cds/contracts';
import { CatalogueApi, UploadProgress } from './catalogue-api';
import { CourseEditorStore, moveId } from './course-editor-store';
import { CourseListStore } from './course-list-store';
import { LessonEditorStore } from './lesson-editor-store';

const mod = (id: number, title: string, lessonIds: number[] = []): ModuleDto => ({
  id,
  position: id,
  title,
  lessons: lessonIds.map((l, i) => ({ id: l, position: i + 1, title: `Bài ${l}`, minutes: 30, hasVideo: false, fileCount: 0 })),
});

const version = (over: Partial<CourseVersionDto> = {}): CourseVersionDto => ({
  courseId: 5,
  id: 50,
  version: 2,
  state: 'draft',
  code: 'CDS-01',
  title: 'Chuyển đổi số cơ bản',
  summary: 'Nhập môn',
  topicArea: 'cds_knowledge',
  hours: 8,
  seatFunctions: ['commune_cds_specialist'],
  publishedAt: null,
  modules: [mod(1, 'Chuyên đề 1', [11, 12]), mod(2, 'Chuyên đề 2')],
  ...over,
});

const lesson = (over: Partial<LessonDto> = {}): LessonDto => ({
  id: 11,
  moduleId: 1,
  position: 1,
  title: 'Bài 11',
  minutes: 30,
  markdown: '# Xin chào',
  html: '<h1>Xin chào</h1>',
  videoUrl: null,
  files: [],
  ...over,
});

const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Conflict', message, code }, { status, statusText: 'Refused' });

describe('catalogue data access', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CourseListStore, CourseEditorStore, LessonEditorStore],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  describe('CatalogueApi', () => {
    it('calls the agreed routes with the agreed methods and bodies', () => {
      const api = TestBed.inject(CatalogueApi);
      const calls: [() => unknown, string, string, unknown][] = [
        [() => api.courses(), 'GET', '/api/courses', null],
        [() => api.published(5), 'GET', '/api/courses/5', null],
        [() => api.draft(5), 'GET', '/api/courses/5/draft', null],
        [() => api.createCourse({ code: 'K1', title: 'T', summary: '', topicArea: 'digital_economy', hours: 4, seatFunctions: [] }), 'POST', '/api/courses', { code: 'K1', title: 'T', summary: '', topicArea: 'digital_economy', hours: 4, seatFunctions: [] }],
        [() => api.openDraft(5), 'POST', '/api/courses/5/draft', {}],
        [() => api.updateDraft(5, { title: 'T', summary: '', topicArea: 'digital_economy', hours: 4, seatFunctions: [] }), 'PATCH', '/api/courses/5/draft', { title: 'T', summary: '', topicArea: 'digital_economy', hours: 4, seatFunctions: [] }],
        [() => api.publish(5), 'POST', '/api/courses/5/publish', {}],
        [() => api.addModule(5, { title: 'M' }), 'POST', '/api/courses/5/draft/modules', { title: 'M' }],
        [() => api.reorderModules(5, [2, 1]), 'PUT', '/api/courses/5/draft/modules/order', { ids: [2, 1] }],
        [() => api.renameModule(2, { title: 'M2' }), 'PATCH', '/api/modules/2', { title: 'M2' }],
        [() => api.deleteModule(2), 'DELETE', '/api/modules/2', null],
        [() => api.addLesson(2, { title: 'L', minutes: 30, markdown: '', videoUrl: null }), 'POST', '/api/modules/2/lessons', { title: 'L', minutes: 30, markdown: '', videoUrl: null }],
        [() => api.reorderLessons(2, [12, 11]), 'PUT', '/api/modules/2/lessons/order', { ids: [12, 11] }],
        [() => api.lesson(11), 'GET', '/api/lessons/11', null],
        [() => api.updateLesson(11, { title: 'L', minutes: 45, markdown: '*a*', videoUrl: 'https://youtu.be/x' }), 'PATCH', '/api/lessons/11', { title: 'L', minutes: 45, markdown: '*a*', videoUrl: 'https://youtu.be/x' }],
        [() => api.deleteLesson(11), 'DELETE', '/api/lessons/11', null],
        [() => api.deleteFile(7), 'DELETE', '/api/lesson-files/7', null],
        [() => api.preview('**đậm**'), 'POST', '/api/markdown/preview', { markdown: '**đậm**' }],
      ];
      for (const [call, method, url, body] of calls) {
        (call() as { subscribe: () => void }).subscribe();
        const req = http.expectOne(url);
        expect([req.request.method, req.request.body]).toEqual([method, body]);
        req.flush(null);
      }
    });

    it('uploads a file as multipart `file` and reports the progress, then the stored file', () => {
      const seen: UploadProgress[] = [];
      const file = new File(['%PDF-1.7'], 'Bài giảng.pdf', { type: 'application/pdf' });
      TestBed.inject(CatalogueApi).uploadFile(11, file).subscribe((p) => seen.push(p));
      const req = http.expectOne('/api/lessons/11/files');
      expect(req.request.method).toBe('POST');
      expect(req.request.reportProgress).toBe(true);
      expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
      expect(((req.request.body as FormData).get('file') as File).name).toBe('Bài giảng.pdf');
      req.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 160 });
      req.event({ type: HttpEventType.UploadProgress, loaded: 160, total: 160 });
      req.flush({ id: 3, fileName: 'Bài giảng.pdf', contentType: 'application/pdf', size: 8 });
      expect(seen).toEqual([
        { state: 'uploading', percent: 25 },
        { state: 'uploading', percent: 100 },
        { state: 'done', file: { id: 3, fileName: 'Bài giảng.pdf', contentType: 'application/pdf', size: 8 } },
      ]);
    });

    it('answers the preview HTML', () => {
      let html = '';
      TestBed.inject(CatalogueApi).preview('# A').subscribe((h) => (html = h));
      http.expectOne('/api/markdown/preview').flush({ html: '<h1>A</h1>' });
      expect(html).toBe('<h1>A</h1>');
    });
  });

  describe('CourseListStore', () => {
    it('reads every course', () => {
      const store = TestBed.inject(CourseListStore);
      store.load();
      expect(store.loading()).toBe(true);
      http.expectOne('/api/courses').flush([
        { id: 5, code: 'CDS-01', title: 'A', topicArea: 'cds_knowledge', hours: 8, publishedVersion: 1, draftVersion: 2, moduleCount: 2, lessonCount: 3 },
      ]);
      expect([store.loading(), store.loaded(), store.courses()?.length]).toEqual([false, true, 1]);
    });
  });

  describe('CourseEditorStore', () => {
    function loadWith(draft: CourseVersionDto | null, published: CourseVersionDto | null) {
      const store = TestBed.inject(CourseEditorStore);
      store.load(5);
      const d = http.expectOne('/api/courses/5/draft');
      if (draft) d.flush(draft);
      else refuse(d, 404, 'catalogue.no_draft', 'Khóa học chưa có bản nháp.');
      const p = http.expectOne('/api/courses/5');
      if (published) p.flush(published);
      else refuse(p, 404, 'catalogue.course_not_published', 'Khóa học chưa được xuất bản.');
      return store;
    }

    it('shows the draft when one is open, and knows the published version beside it', () => {
      const store = loadWith(version(), version({ id: 40, version: 1, state: 'published', publishedAt: '2026-01-01T00:00:00Z' }));
      expect([store.current()?.version, store.editable(), store.published()?.version]).toEqual([2, true, 1]);
    });

    it('shows the published version, read-only, when no draft is open (a 404 is not an error)', () => {
      const store = loadWith(null, version({ id: 40, version: 1, state: 'published' }));
      expect([store.current()?.version, store.editable(), store.error(), store.notFound()]).toEqual([1, false, null, false]);
    });

    it('treats a draft answered for the published version as no published version', () => {
      const store = loadWith(version({ version: 1 }), version({ version: 1 }));
      expect(store.published()).toBeNull();
    });

    it('says the course is not found when it has neither', () => {
      const store = loadWith(null, null);
      expect(store.notFound()).toBe(true);
    });

    it('keeps a server error as an error', () => {
      const store = TestBed.inject(CourseEditorStore);
      store.load(5);
      const published = http.expectOne('/api/courses/5');
      http.expectOne('/api/courses/5/draft').flush({ statusCode: 500, error: 'x', message: 'x' }, { status: 500, statusText: 'x' });
      expect([store.error()?.statusCode, store.notFound(), published.cancelled]).toEqual([500, false, true]);
    });

    it('opens a new draft, then publishes it: the draft becomes the published version', () => {
      const store = loadWith(null, version({ id: 40, version: 1, state: 'published' }));
      store.openDraft().subscribe();
      const open = http.expectOne('/api/courses/5/draft');
      expect(open.request.method).toBe('POST');
      open.flush(version({ version: 2 }));
      expect([store.editable(), store.current()?.version]).toEqual([true, 2]);

      let answered: CourseVersionDto | null = null;
      store.publish().subscribe((v) => (answered = v));
      expect(store.saving()).toBe(true);
      http.expectOne('/api/courses/5/publish').flush(version({ version: 2, state: 'published', publishedAt: '2026-02-01T00:00:00Z' }));
      expect(answered).not.toBeNull();
      expect([store.saving(), store.saved(), store.editable(), store.draft(), store.published()?.version]).toEqual([false, true, false, null, 2]);
    });

    it("keeps the API's refusal and completes without a value", () => {
      const store = loadWith(version(), null);
      const next = jest.fn();
      const complete = jest.fn();
      store.publish().subscribe({ next, complete });
      refuse(http.expectOne('/api/courses/5/publish'), 409, 'catalogue.not_draft', 'Chỉ sửa được bản nháp.');
      expect([next.mock.calls.length, complete.mock.calls.length]).toEqual([0, 1]);
      expect(store.refusal()).toMatchObject({ code: 'catalogue.not_draft', text: 'Chỉ sửa được bản nháp.' });
      expect([store.saving(), store.saved(), store.editable()]).toEqual([false, false, true]);
      store.clearRefusal();
      expect(store.refusal()).toBeNull();
    });

    it('moves a module down by sending the new order of every module', () => {
      const store = loadWith(version(), null);
      store.moveModule(1, 1).subscribe();
      const req = http.expectOne('/api/courses/5/draft/modules/order');
      expect(req.request.body).toEqual({ ids: [2, 1] });
      req.flush(version({ modules: [mod(2, 'Chuyên đề 2'), mod(1, 'Chuyên đề 1', [11, 12])] }));
      expect(store.current()?.modules.map((m) => m.id)).toEqual([2, 1]);
    });

    it('adds, renames and deletes modules; adds, moves and deletes lessons', () => {
      const store = loadWith(version(), null);
      store.addModule('Chuyên đề 3').subscribe();
      http.expectOne('/api/courses/5/draft/modules').flush(mod(3, 'Chuyên đề 3'));
      store.renameModule(3, 'An toàn thông tin').subscribe();
      http.expectOne('/api/modules/3').flush(mod(3, 'An toàn thông tin'));
      expect(store.current()?.modules.map((m) => m.title)).toEqual(['Chuyên đề 1', 'Chuyên đề 2', 'An toàn thông tin']);

      store.addLesson(3, { title: 'Mật khẩu', minutes: 20, markdown: '', videoUrl: 'https://youtu.be/a' }).subscribe();
      http.expectOne('/api/modules/3/lessons').flush(lesson({ id: 31, moduleId: 3, title: 'Mật khẩu', minutes: 20, videoUrl: 'https://youtu.be/a' }));
      expect(store.current()?.modules[2].lessons).toEqual([{ id: 31, position: 1, title: 'Mật khẩu', minutes: 20, hasVideo: true, fileCount: 0 }]);

      store.moveLesson(1, 12, -1).subscribe();
      const order = http.expectOne('/api/modules/1/lessons/order');
      expect(order.request.body).toEqual({ ids: [12, 11] });
      order.flush(mod(1, 'Chuyên đề 1', [12, 11]));
      expect(store.current()?.modules[0].lessons.map((l) => l.id)).toEqual([12, 11]);

      store.deleteLesson(1, 12).subscribe();
      http.expectOne('/api/lessons/12').flush(null);
      expect(store.current()?.modules[0].lessons.map((l) => l.id)).toEqual([11]);

      store.deleteModule(2).subscribe();
      http.expectOne('/api/modules/2').flush(null);
      expect(store.current()?.modules.map((m) => m.id)).toEqual([1, 3]);
    });

    it('moves ids one place and leaves the ends alone', () => {
      expect(moveId([1, 2, 3], 2, -1)).toEqual([2, 1, 3]);
      expect(moveId([1, 2, 3], 2, 1)).toEqual([1, 3, 2]);
      expect(moveId([1, 2, 3], 1, -1)).toEqual([1, 2, 3]);
      expect(moveId([1, 2, 3], 3, 1)).toEqual([1, 2, 3]);
      expect(moveId([1, 2, 3], 9, 1)).toEqual([1, 2, 3]);
    });
  });

  describe('LessonEditorStore', () => {
    function loaded() {
      const store = TestBed.inject(LessonEditorStore);
      store.load(11);
      http.expectOne('/api/lessons/11').flush(lesson({ files: [{ id: 1, fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }] }));
      return store;
    }

    it('saves the lesson and shows what the API stored', () => {
      const store = loaded();
      store.save({ title: 'Bài mới', minutes: 45, markdown: '## Hai', videoUrl: null }).subscribe();
      const req = http.expectOne('/api/lessons/11');
      expect(req.request.method).toBe('PATCH');
      req.flush(lesson({ title: 'Bài mới', minutes: 45, markdown: '## Hai', html: '<h2>Hai</h2>', files: store.files() }));
      expect([store.lesson()?.title, store.saved(), store.files().length]).toEqual(['Bài mới', true, 1]);
    });

    it('tells how far an upload is and adds the stored file', () => {
      const store = loaded();
      store.uploadFile(new File(['x'], 'hinh.png', { type: 'image/png' })).subscribe();
      const req = http.expectOne('/api/lessons/11/files');
      expect(store.upload()).toEqual({ fileName: 'hinh.png', percent: 0 });
      req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
      expect(store.upload()).toEqual({ fileName: 'hinh.png', percent: 50 });
      req.flush({ id: 2, fileName: 'hinh.png', contentType: 'image/png', size: 1 });
      expect([store.upload(), store.files().map((f) => f.id)]).toEqual([null, [1, 2]]);
    });

    it("keeps the API's refusal of a file whose content does not match its name", () => {
      const store = loaded();
      store.uploadFile(new File(['MZ'], 'bai.pdf', { type: 'application/pdf' })).subscribe();
      refuse(http.expectOne('/api/lessons/11/files'), 422, 'catalogue.file_type', 'Nội dung tệp không khớp với tên tệp.');
      expect([store.upload(), store.uploadRefusal()?.text, store.files().length]).toEqual([null, 'Nội dung tệp không khớp với tên tệp.', 1]);
    });

    it('deletes a file', () => {
      const store = loaded();
      store.deleteFile(1).subscribe();
      const req = http.expectOne('/api/lesson-files/1');
      expect(req.request.method).toBe('DELETE');
      req.flush(null);
      expect(store.files()).toEqual([]);
    });
  });
});
