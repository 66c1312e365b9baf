import type { AnswerValue, QuestionBody, QuizSettings } from '@cds/contracts';
import { Attempt, AttemptMark, AttemptQuestion, attemptScore, grade, naturalOrder, Question, QuestionVersion, Quiz, roundPoints } from '@cds/assessment/api';
import { Enrolment } from '@cds/delivery/api';
import { EntityManager } from 'typeorm';

export interface AssessmentContext {
  random: () => number;
  now: Date;
  /** CDS-05, the course of the running demo class. */
  courseId: number;
  classId: number;
  trainerPersonId: number;
  trainerAccountId: number;
  learnerPersonId: number;
}

export interface SeededAssessment {
  quick: number;
  midterm: number;
  practice: number;
}

const base = { generalFeedback: '', points: 1 };
const PRACTICE = 'luyện tập';

/** CDS-05's bank: information security and personal data for commune officials, one question of every type and then some. */
const BANK: QuestionBody[] = [
  {
    ...base,
    type: 'single_choice',
    name: 'Dấu hiệu thư lừa đảo',
    text: 'Dấu hiệu nào cho thấy một thư điện tử **có thể là thư lừa đảo** (phishing)?',
    tags: ['nhận diện nguy cơ', PRACTICE],
    generalFeedback: 'Kẻ gian hay dùng tên miền gần giống tên miền của cơ quan; luôn đọc kỹ địa chỉ người gửi.',
    options: [
      { id: 'a', text: 'Địa chỉ người gửi gần giống tên miền của cơ quan nhưng sai một ký tự', weight: 100, feedback: 'Đúng: đây là thủ đoạn giả mạo tên miền phổ biến.' },
      { id: 'b', text: 'Thư có chữ ký số hợp lệ của cơ quan', weight: 0, feedback: 'Chữ ký số hợp lệ là dấu hiệu tin cậy.' },
      { id: 'c', text: 'Thư gửi từ hệ thống thư công vụ nội bộ', weight: 0, feedback: '' },
      { id: 'd', text: 'Thư không có tệp đính kèm', weight: 0, feedback: 'Thư lừa đảo có thể có hoặc không có tệp đính kèm.' },
    ],
  },
  {
    ...base,
    type: 'multiple_choice',
    name: 'Mật khẩu mạnh',
    text: 'Những mật khẩu nào dưới đây là **mật khẩu mạnh**? (chọn tất cả các đáp án đúng)',
    points: 2,
    tags: ['bảo vệ tài khoản', PRACTICE],
    options: [
      { id: 'a', text: '`Giao#Thien-2025!bien`', weight: 50, feedback: 'Dài, có chữ hoa, chữ thường, số và ký tự đặc biệt.' },
      { id: 'b', text: '`ca-phe-sua-da-7-gio-sang`', weight: 50, feedback: 'Cụm từ dài, dễ nhớ mà khó đoán.' },
      { id: 'c', text: '`12345678`', weight: -50, feedback: 'Một trong những mật khẩu bị dò đầu tiên.' },
      { id: 'd', text: '`GiaoThien`', weight: -50, feedback: 'Tên địa phương rất dễ đoán.' },
    ],
  },
  {
    ...base,
    type: 'true_false',
    name: 'Xác thực hai yếu tố',
    text: 'Xác thực hai yếu tố (2FA) giúp bảo vệ tài khoản ngay cả khi mật khẩu bị lộ.',
    tags: ['bảo vệ tài khoản', PRACTICE],
    correct: true,
    feedbackTrue: 'Đúng: kẻ gian còn cần yếu tố thứ hai (mã trên điện thoại của bạn).',
    feedbackFalse: 'Chưa đúng: yếu tố thứ hai chặn được kẻ đã biết mật khẩu.',
  },
  {
    ...base,
    type: 'short_answer',
    name: 'Tên hình thức lừa đảo',
    text: 'Hình thức gửi thư giả mạo để đánh cắp mật khẩu, thông tin cá nhân có tên tiếng Anh là gì?',
    tags: ['nhận diện nguy cơ', PRACTICE],
    caseSensitive: false,
    ignoreDiacritics: true,
    answers: [
      { text: 'phishing', weight: 100, feedback: '' },
      { text: 'fishing', weight: 50, feedback: 'Gần đúng: viết đúng là “phishing”.' },
    ],
  },
  {
    ...base,
    type: 'matching',
    name: 'Xử lý sự cố ban đầu',
    text: 'Ghép mỗi sự cố với **việc cần làm đầu tiên**.',
    points: 3,
    tags: ['xử lý sự cố'],
    pairs: [
      { id: 'p1', prompt: 'Máy tính bị mã độc tống tiền mã hóa dữ liệu', answer: 'Ngắt máy khỏi mạng' },
      { id: 'p2', prompt: 'Lộ mật khẩu hộp thư công vụ', answer: 'Đổi mật khẩu ngay' },
      { id: 'p3', prompt: 'Tin nhắn giả danh lãnh đạo xin chuyển tiền gấp', answer: 'Gọi điện xác minh trực tiếp' },
    ],
    distractors: ['Tắt màn hình và đi về'],
  },
  {
    ...base,
    type: 'numeric',
    name: 'Quy tắc sao lưu 3-2-1',
    text: 'Theo quy tắc sao lưu 3-2-1, cần giữ **ít nhất bao nhiêu bản sao** dữ liệu?',
    tags: ['sao lưu', PRACTICE],
    answers: [{ kind: 'tolerance', value: 3, tolerance: 0, weight: 100, feedback: '3 bản sao, trên 2 loại thiết bị, 1 bản để ở nơi khác.' }],
  },
  {
    ...base,
    type: 'essay',
    name: 'Bảo vệ dữ liệu cá nhân ở xã',
    text: 'Xã của đồng chí lưu giữ nhiều hồ sơ có dữ liệu cá nhân của người dân. Hãy nêu **ba biện pháp** cụ thể để bảo vệ các dữ liệu này.',
    points: 4,
    tags: ['dữ liệu cá nhân'],
    rubric:
      'Mỗi biện pháp đúng và cụ thể: 1 điểm (tối đa 3). Ví dụ: phân quyền truy cập theo nhiệm vụ; đặt mật khẩu hoặc mã hóa tệp; sao lưu định kỳ; không gửi qua ứng dụng nhắn tin cá nhân; hủy hồ sơ hết hạn đúng quy định.\n\nTrình bày rõ ràng, gắn với công việc ở xã: 1 điểm.',
    maxWords: 250,
  },
  {
    ...base,
    type: 'single_choice',
    name: 'Dữ liệu cá nhân nhạy cảm',
    text: 'Theo Nghị định 13/2023/NĐ-CP, thông tin nào sau đây là **dữ liệu cá nhân nhạy cảm**?',
    tags: ['dữ liệu cá nhân', PRACTICE],
    options: [
      { id: 'a', text: 'Tình trạng sức khỏe của một người', weight: 100, feedback: '' },
      { id: 'b', text: 'Họ và tên', weight: 0, feedback: 'Đây là dữ liệu cá nhân cơ bản.' },
      { id: 'c', text: 'Số điện thoại của cơ quan', weight: 0, feedback: 'Đây không phải dữ liệu của một cá nhân.' },
    ],
  },
  {
    ...base,
    type: 'true_false',
    name: 'Gửi danh sách qua Zalo',
    text: 'Được phép gửi danh sách hộ nghèo có số định danh cá nhân qua nhóm Zalo của thôn để tiện theo dõi.',
    tags: ['dữ liệu cá nhân', PRACTICE],
    correct: false,
    feedbackTrue: 'Chưa đúng: đó là làm lộ dữ liệu cá nhân ra ngoài phạm vi cần thiết.',
    feedbackFalse: 'Đúng: chỉ chia sẻ qua kênh được phép, cho người có nhiệm vụ.',
  },
];

const review = (when: 'after_submit' | 'after_close') => ({ score: 'after_submit', responses: 'after_submit', correct: when, feedback: when }) as QuizSettings['review'];

/** Three quizzes of CDS-05 in the running class, and attempts: the demo learner's finished one and their essay awaiting the demo trainer. */
export async function seedAssessment(tx: EntityManager, ctx: AssessmentContext): Promise<SeededAssessment> {
  const { random, now } = ctx;
  const at = (daysAgo: number, hh = 9, mm = 0) => new Date(Math.floor((now.getTime() - daysAgo * 86_400_000) / 86_400_000) * 86_400_000 + (hh - 7) * 3_600_000 + mm * 60_000);

  const versions: QuestionVersion[] = [];
  for (const body of BANK) {
    const q = await tx.insert(Question, { courseId: ctx.courseId, currentVersionId: null, createdAt: at(20) });
    const questionId = Number(q.identifiers[0]['id']);
    const v = await tx.insert(QuestionVersion, { questionId, version: 1, type: body.type, name: body.name, body, tags: body.tags, createdBy: ctx.trainerAccountId, createdAt: at(20) });
    const versionId = Number(v.identifiers[0]['id']);
    await tx.update(Question, { id: questionId }, { currentVersionId: versionId });
    versions.push(await tx.findOneByOrFail(QuestionVersion, { id: versionId }));
  }
  const ids = versions.map((v) => v.questionId);

  const addQuiz = async (settings: Omit<QuizSettings, 'opensAt' | 'closesAt'> & { opensAt: Date | null; closesAt: Date | null }) => {
    const r = await tx.insert(Quiz, { ...settings, courseId: ctx.courseId, createdBy: ctx.trainerAccountId, updatedAt: at(15) });
    return tx.findOneByOrFail(Quiz, { id: Number(r.identifiers[0]['id']) });
  };
  const common = { moduleId: null, classId: null, shuffleQuestions: false, shuffleOptions: true, secondMarker: false, published: true, opensAt: at(14, 7) };
  const quick = await addQuiz({
    ...common,
    title: 'Kiểm tra nhanh: nhận diện nguy cơ và bảo vệ tài khoản',
    description: 'Sáu câu hỏi sau buổi học thứ hai. Làm trong **15 phút**, được làm 3 lần, lấy lần cao nhất.',
    selection: { kind: 'fixed', questionIds: [ids[0], ids[1], ids[2], ids[3], ids[7], ids[8]] },
    timeLimitMinutes: 15,
    closesAt: null,
    maxAttempts: 3,
    passPercent: 60,
    gradingMethod: 'highest',
    review: review('after_submit'),
  });
  const midterm = await addQuiz({
    ...common,
    title: 'Kiểm tra giữa khóa',
    description: 'Bảy câu hỏi, mỗi loại một câu, có một câu tự luận do giảng viên chấm. Làm trong **30 phút**, một lần. Đáp án được công bố khi bài kiểm tra đóng.',
    selection: { kind: 'fixed', questionIds: ids.slice(0, 7) },
    timeLimitMinutes: 30,
    closesAt: at(-10, 17),
    maxAttempts: 1,
    passPercent: 50,
    gradingMethod: 'last',
    review: review('after_close'),
  });
  const practice = await addQuiz({
    ...common,
    title: 'Luyện tập: 5 câu ngẫu nhiên trong 5 phút',
    description: 'Mỗi lần làm rút ngẫu nhiên 5 câu. Làm bao nhiêu lần cũng được; xem đáp án ngay sau khi nộp.',
    selection: { kind: 'random', draws: [{ tag: PRACTICE, count: 5 }] },
    shuffleQuestions: true,
    timeLimitMinutes: 5,
    closesAt: null,
    maxAttempts: 0,
    passPercent: 60,
    gradingMethod: 'highest',
    review: review('after_submit'),
  });

  /** A submitted attempt with these answers (by question id), graded as the API would. */
  const attempt = async (quiz: Quiz, personId: number, answers: Map<number, AnswerValue>, startedAt: Date, minutes: number) => {
    const picked = (quiz.selection.kind === 'fixed' ? quiz.selection.questionIds : []).map((id) => versions[ids.indexOf(id)]);
    const rows = picked.map((v, i) => {
      const answer = answers.get(v.questionId) ?? null;
      const empty = !answer || (answer.type === 'essay' && answer.text.trim() === '');
      return { slot: i + 1, questionId: v.questionId, questionVersionId: v.id, points: v.body.points, order: naturalOrder(v.body), answer, seq: answer ? 1 : 0, savedAt: answer ? startedAt : null, fraction: v.body.type === 'essay' && !empty ? null : grade(v.body, answer).fraction, comment: null };
    });
    const result = attemptScore(rows, quiz.passPercent);
    const submittedAt = new Date(startedAt.getTime() + minutes * 60_000);
    const r = await tx.insert(Attempt, {
      quizId: quiz.id,
      classId: ctx.classId,
      personId,
      number: 1,
      state: result.state,
      startedAt,
      deadlineAt: new Date(startedAt.getTime() + quiz.timeLimitMinutes * 60_000),
      submittedAt,
      submittedBy: 'learner',
      score: result.score,
      maxScore: result.maxScore,
      passed: result.passed,
    });
    const attemptId = Number(r.identifiers[0]['id']);
    await tx.insert(AttemptQuestion, rows.map((row) => ({ ...row, attemptId })));
    return { attemptId, rows, submittedAt };
  };
  const right = (v: QuestionVersion): AnswerValue => {
    const b = v.body;
    switch (b.type) {
      case 'single_choice':
        return { type: b.type, optionId: b.options.find((o) => o.weight === 100)?.id ?? null };
      case 'multiple_choice':
        return { type: b.type, optionIds: b.options.filter((o) => o.weight > 0).map((o) => o.id) };
      case 'true_false':
        return { type: b.type, value: b.correct };
      case 'short_answer':
        return { type: b.type, text: b.answers[0].text };
      case 'numeric':
        return { type: b.type, text: '3' };
      case 'matching':
        return { type: b.type, matches: Object.fromEntries(b.pairs.map((p) => [p.id, p.answer])) };
      case 'essay':
        return { type: b.type, text: '' };
    }
  };
  /** Right with probability `skill`, otherwise a plausible wrong answer. */
  const answerLike = (v: QuestionVersion, skill: number): AnswerValue => {
    if (random() < skill) return right(v);
    const b = v.body;
    switch (b.type) {
      case 'single_choice':
        return { type: b.type, optionId: b.options[1].id };
      case 'multiple_choice':
        return { type: b.type, optionIds: [b.options[0].id, b.options[2].id] };
      case 'true_false':
        return { type: b.type, value: !b.correct };
      case 'short_answer':
        return { type: b.type, text: 'fishing' };
      case 'numeric':
        return { type: b.type, text: '2' };
      case 'matching':
        return { type: b.type, matches: { p1: b.pairs[1].answer, p2: b.pairs[0].answer, p3: b.pairs[2].answer } };
      case 'essay':
        return { type: b.type, text: '' };
    }
  };
  const ESSAYS = [
    'Thứ nhất, phân quyền: chỉ cán bộ phụ trách mới mở được thư mục hồ sơ hộ tịch. Thứ hai, đặt mật khẩu cho máy tính và các tệp Excel có số định danh. Thứ ba, sao lưu hằng tuần vào ổ cứng cất trong tủ có khóa.',
    'Không gửi danh sách người dân qua Zalo hay Facebook; dùng hệ thống thư công vụ. Khóa màn hình khi rời bàn làm việc. Hồ sơ giấy hết hạn thì hủy bằng máy hủy giấy theo quy định.',
    'Em sẽ bảo mật dữ liệu cẩn thận và nhắc mọi người cùng làm.',
    'Cài phần mềm diệt virus có bản quyền, cập nhật Windows. Đặt mật khẩu mạnh. Sao lưu dữ liệu.',
  ];

  const classmates = (await tx.find(Enrolment, { where: { classId: ctx.classId, state: 'enrolled' }, order: { id: 'ASC' } })).map((e) => e.personId).filter((p) => p !== ctx.learnerPersonId);
  const byId = (id: number) => versions[ids.indexOf(id)];

  // The demo learner: the quick quiz done once (4 of 7 points, under the 60 % pass mark: two attempts left) …
  const mine = new Map<number, AnswerValue>([
    [ids[0], right(byId(ids[0]))],
    [ids[1], { type: 'multiple_choice', optionIds: ['a', 'c'] }],
    [ids[2], right(byId(ids[2]))],
    [ids[3], { type: 'short_answer', text: 'phising' }],
    [ids[7], right(byId(ids[7]))],
    [ids[8], right(byId(ids[8]))],
  ]);
  await attempt(quick, ctx.learnerPersonId, mine, at(6, 20, 5), 9);
  // … and the mid-term submitted yesterday evening: its essay waits for the demo trainer.
  const midAnswers = new Map<number, AnswerValue>(ids.slice(0, 6).map((id) => [id, right(byId(id))]));
  midAnswers.set(ids[5], { type: 'numeric', text: '3' });
  midAnswers.set(ids[6], { type: 'essay', text: ESSAYS[0] });
  await attempt(midterm, ctx.learnerPersonId, midAnswers, at(1, 20, 10), 22);

  // Classmates: most did the quick quiz; some the mid-term, graded by the trainer or waiting.
  for (const [i, personId] of classmates.entries()) {
    const skill = 0.35 + random() * 0.6;
    if (i < 14) {
      const answers = new Map(quick.selection.kind === 'fixed' ? quick.selection.questionIds.map((id) => [id, answerLike(byId(id), skill)] as const) : []);
      await attempt(quick, personId, answers, at(5 + (i % 3), 19 + (i % 3), (i * 7) % 60), 6 + (i % 8));
    }
    if (i < 9) {
      const answers = new Map(ids.slice(0, 7).map((id) => [id, answerLike(byId(id), skill)] as const));
      answers.set(ids[6], { type: 'essay', text: ESSAYS[1 + (i % 3)] });
      const done = await attempt(midterm, personId, answers, at(1 + (i % 2), 8 + (i % 10), (i * 11) % 60), 15 + (i % 14));
      if (i < 6) {
        // Graded by the demo trainer the next morning.
        const slot = done.rows.find((r) => r.questionId === ids[6])?.slot as number;
        const points = [3.5, 2, 1, 2.5, 3, 1.5][i];
        const comment = ['Đủ ba biện pháp, gắn với công việc ở xã. Tốt.', 'Đúng hướng nhưng cần nêu cụ thể hơn.', 'Chưa nêu được biện pháp cụ thể.'][points >= 3 ? 0 : points >= 2 ? 1 : 2];
        await tx.insert(AttemptMark, { attemptId: done.attemptId, slot, marker: 1, points, comment, markedBy: ctx.trainerPersonId, markedAt: new Date(done.submittedAt.getTime() + 14 * 3_600_000) });
        const rows = done.rows.map((r) => (r.slot === slot ? { ...r, fraction: points / r.points, comment } : r));
        await tx.update(AttemptQuestion, { attemptId: done.attemptId, slot }, { fraction: points / 4, comment });
        const result = attemptScore(rows, midterm.passPercent);
        await tx.update(Attempt, { id: done.attemptId }, { state: result.state, score: result.score === null ? null : roundPoints(result.score), passed: result.passed });
      }
    }
  }
  return { quick: quick.id, midterm: midterm.id, practice: practice.id };
}
