import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LessonProgressStore } from './lesson-progress-store';

const URL_1 = '/api/learning/classes/5/lessons/1/progress';

describe('LessonProgressStore', () => {
  let http: HttpTestingController;
  let store: LessonProgressStore;
  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), LessonProgressStore] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(LessonProgressStore);
    store.start(5, 1, { position: 0.2, done: false });
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('sends the latest scroll position at most every 5 seconds', () => {
    store.report(0.25);
    store.report(0.3);
    jest.advanceTimersByTime(4999);
    http.expectNone(URL_1);
    store.report(0.35);
    jest.advanceTimersByTime(1);
    const first = http.expectOne({ method: 'PUT', url: URL_1 });
    expect(first.request.body).toEqual({ position: 0.35, done: false });
    expect(store.position()).toBe(0.35);
    // while the save is on its way, newer positions wait for it
    store.report(0.5);
    jest.advanceTimersByTime(10_000);
    first.flush({ done: false, position: 0.35 });
    http.expectNone(URL_1);
    jest.advanceTimersByTime(5000);
    http.expectOne(URL_1).flush({ done: false, position: 0.5 });
    // a move of less than 1 % is not worth a request, nor is going back up
    store.report(0.505);
    store.report(0.1);
    jest.advanceTimersByTime(60_000);
    http.expectNone(URL_1);
  });

  it('saves "done" at once, and what is left when the learner leaves', () => {
    store.markDone();
    const done = http.expectOne(URL_1);
    expect(done.request.body).toEqual({ position: 0.2, done: true });
    done.flush({ done: true, position: 0.2 });
    expect(store.done()).toBe(true);
    store.report(0.9);
    store.stop();
    expect(http.expectOne(URL_1).request.body).toEqual({ position: 0.9, done: true });
    jest.advanceTimersByTime(60_000);
  });

  it('retries a failed save quietly with a growing wait, and shows it as unsaved meanwhile', () => {
    store.report(0.4);
    jest.advanceTimersByTime(5000);
    http.expectOne(URL_1).error(new ProgressEvent('error'), { status: 0 });
    expect(store.unsaved()).toBe(true);
    store.report(0.45);
    jest.advanceTimersByTime(5000);
    const retry = http.expectOne(URL_1);
    expect(retry.request.body).toEqual({ position: 0.45, done: false });
    retry.flush({ message: 'busy' }, { status: 503, statusText: 'Service Unavailable' });
    jest.advanceTimersByTime(9999);
    http.expectNone(URL_1);
    jest.advanceTimersByTime(1);
    http.expectOne(URL_1).flush({ done: false, position: 0.45 });
    expect(store.unsaved()).toBe(false);
  });

  it('does not insist on a refusal (the learner left the class), but says it is unsaved', () => {
    store.report(0.4);
    jest.advanceTimersByTime(5000);
    http.expectOne(URL_1).flush({ statusCode: 403, message: 'Không', code: 'delivery.not_enrolled' }, { status: 403, statusText: 'Forbidden' });
    jest.advanceTimersByTime(120_000);
    http.expectNone(URL_1);
    expect(store.unsaved()).toBe(true);
  });

  it('on to the next lesson: what was unsaved of the previous one is sent first, and its answer changes nothing', () => {
    store.report(0.8);
    store.start(5, 2, { position: 0, done: true });
    const previous = http.expectOne(URL_1);
    expect(previous.request.body).toEqual({ position: 0.8, done: false });
    previous.error(new ProgressEvent('error'), { status: 0 });
    expect([store.position(), store.done(), store.unsaved()]).toEqual([0, true, false]);
    jest.advanceTimersByTime(60_000);
    http.expectNone(() => true);
  });
});
