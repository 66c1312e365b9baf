import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AttemptView, SaveAnswersRequest } from '@cds/contracts';
import { attemptStorageKey, CachedAttempt } from './attempt-answer-cache';
import { AttemptHandoff } from './attempt-handoff';
import { ATTEMPT_SAVE_DEBOUNCE_MS, AttemptStore } from './attempt-store';

const T0 = Date.parse('2026-11-30T02:00:00Z');
const MIN = 60_000;
const ANSWERS = '/api/attempts/1/answers';
const SUBMIT = '/api/attempts/1/submit';
const VIEW = '/api/attempts/1';

/** An attempt under way on the server: three questions, the server's clock `serverNow`, 30 minutes left. */
function attempt(over: Partial<AttemptView> = {}, serverNow = T0): AttemptView {
  return {
    id: 1,
    number: 1,
    state: 'in_progress',
    startedAt: new Date(serverNow - 5 * MIN).toISOString(),
    deadlineAt: new Date(serverNow + 30 * MIN).toISOString(),
    submittedAt: null,
    score: null,
    maxScore: 4,
    percent: null,
    passed: null,
    quizId: 3,
    quizTitle: 'Kiểm tra an toàn thông tin',
    classId: 5,
    serverNow: new Date(serverNow).toISOString(),
    questions: [
      { slot: 1, question: { type: 'single_choice', html: '<p>Mật khẩu?</p>', points: 1, options: [{ id: 'a', html: 'A' }, { id: 'b', html: 'B' }] }, answer: null, seq: 0 },
      { slot: 2, question: { type: 'numeric', html: '<p>Bao nhiêu xã?</p>', points: 1 }, answer: { type: 'numeric', text: '20' }, seq: 4 },
      { slot: 3, question: { type: 'essay', html: '<p>Kế hoạch?</p>', points: 2, maxWords: 100 }, answer: null, seq: 0 },
    ],
    review: null,
    ...over,
  };
}

const submitted = (over: Partial<AttemptView> = {}): AttemptView =>
  attempt({ state: 'graded', submittedAt: new Date(Date.now()).toISOString(), deadlineAt: null, review: { showsScore: true, showsResponses: true, showsCorrect: false, showsFeedback: false, questions: [] }, ...over }, Date.now());

const cached = (): CachedAttempt | null => {
  const raw = localStorage.getItem(attemptStorageKey(1));
  return raw ? (JSON.parse(raw) as CachedAttempt) : null;
};

const body = (req: TestRequest) => req.request.body as SaveAnswersRequest;
const echo = (req: TestRequest, serverNow = Date.now(), deadline = T0 + 30 * MIN) =>
  req.flush({ saved: body(req).answers.map(({ slot, seq }) => ({ slot, seq })), deadlineAt: new Date(deadline).toISOString(), serverNow: new Date(serverNow).toISOString() });
const offline = (req: TestRequest) => req.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code, correlationId: 'x' }, { status, statusText: 'Refused' });

describe('AttemptStore', () => {
  let http: HttpTestingController;
  let store: AttemptStore;

  function open(view: AttemptView = attempt()): void {
    store.load(1);
    http.expectOne({ method: 'GET', url: VIEW }).flush(view);
  }

  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(T0);
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AttemptStore, { provide: ATTEMPT_SAVE_DEBOUNCE_MS, useValue: 1500 }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AttemptStore);
  });

  afterEach(() => {
    http.verify();
    TestBed.resetTestingModule();
    jest.useRealTimers();
  });

  it('numbers every change after the highest sequence number it knows, keeps it on the device at once, and sends all unsaved answers in one request', () => {
    open();
    store.answer(3, { type: 'essay', text: 'Mục' }, 'typing');
    store.answer(3, { type: 'essay', text: 'Mục tiêu' }, 'typing');
    // The server's highest was 4: the device continues from there.
    expect(cached()).toEqual({ counter: 6, answers: { 3: { answer: { type: 'essay', text: 'Mục tiêu' }, seq: 6, saved: false } } });
    expect(store.questions()[2].status).toBe('unsaved');
    expect(store.saveState()).toBe('saving');
    jest.advanceTimersByTime(1499);
    http.expectNone(ANSWERS);
    // A click is sent at once, with what was being typed.
    store.answer(1, { type: 'single_choice', optionId: 'b' });
    const first = http.expectOne({ method: 'POST', url: ANSWERS });
    expect(body(first).answers).toEqual([
      { slot: 1, answer: { type: 'single_choice', optionId: 'b' }, seq: 7 },
      { slot: 3, answer: { type: 'essay', text: 'Mục tiêu' }, seq: 6 },
    ]);
    // A change while the request is on its way: its older echo does not count for the newer answer.
    store.answer(1, { type: 'single_choice', optionId: 'a' });
    http.expectNone(ANSWERS);
    echo(first);
    expect(store.questions().map((q) => q.status)).toEqual(['unsaved', 'answered', 'answered']);
    const second = http.expectOne(ANSWERS);
    expect(body(second).answers).toEqual([{ slot: 1, answer: { type: 'single_choice', optionId: 'a' }, seq: 8 }]);
    echo(second);
    expect(store.saveState()).toBe('saved');
    expect(cached()?.answers[1]).toEqual({ answer: { type: 'single_choice', optionId: 'a' }, seq: 8, saved: true });
    expect(cached()?.counter).toBe(8);
  });

  it('keeps answers on the device while the link is down, retries with a growing wait, and sends them at once when the link is back', () => {
    open();
    store.answer(1, { type: 'single_choice', optionId: 'a' });
    offline(http.expectOne(ANSWERS));
    expect(store.saveState()).toBe('offline');
    expect(store.questions()[0].status).toBe('unsaved');
    expect(cached()?.answers[1]).toEqual({ answer: { type: 'single_choice', optionId: 'a' }, seq: 5, saved: false });
    jest.advanceTimersByTime(1000);
    offline(http.expectOne(ANSWERS));
    jest.advanceTimersByTime(1999);
    http.expectNone(ANSWERS);
    // Meanwhile the learner goes on answering: still on the device.
    store.answer(3, { type: 'essay', text: 'Kế hoạch của xã' }, 'typing');
    expect(cached()?.answers[3].saved).toBe(false);
    window.dispatchEvent(new Event('online'));
    const back = http.expectOne(ANSWERS);
    expect(body(back).answers.map((a) => [a.slot, a.seq])).toEqual([
      [1, 5],
      [3, 6],
    ]);
    echo(back);
    expect(store.saveState()).toBe('saved');
    expect(Object.values(cached()?.answers ?? {}).every((a) => a.saved)).toBe(true);
    jest.advanceTimersByTime(60_000);
    http.expectNone(ANSWERS);
  });

  it('after a reload, shows the device answers that are newer than the server and sends them; older ones give way to the server', () => {
    const device: CachedAttempt = {
      counter: 9,
      answers: {
        1: { answer: { type: 'single_choice', optionId: 'b' }, seq: 9, saved: false },
        // The server already holds a newer answer for slot 2 (seq 4): this one is stale.
        2: { answer: { type: 'numeric', text: '18' }, seq: 3, saved: false },
      },
    };
    localStorage.setItem(attemptStorageKey(1), JSON.stringify(device));
    store.load(1);
    http.expectOne(VIEW).flush(attempt({ questions: attempt().questions.map((q) => (q.slot === 1 ? { ...q, answer: { type: 'single_choice', optionId: 'a' }, seq: 2 } : q)) }));
    expect(store.questions().map((q) => [q.answer, q.status])).toEqual([
      [{ type: 'single_choice', optionId: 'b' }, 'unsaved'],
      [{ type: 'numeric', text: '20' }, 'answered'],
      [null, 'unanswered'],
    ]);
    const resend = http.expectOne(ANSWERS);
    expect(body(resend).answers).toEqual([{ slot: 1, answer: { type: 'single_choice', optionId: 'b' }, seq: 9 }]);
    echo(resend);
    // The counter carries on from the device's.
    store.answer(3, { type: 'essay', text: 'x' });
    const next = http.expectOne(ANSWERS);
    expect(body(next).answers[0].seq).toBe(10);
    echo(next);
  });

  it('counts the time left from the server clock, not from a device clock that is 10 minutes slow', () => {
    // The device says 02:00; the server says 02:10, and the deadline is 02:40 by the server.
    open(attempt({}, T0 + 10 * MIN));
    expect(store.remainingMs()).toBe(30 * MIN);
    jest.advanceTimersByTime(MIN);
    expect(store.remainingMs()).toBe(29 * MIN);
    // A save answers with the server's clock again; the device's jump (set right by the learner) changes nothing.
    jest.setSystemTime(Date.now() + 10 * MIN);
    store.answer(1, { type: 'single_choice', optionId: 'a' });
    echo(http.expectOne(ANSWERS), T0 + 11 * MIN, T0 + 40 * MIN);
    expect(store.remainingMs()).toBe(29 * MIN);
  });

  it('at zero sends what is unsaved, then submits, and shows the result', () => {
    open();
    store.answer(3, { type: 'essay', text: 'Lộ trình ba năm' }, 'typing');
    jest.advanceTimersByTime(1000);
    jest.setSystemTime(T0 + 30 * MIN - 1000);
    jest.advanceTimersByTime(1000);
    expect(store.remainingMs()).toBe(0);
    expect(store.submitState()).toBe('submitting');
    const last = http.expectOne(ANSWERS);
    expect(body(last).answers[0]).toMatchObject({ slot: 3, answer: { text: 'Lộ trình ba năm' } });
    http.expectNone(SUBMIT);
    echo(last);
    http.expectOne({ method: 'POST', url: SUBMIT }).flush(submitted());
    expect(store.inProgress()).toBe(false);
    expect(store.view()?.state).toBe('graded');
    expect(store.remainingMs()).toBeNull();
    expect(cached()).toBeNull();
    jest.advanceTimersByTime(10_000);
    http.expectNone(SUBMIT);
  });

  it('when the server says time is up, stops saving, keeps its sentence, reads the review and names the answers that were not saved', () => {
    open();
    store.answer(1, { type: 'single_choice', optionId: 'a' });
    refuse(http.expectOne(ANSWERS), 409, 'assessment.time_up', 'Đã hết giờ làm bài.');
    expect(store.closedMessage()).toBe('Đã hết giờ làm bài.');
    expect(store.inProgress()).toBe(false);
    http.expectOne({ method: 'GET', url: VIEW }).flush(submitted());
    expect(store.view()?.state).toBe('graded');
    expect(store.lostQuestions()).toEqual([1]);
    store.answer(3, { type: 'essay', text: 'muộn' });
    jest.advanceTimersByTime(60_000);
    http.expectNone(ANSWERS);
  });

  it('shows a refused numeric answer under its question and still saves the others', () => {
    open();
    store.answer(2, { type: 'numeric', text: 'hai mươi' }, 'typing');
    store.answer(1, { type: 'single_choice', optionId: 'a' });
    // One request for both is refused: the store finds which one by sending them one at a time.
    refuse(http.expectOne(ANSWERS), 422, 'assessment.answer_not_a_number', 'Câu 2: câu trả lời phải là một số.');
    const one = http.expectOne(ANSWERS);
    expect(body(one).answers.map((a) => a.slot)).toEqual([1]);
    echo(one);
    const two = http.expectOne(ANSWERS);
    expect(body(two).answers.map((a) => a.slot)).toEqual([2]);
    refuse(two, 422, 'assessment.answer_not_a_number', 'Câu 2: câu trả lời phải là một số.');
    expect(store.questions()[1]).toMatchObject({ status: 'unsaved', refusal: 'Câu 2: câu trả lời phải là một số.' });
    expect(store.questions()[0].status).toBe('answered');
    expect(store.saveState()).toBe('refused');
    jest.advanceTimersByTime(60_000);
    http.expectNone(ANSWERS);
    store.answer(2, { type: 'numeric', text: '22' }, 'typing');
    expect(store.questions()[1].refusal).toBeNull();
    jest.advanceTimersByTime(1500);
    echo(http.expectOne(ANSWERS));
    expect(store.saveState()).toBe('saved');
  });

  it('a submission while the link is down waits and says so, then goes when the link is back', () => {
    open();
    store.answer(1, { type: 'single_choice', optionId: 'b' });
    offline(http.expectOne(ANSWERS));
    store.submit();
    offline(http.expectOne(ANSWERS));
    expect(store.submitState()).toBe('waiting');
    expect(store.editable()).toBe(false);
    window.dispatchEvent(new Event('online'));
    echo(http.expectOne(ANSWERS));
    // The server holds the answer the device sent (seq 5): nothing was lost.
    http.expectOne(SUBMIT).flush(submitted({ questions: attempt().questions.map((q) => (q.slot === 1 ? { ...q, answer: { type: 'single_choice', optionId: 'b' }, seq: 5 } : q)) }));
    expect(store.view()?.state).toBe('graded');
    expect(store.lostQuestions()).toEqual([]);
  });

  it('a submission refused by the server can be tried again', () => {
    open();
    store.submit();
    refuse(http.expectOne(SUBMIT), 403, 'assessment.not_in_class', 'Bạn không còn trong lớp.');
    expect(store.submitState()).toBe('failed');
    expect(store.submitError()).toBe('Bạn không còn trong lớp.');
    expect(store.editable()).toBe(true);
    store.submit();
    http.expectOne(SUBMIT).flush(submitted());
    expect(store.inProgress()).toBe(false);
  });

  it('a damaged device entry reads as nothing', () => {
    localStorage.setItem(attemptStorageKey(1), '{"counter":"x","answers":{"1":{"seq":3,"answer":{"type":"script"}}}}');
    open();
    expect(store.questions()[0].answer).toBeNull();
    http.expectNone(ANSWERS);
  });
  it('shows the attempt a start has just handed over without reading it again, merging what the device kept, once and only while fresh', () => {
    const handoff = TestBed.inject(AttemptHandoff);
    localStorage.setItem(attemptStorageKey(1), JSON.stringify({ counter: 9, answers: { 3: { answer: { type: 'essay', text: 'Nháp' }, seq: 9, saved: false } } }));
    handoff.put(attempt());
    jest.advanceTimersByTime(2000);
    store.load(1);
    http.expectNone(VIEW);
    expect(store.questions().map((q) => q.status)).toEqual(['unanswered', 'answered', 'unsaved']);
    // The server's clock moved on by the time the view waited: 30 minutes left at the start, 2 s later 29:58.
    expect(store.remainingMs()).toBe(30 * MIN - 2000);
    // The device's newer answer goes to the server at once, as after a read.
    echo(http.expectOne(ANSWERS));
    // Taken once: a reload reads the attempt (the server holds the draft now).
    const onServer = attempt({ questions: attempt().questions.map((q) => (q.slot === 3 ? { ...q, answer: { type: 'essay', text: 'Nháp' }, seq: 9 } : q)) });
    store.load(1);
    http.expectOne({ method: 'GET', url: VIEW }).flush(onServer);
    // Another attempt's, or a stale one, is not used.
    handoff.put(attempt({ id: 2 }));
    store.load(1);
    http.expectOne({ method: 'GET', url: VIEW }).flush(onServer);
    handoff.put(attempt());
    jest.advanceTimersByTime(11_000);
    store.load(1);
    http.expectOne({ method: 'GET', url: VIEW }).flush(onServer);
  });
});
