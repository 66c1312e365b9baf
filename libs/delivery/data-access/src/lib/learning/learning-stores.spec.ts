import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ClassOutline, ClassSummary, LearnerClassCard, LessonView } from '@cds/contracts';
import { LearningApi } from './learning-api';
import { ClassOutlineStore, LearnerHomeStore, LessonStore } from './learning-stores';
import { Transfer } from './transfer';
import { DownloadedFile } from '@cds/web/core';

export const card = (classId: number, over: Partial<LearnerClassCard> = {}): LearnerClassCard => ({
  enrolmentId: classId * 10,
  classId,
  classCode: `L${classId}`,
  classTitle: `Lớp ${classId}`,
  courseTitle: 'Khai thác Cổng Dịch vụ công quốc gia',
  mode: 'blended',
  state: 'enrolled',
  classState: 'running',
  startDate: '2026-11-02',
  endDate: '2026-12-18',
  lessonsDone: 3,
  lessonCount: 8,
  progress: 38,
  nextSession: null,
  nextLesson: { lessonId: 4, title: 'Tài khoản định danh điện tử VNeID' },
  attendanceRate: 100,
  ...over,
});

const openClass = (id: number, open = true): ClassSummary =>
  ({ id, code: `O${id}`, title: `Lớp mở ${id}`, courseTitle: 'An toàn thông tin', open, mode: 'online', startDate: '2027-01-05', endDate: '2027-01-20' }) as ClassSummary;

const outline = (lastLessonId: number | null, done: number[]): ClassOutline => ({
  classId: 5,
  enrolmentId: 50,
  courseTitle: 'Khai thác Cổng Dịch vụ công quốc gia',
  lastLessonId,
  modules: [
    { id: 1, title: 'Học phần 1', lessons: [1, 2].map((id) => ({ id, title: `Bài ${id}`, minutes: 10, done: done.includes(id) })) },
    { id: 2, title: 'Học phần 2', lessons: [3, 4].map((id) => ({ id, title: `Bài ${id}`, minutes: 10, done: done.includes(id) })) },
  ],
});

describe('learning stores', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), LearnerHomeStore, ClassOutlineStore, LessonStore],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it("reads the learner's home, and lists only the open classes they are not in", () => {
    const store = TestBed.inject(LearnerHomeStore);
    store.load();
    http.expectOne({ method: 'GET', url: '/api/learning' }).flush({ classes: [card(5)] });
    expect(store.classes().map((c) => c.classId)).toEqual([5]);
    store.loadOpenClasses();
    http.expectOne({ method: 'GET', url: '/api/classes/open' }).flush([openClass(5), openClass(6), openClass(7, false)]);
    expect(store.openClasses().map((c) => c.id)).toEqual([6]);
  });

  it('asks to join a class and reads the home again', () => {
    const store = TestBed.inject(LearnerHomeStore);
    store.load();
    http.expectOne('/api/learning').flush({ classes: [] });
    let joined = false;
    store.join(6).subscribe(() => (joined = true));
    const join = http.expectOne({ method: 'POST', url: '/api/classes/6/join' });
    expect(join.request.body).toEqual({});
    join.flush({ id: 60, classId: 6, state: 'requested' });
    http.expectOne('/api/learning').flush({ classes: [card(6, { state: 'requested' })] });
    expect(joined).toBe(true);
    expect(store.classes()[0].state).toBe('requested');
  });

  it('says the home failed when the API gave no answer', () => {
    const store = TestBed.inject(LearnerHomeStore);
    store.load();
    http.expectOne('/api/learning').error(new ProgressEvent('error'), { status: 0 });
    expect([store.failed(), store.error()]).toEqual([true, null]);
  });

  it('resumes where the learner left off, else at the first lesson not done', () => {
    const store = TestBed.inject(ClassOutlineStore);
    store.load(5);
    http.expectOne('/api/learning/classes/5').flush(outline(3, [1]));
    expect([store.resumeLessonId(), store.doneCount(), store.lessons().length]).toEqual([3, 1, 4]);
    store.reload();
    http.expectOne('/api/learning/classes/5').flush(outline(3, [1, 2, 3]));
    expect(store.resumeLessonId()).toBe(4);
    store.reload();
    http.expectOne('/api/learning/classes/5').flush(outline(null, [1, 2, 3, 4]));
    expect(store.resumeLessonId()).toBe(1);
  });

  it("never shows the previous lesson's text while the next one loads", () => {
    const store = TestBed.inject(LessonStore);
    store.load({ classId: 5, lessonId: 1 });
    http.expectOne('/api/learning/classes/5/lessons/1').flush({ lesson: { id: 1 } } as LessonView);
    expect(store.lesson()?.lesson.id).toBe(1);
    store.load({ classId: 5, lessonId: 2 });
    expect(store.lesson()).toBeNull();
    http.expectOne('/api/learning/classes/5/lessons/2').flush({ lesson: { id: 2 } } as LessonView);
    expect(store.lesson()?.lesson.id).toBe(2);
  });

  it('downloads a lesson file on demand with its progress, and checks in with the code', () => {
    const api = TestBed.inject(LearningApi);
    const steps: Transfer<DownloadedFile>[] = [];
    api.lessonFile(5, 2, 9).subscribe((t) => steps.push(t));
    const file = http.expectOne('/api/learning/classes/5/lessons/2/files/9');
    expect([file.request.responseType, file.request.reportProgress]).toEqual(['blob', true]);
    file.event({ type: HttpEventType.DownloadProgress, loaded: 50, total: 200 });
    file.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="bai-2.pdf"' } });
    expect(steps[0]).toEqual({ kind: 'progress', percent: 25 });
    expect(steps[1]).toMatchObject({ kind: 'done', value: { disposition: 'attachment; filename="bai-2.pdf"' } });

    api.checkIn(5, { code: 'K7Q2' }).subscribe();
    const checkIn = http.expectOne({ method: 'POST', url: '/api/learning/classes/5/check-in' });
    expect(checkIn.request.body).toEqual({ code: 'K7Q2' });
    checkIn.flush({ sessionId: 1, sessionTitle: 'Buổi 1', status: 'present', at: '2026-11-02T01:05:00Z' });
  });
});
