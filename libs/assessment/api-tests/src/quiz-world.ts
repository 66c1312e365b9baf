import { bearer, createAccount, createUnit, signIn, TestApp, uid } from '@cds/api/testing';
import type { CourseVersionDto, QuestionBody, QuestionDetail, QuizDto, QuizSettings } from '@cds/contracts';
import { ClassTrainer, Enrolment, TrainingClass } from '@cds/delivery/api';
import { Account } from '@cds/people/api';

/** Strings that live only in keys, feedback and rubrics: none may reach a learner before the review policy allows. */
export const SECRETS = ['KHOA-BI-MAT', 'PHAN-HOI-RIENG', 'PHAN-HOI-CHUNG', 'THANG-DIEM-BI-MAT', '4242', 'DAP-AN-NGAN'];

const base = { generalFeedback: 'PHAN-HOI-CHUNG cho mọi người', points: 1, tags: ['cds'] };

/** One question of every type, each with its secrets. */
export const EVERY_TYPE: QuestionBody[] = [
  {
    ...base,
    type: 'single_choice',
    name: 'Cổng dịch vụ công',
    text: 'Cổng Dịch vụ công quốc gia có địa chỉ nào?',
    options: [
      { id: 'a', text: 'dichvucong.gov.vn', weight: 100, feedback: 'PHAN-HOI-RIENG: đúng' },
      { id: 'b', text: 'dichvu.vn', weight: 0, feedback: 'PHAN-HOI-RIENG: sai' },
      { id: 'c', text: 'congdichvu.com', weight: 0, feedback: '' },
    ],
  },
  {
    ...base,
    type: 'multiple_choice',
    name: 'Mật khẩu mạnh',
    text: 'Chọn các mật khẩu mạnh.',
    points: 2,
    options: [
      { id: 'a', text: 'Tr0ng#Dai!2025', weight: 50, feedback: 'PHAN-HOI-RIENG' },
      { id: 'b', text: 'Ngựa~Pin=Kẹp', weight: 50, feedback: '' },
      { id: 'c', text: '123456', weight: -100, feedback: '' },
    ],
  },
  { ...base, type: 'true_false', name: 'VNeID', text: 'VNeID là ứng dụng định danh điện tử quốc gia.', correct: true, feedbackTrue: 'PHAN-HOI-RIENG đúng', feedbackFalse: 'PHAN-HOI-RIENG sai' },
  {
    ...base,
    type: 'short_answer',
    name: 'Viết tắt',
    text: 'Chuyển đổi số viết tắt là gì?',
    caseSensitive: false,
    ignoreDiacritics: true,
    answers: [
      { text: 'DAP-AN-NGAN', weight: 100, feedback: 'PHAN-HOI-RIENG' },
      { text: 'CĐS', weight: 100, feedback: '' },
    ],
  },
  { ...base, type: 'numeric', name: 'Số xã', text: 'Tỉnh có bao nhiêu xã?', answers: [{ kind: 'tolerance', value: 4242, tolerance: 0, weight: 100, feedback: 'PHAN-HOI-RIENG' }] },
  {
    ...base,
    type: 'matching',
    name: 'Ghép nền tảng',
    text: 'Ghép nền tảng với công dụng.',
    pairs: [
      { id: 'p1', prompt: 'VNeID', answer: 'Định danh' },
      { id: 'p2', prompt: 'Zalo', answer: 'Nhắn tin' },
    ],
    distractors: ['Nấu ăn'],
  },
  { ...base, type: 'essay', name: 'Tự luận', text: 'Nêu ba việc xã cần làm để chuyển đổi số.', points: 4, rubric: 'THANG-DIEM-BI-MAT: mỗi ý 1 điểm', maxWords: 300 },
];

/** Right answers to EVERY_TYPE, by index, in the shape the API takes. */
export const RIGHT_ANSWERS = [
  { type: 'single_choice', optionId: 'a' },
  { type: 'multiple_choice', optionIds: ['a', 'b'] },
  { type: 'true_false', value: true },
  { type: 'short_answer', text: 'cds' },
  { type: 'numeric', text: '4242' },
  { type: 'matching', matches: { p1: 'Định danh', p2: 'Nhắn tin' } },
  { type: 'essay', text: 'Một là số hóa hồ sơ; hai là tập huấn; ba là đưa dịch vụ công lên mạng.' },
] as const;

export const defaultSettings = (over: Partial<QuizSettings> = {}): QuizSettings => ({
  title: 'Kiểm tra cuối khóa',
  description: 'Làm trong **30 phút**.',
  moduleId: null,
  classId: null,
  selection: { kind: 'fixed', questionIds: [] },
  shuffleQuestions: false,
  shuffleOptions: false,
  timeLimitMinutes: 30,
  opensAt: null,
  closesAt: null,
  maxAttempts: 2,
  passPercent: 50,
  gradingMethod: 'highest',
  review: { score: 'after_submit', responses: 'after_submit', correct: 'after_submit', feedback: 'after_submit' },
  secondMarker: false,
  published: true,
  ...over,
});

export interface Learner {
  token: string;
  personId: number;
}

export interface QuizWorld {
  courseId: number;
  classId: number;
  otherClassId: number;
  trainer: string;
  trainerPersonId: number;
  secondTrainer: string;
  otherTrainer: string;
  learners: Learner[];
  outsider: Learner;
  questionIds: number[];
}

let ip = 0;
const nextIp = () => `10.77.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`;

async function signedIn(t: TestApp, account: { accountId: number; email: string }): Promise<Learner> {
  const token = (await signIn(t, account.email, undefined, nextIp())).accessToken;
  const personId = (await t.db.getRepository(Account).findOneByOrFail({ id: account.accountId })).personId;
  return { token, personId };
}

/** A course with one question of every type, a running class with its trainer and `learnerCount` enrolled learners, and another class. */
export async function buildWorld(t: TestApp, learnerCount = 3): Promise<QuizWorld> {
  const province = await createUnit(t.db, `Tỉnh Ninh Bình ${uid()}`, 'province');
  const commune = await createUnit(t.db, `Xã Gia Viễn ${uid()}`, 'commune', province);
  const trainerAccount = await createAccount(t.db, { unit: province, grants: [['trainer', province]], fullName: 'Trần Văn Giảng' });
  const trainer = await signedIn(t, trainerAccount);
  const second = await signedIn(t, await createAccount(t.db, { unit: province, grants: [['trainer', province]], fullName: 'Phạm Thị Chấm' }));
  const other = await signedIn(t, await createAccount(t.db, { unit: province, grants: [['trainer', province]], fullName: 'Lý Văn Khác' }));
  const accounts = [];
  for (let i = 0; i < learnerCount; i++) accounts.push(await createAccount(t.db, { unit: commune, grants: [], fullName: `Nguyễn Thị Học ${i + 1}` }));
  // Sign-ins check an argon2 hash (slow on purpose): a few at once use the hashing threads.
  const learners: Learner[] = [];
  for (let i = 0; i < accounts.length; i += 8) learners.push(...(await Promise.all(accounts.slice(i, i + 8).map((a) => signedIn(t, a)))));
  const outsider = await signedIn(t, await createAccount(t.db, { unit: commune, grants: [], fullName: 'Hoàng Văn Ngoài' }));

  const course = (
    await t
      .http()
      .post('/api/courses')
      .set(bearer(trainer.token))
      .send({ code: `KT-${uid()}`, title: 'Kỹ năng số cho cán bộ xã', summary: '', topicArea: 'digital_government', hours: 8, seatFunctions: [] })
      .expect(201)
  ).body as CourseVersionDto;
  const questionIds: number[] = [];
  for (const q of EVERY_TYPE) questionIds.push(((await t.http().post(`/api/courses/${course.courseId}/questions`).set(bearer(trainer.token)).send(q).expect(201)).body as QuestionDetail).id);

  const now = new Date();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const newClass = async (code: string) => {
    const { identifiers } = await t.db.getRepository(TrainingClass).insert({
      code: `${code}-${uid()}`,
      title: 'Lớp kỹ năng số',
      courseId: course.courseId,
      courseVersionId: course.id,
      mode: 'online',
      startDate: day(-3),
      endDate: day(10),
      enrolmentDeadline: day(-4),
      place: 'Trực tuyến',
      capacity: 500,
      enrolledCount: 0,
      organiserUnitId: province.id,
      cancelled: false,
      createdBy: null,
      createdAt: now,
    });
    return Number(identifiers[0]['id']);
  };
  const classId = await newClass('KNS');
  const otherClassId = await newClass('KNS-B');
  await t.db.getRepository(ClassTrainer).insert([
    { classId, personId: trainer.personId },
    { classId, personId: second.personId },
    { classId: otherClassId, personId: other.personId },
  ]);
  await t.db.getRepository(Enrolment).insert(
    learners.map((l) => ({ classId, personId: l.personId, state: 'enrolled' as const, nominatedBy: null, decidedBy: null, reason: null, waitlistedAt: null, lastLessonId: null, createdAt: now, updatedAt: now })),
  );
  return { courseId: course.courseId, classId, otherClassId, trainer: trainer.token, trainerPersonId: trainer.personId, secondTrainer: second.token, otherTrainer: other.token, learners, outsider, questionIds };
}

export async function createQuiz(t: TestApp, world: QuizWorld, over: Partial<QuizSettings> = {}): Promise<QuizDto> {
  const settings = defaultSettings({ selection: { kind: 'fixed', questionIds: world.questionIds }, ...over });
  return (await t.http().post(`/api/courses/${world.courseId}/quizzes`).set(bearer(world.trainer)).send(settings).expect(201)).body as QuizDto;
}
