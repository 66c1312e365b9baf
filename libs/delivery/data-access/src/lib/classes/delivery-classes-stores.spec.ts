import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ClassDetail, ClassSummary, EnrolmentDto, PlanDto, SessionDto } from '@cds/contracts';
import { SILENT_ERRORS } from '@cds/web/core';
import { firstValueFrom } from 'rxjs';
import { ClassStore } from './class-store';
import { ClassesListStore } from './classes-list-store';
import { DeliveryClassesApi } from './delivery-classes-api';
import { EnrolmentQueuesStore } from './enrolment-queues-store';
import { PlanStore } from './plan-store';

const summary = (id: number, over: Partial<ClassSummary> = {}): ClassSummary => ({
  id,
  code: `L${id}`,
  title: `Lớp ${id}`,
  courseId: 1,
  courseVersionId: 1,
  courseTitle: 'Cổng dịch vụ công và VNeID',
  mode: 'in_person',
  state: 'upcoming',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  enrolmentDeadline: '2026-02-25',
  place: 'Hội trường UBND tỉnh',
  capacity: 30,
  enrolled: 0,
  waitlisted: 0,
  open: true,
  organiserUnitId: 1,
  organiserUnitName: 'Sở KH&CN',
  trainers: [],
  ...over,
});

const session = (id: number, startsAt: string): SessionDto => ({
  id,
  classId: 5,
  title: `Buổi ${id}`,
  startsAt,
  endsAt: startsAt,
  place: '',
  onlineUrl: null,
});

const enrolment = (id: number, over: Partial<EnrolmentDto> = {}): EnrolmentDto => ({
  id,
  classId: 5,
  classCode: 'L5',
  classTitle: 'Lớp 5',
  personId: 100 + id,
  fullName: `Người ${id}`,
  orgUnitName: 'Xã Giao An',
  state: 'nominated',
  nominatedBy: null,
  decidedBy: null,
  reason: null,
  waitlistPosition: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

const plan = (year: number): PlanDto => ({ id: year - 2000, year, title: `Kế hoạch năm ${year}`, items: [] });

describe('delivery classes data access', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ClassesListStore, ClassStore, PlanStore, EnrolmentQueuesStore],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  describe('DeliveryClassesApi', () => {
    it('nominates the chosen people and decides silently, so the dialog shows the refusal', async () => {
      const api = TestBed.inject(DeliveryClassesApi);
      const nominated = firstValueFrom(api.nominate(5, [7, 9]));
      const post = http.expectOne('/api/classes/5/nominations');
      expect(post.request.method).toBe('POST');
      expect(post.request.body).toEqual({ personIds: [7, 9] });
      expect(post.request.context.get(SILENT_ERRORS)).toBe(true);
      post.flush({ nominated: [enrolment(1)] });
      expect((await nominated).nominated).toHaveLength(1);

      const decided = firstValueFrom(api.decide(1, { decision: 'reject', reason: 'Không thuộc đối tượng' }));
      const decision = http.expectOne('/api/enrolments/1/decision');
      expect(decision.request.body).toEqual({ decision: 'reject', reason: 'Không thuộc đối tượng' });
      expect(decision.request.context.get(SILENT_ERRORS)).toBe(true);
      decision.flush(enrolment(1, { state: 'rejected', reason: 'Không thuộc đối tượng' }));
      expect((await decided).state).toBe('rejected');
    });

    it('downloads the plan export and the calendar as files, with the name the API gives', async () => {
      const api = TestBed.inject(DeliveryClassesApi);
      const file = firstValueFrom(api.planXlsx(2026));
      const req = http.expectOne('/api/plans/2026/export');
      expect(req.request.responseType).toBe('blob');
      req.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="ke-hoach-2026.xlsx"' } });
      expect((await file).disposition).toContain('ke-hoach-2026.xlsx');

      const ics = firstValueFrom(api.calendarIcs(5));
      http.expectOne('/api/classes/5/calendar.ics').flush(new Blob(['BEGIN:VCALENDAR']));
      expect((await ics).blob.size).toBeGreaterThan(0);
    });

    it('asks a queue by state and class, and the attendance sheet of a class', () => {
      const api = TestBed.inject(DeliveryClassesApi);
      api.queue({ state: 'waitlisted', classId: 5, limit: 10 }).subscribe();
      expect(http.expectOne((r) => r.url === '/api/enrolments').request.params.toString()).toBe('state=waitlisted&classId=5&limit=10');
      api.attendanceXlsx(5).subscribe();
      expect(http.expectOne('/api/classes/5/attendance.xlsx').request.responseType).toBe('blob');
    });
  });

  describe('ClassesListStore', () => {
    it('reads the first page for the filters and appends the next with the cursor', () => {
      const store = TestBed.inject(ClassesListStore);
      store.load({ state: 'upcoming', courseId: 3, q: ' VNeID ' });
      const first = http.expectOne((r) => r.url === '/api/classes');
      expect(first.request.params.toString()).toBe('state=upcoming&courseId=3&q=VNeID&limit=30');
      first.flush({ items: [summary(1)], nextCursor: 'c1' });
      expect(store.hasMore()).toBe(true);
      store.loadMore();
      const next = http.expectOne((r) => r.url === '/api/classes');
      expect(next.request.params.get('cursor')).toBe('c1');
      expect(next.request.params.get('state')).toBe('upcoming');
      next.flush({ items: [summary(2)], nextCursor: null });
      expect(store.items().map((c) => c.id)).toEqual([1, 2]);
      expect(store.hasMore()).toBe(false);
    });
  });

  describe('ClassStore', () => {
    it('shows the class even when its participants are out of the caller’s reach', () => {
      const store = TestBed.inject(ClassStore);
      store.load(5);
      const detail: ClassDetail = { ...summary(5), sessions: [session(2, '2026-03-03T01:00:00Z'), session(1, '2026-03-02T01:00:00Z')] };
      http.expectOne('/api/classes/5').flush(detail);
      http.expectOne('/api/classes/5/enrolments').flush({ statusCode: 403, error: 'Forbidden', message: 'Ngoài phạm vi', code: 'delivery.out_of_scope' }, { status: 403, statusText: 'Forbidden' });
      expect(store.detail()?.code).toBe('L5');
      expect(store.sessions().map((s) => s.id)).toEqual([1, 2]);
      expect(store.error()).toBeNull();
      expect(store.participantsError()?.code).toBe('delivery.out_of_scope');
      expect(store.participants()).toEqual([]);
    });

    it('puts an added or changed session in its place by time, and removes a deleted one', () => {
      const store = TestBed.inject(ClassStore);
      store.load(5);
      http.expectOne('/api/classes/5').flush({ ...summary(5), sessions: [session(1, '2026-03-02T01:00:00Z')] });
      http.expectOne('/api/classes/5/enrolments').flush([]);
      store.putSession(session(3, '2026-03-01T01:00:00Z'));
      store.putSession({ ...session(1, '2026-03-04T01:00:00Z'), title: 'Buổi cuối' });
      expect(store.sessions().map((s) => [s.id, s.title])).toEqual([
        [3, 'Buổi 3'],
        [1, 'Buổi cuối'],
      ]);
      store.removeSession(3);
      expect(store.sessions().map((s) => s.id)).toEqual([1]);
    });
  });

  describe('PlanStore', () => {
    it('takes a year without a plan as no plan (not an error), and a created plan joins the years', () => {
      const store = TestBed.inject(PlanStore);
      store.loadPlans();
      http.expectOne('/api/plans').flush([{ id: 22, year: 2022, title: 'Kế hoạch 2022' }]);
      store.load(2027);
      http.expectOne('/api/plans/2027').flush({ statusCode: 404, error: 'Not Found', message: 'Chưa có kế hoạch', code: 'delivery.plan_not_found' }, { status: 404, statusText: 'Not Found' });
      expect([store.plan(), store.error(), store.loaded()]).toEqual([null, null, true]);
      store.set(plan(2027));
      expect(store.plans().map((p) => p.year)).toEqual([2027, 2022]);
      expect(store.plan()?.title).toBe('Kế hoạch năm 2027');
    });

    it('keeps other failures as errors, and a newer year wins over a slower older one', () => {
      const store = TestBed.inject(PlanStore);
      store.load(2025);
      store.load(2026);
      const [older, newer] = http.match((r) => r.url.startsWith('/api/plans/'));
      expect(older.cancelled).toBe(true);
      newer.flush({ statusCode: 500, error: 'x', message: 'x' }, { status: 500, statusText: 'Server Error' });
      expect(store.error()?.statusCode).toBe(500);
      expect(store.year()).toBe(2026);
    });
  });

  describe('EnrolmentQueuesStore', () => {
    it('reads each queue by its state, and shows what an approval did to the row (waiting list place)', async () => {
      const store = TestBed.inject(EnrolmentQueuesStore);
      store.load('nominated', 'requested');
      const reads = http.match((r) => r.url === '/api/enrolments');
      expect(reads.map((r) => r.request.params.get('state'))).toEqual(['nominated', 'requested']);
      reads[0].flush({ items: [enrolment(1), enrolment(2)], nextCursor: null });
      reads[1].flush({ items: [enrolment(3, { state: 'requested' })], nextCursor: null });
      expect(store.queue('nominated').items().length).toBe(2);

      const row = store.queue('nominated').items()[0];
      const answer = firstValueFrom(store.decide(row, { decision: 'approve' }));
      http.expectOne('/api/enrolments/1/decision').flush(enrolment(1, { state: 'waitlisted', waitlistPosition: 2 }));
      await answer;
      expect(store.current(row)).toMatchObject({ state: 'waitlisted', waitlistPosition: 2 });
      expect(store.current(store.queue('nominated').items()[1]).state).toBe('nominated');

      store.load('nominated');
      http.expectOne((r) => r.url === '/api/enrolments').flush({ items: [enrolment(2)], nextCursor: null });
      expect(store.decided().size).toBe(0);
    });

    it('lists the classes open for nomination', () => {
      const store = TestBed.inject(EnrolmentQueuesStore);
      store.loadOpenClasses();
      http.expectOne('/api/classes/open').flush([summary(5)]);
      expect(store.openClasses().map((c) => c.code)).toEqual(['L5']);
    });
  });
});
