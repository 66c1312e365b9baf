import { bearer, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { parseGift, Question, QuestionVersion } from '@cds/assessment/api';
import { AuditLog } from '@cds/audit/api';
import type { CourseVersionDto, QuestionBody, QuestionDetail, QuestionImportPreview, QuestionImportResult, QuestionSummary } from '@cds/contracts';

/**
 * The question bank through its API: authoring with versions, the authoring rules in Vietnamese,
 * hostile Markdown, GIFT/Aiken import as a preview that saves nothing and then a confirm that
 * saves all or nothing, the GIFT export read back by the parser, and who may do what.
 */
describe('assessment: the question bank (medium)', () => {
  let t: TestApp;
  let trainer: string;
  let learner: string;
  const http = () => t.http();

  const newCourse = async () =>
    (
      (
        await http()
          .post('/api/courses')
          .set(bearer(trainer))
          .send({ code: `atttt-${uid()}`, title: 'An toàn thông tin cho cán bộ xã', summary: '', topicArea: 'digital_government', hours: 4, seatFunctions: [] })
          .expect(201)
      ).body as CourseVersionDto
    ).courseId;
  const capital = (over: Partial<QuestionBody> = {}) =>
    ({
      type: 'single_choice',
      name: 'Thủ đô',
      text: 'Thủ đô của Việt Nam là thành phố nào?',
      generalFeedback: '',
      points: 1,
      tags: ['địa lý', 'cơ bản'],
      options: [
        { id: 'a', text: 'Hà Nội', weight: 100, feedback: 'Đúng.' },
        { id: 'b', text: 'Huế', weight: 0, feedback: 'Kinh đô cũ.' },
      ],
      ...over,
    }) as QuestionBody;
  const questionCount = (courseId: number) => t.db.getRepository(Question).countBy({ courseId });
  const auditCount = (action: string, targetType: string, targetId: number) => t.db.getRepository(AuditLog).countBy({ action, targetType, targetId: String(targetId) });

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    const commune = await createUnit(t.db, `Xã Giao Minh ${uid()}`, 'commune', province);
    trainer = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['trainer', province]] })).email, undefined, '10.48.0.1')).accessToken;
    learner = (await signIn(t, (await createAccount(t.db, { unit: commune, grants: [] })).email, undefined, '10.48.0.2')).accessToken;
  });
  afterAll(() => t.close());

  it('creates, lists and edits a question: the edit is version 2 and version 1 stays as it was', async () => {
    const courseId = await newCourse();
    const hostile = 'Thủ đô? <script>alert(1)</script> <img src=x onerror=alert(2)> [bấm](javascript:alert(3)) **đậm**';
    const created = (await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(capital({ text: hostile })).expect(201)).body as QuestionDetail;
    expect(created).toMatchObject({ courseId, version: 1, body: { type: 'single_choice', text: hostile, options: [{ id: 'a', weight: 100 }, { id: 'b', weight: 0 }] } });
    // Stored as written, rendered only through the sanitiser.
    expect(created.html).toContain('<strong>đậm</strong>');
    // Raw HTML is shown as text, never as elements; the javascript: link is not a link.
    expect(created.html).toContain('&lt;script&gt;');
    expect(created.html).not.toMatch(/<script|<img|href="javascript/i);

    const list1 = (await http().get(`/api/courses/${courseId}/questions`).set(bearer(trainer)).expect(200)).body as QuestionSummary[];
    expect(list1).toEqual([
      { id: created.id, courseId, version: 1, type: 'single_choice', name: 'Thủ đô', tags: ['địa lý', 'cơ bản'], excerpt: expect.stringMatching(/^Thủ đô\? <script>/), updatedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(list1)).not.toContain('weight');

    const edited = (
      await http()
        .put(`/api/questions/${created.id}?baseVersion=1`)
        .set(bearer(trainer))
        .send(capital({ text: 'Thủ đô của nước Cộng hòa XHCN Việt Nam?', tags: ['địa lý'] }))
        .expect(200)
    ).body as QuestionDetail;
    expect(edited).toMatchObject({ id: created.id, version: 2, body: { text: 'Thủ đô của nước Cộng hòa XHCN Việt Nam?' } });
    expect(edited.versionId).not.toBe(created.versionId);

    const versions = await t.db.getRepository(QuestionVersion).find({ where: { questionId: created.id }, order: { version: 'ASC' } });
    expect(versions.map((v) => [v.version, v.body.text])).toEqual([
      [1, hostile],
      [2, 'Thủ đô của nước Cộng hòa XHCN Việt Nam?'],
    ]);
    expect((await t.db.getRepository(Question).findOneByOrFail({ id: created.id })).currentVersionId).toBe(edited.versionId);

    const detail = (await http().get(`/api/questions/${created.id}`).set(bearer(trainer)).expect(200)).body as QuestionDetail;
    expect(detail).toMatchObject({ version: 2, body: { options: [{ text: 'Hà Nội', weight: 100 }, { text: 'Huế', weight: 0 }] } });

    // Another question, and the tag filter (case-insensitive).
    await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(capital({ name: 'Khác', tags: ['Cơ bản'] })).expect(201);
    const byTag = (await http().get(`/api/courses/${courseId}/questions`).query({ tag: 'CƠ BẢN' }).set(bearer(trainer)).expect(200)).body as QuestionSummary[];
    expect(byTag.map((q) => q.name)).toEqual(['Khác']);
    expect(((await http().get(`/api/courses/${courseId}/questions`).set(bearer(trainer)).expect(200)).body as QuestionSummary[]).map((q) => [q.name, q.version])).toEqual([
      ['Thủ đô', 2],
      ['Khác', 1],
    ]);

    // An edit from a stale screen is refused, and nothing is written.
    expect((await http().put(`/api/questions/${created.id}?baseVersion=1`).set(bearer(trainer)).send(capital()).expect(409)).body.code).toBe('assessment.question_changed');
    expect(await t.db.getRepository(QuestionVersion).countBy({ questionId: created.id })).toBe(2);
    expect(await auditCount('assessment.question_saved', 'question', created.id)).toBe(2);

    expect((await http().get('/api/questions/999999999').set(bearer(trainer)).expect(404)).body.code).toBe('assessment.question_not_found');
    expect((await http().get('/api/courses/999999999/questions').set(bearer(trainer)).expect(404)).body.code).toBe('assessment.course_not_found');
  });

  it('refuses a question that breaks the authoring rules with 422 and the reasons in Vietnamese, and saves nothing', async () => {
    const courseId = await newCourse();
    const noKey = capital({ options: [{ id: 'a', text: 'Hà Nội', weight: 50, feedback: '' }, { id: 'b', text: 'Hà Nội', weight: 0, feedback: '' }] } as Partial<QuestionBody>);
    const res = await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(noKey).expect(422);
    expect(res.body.code).toBe('assessment.question_invalid');
    expect(res.body.message).toContain('Cần ít nhất một đáp án được 100% số điểm.');
    expect(res.body.message).toContain('Có hai phương án trùng nhau.');
    const en = await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).set('accept-language', 'en').send(noKey).expect(422);
    expect(en.body.message).toContain('At least one answer must be worth 100% of the points.');

    // Malformed bodies: an unknown field, a wrong kind, a text over the limit, an unknown type.
    const shape = async (body: unknown) => (await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(body as object).expect(422)).body as { code: string; message: string };
    expect(await shape({ ...capital(), isAdmin: true })).toMatchObject({ code: 'assessment.question_shape', message: expect.stringContaining('isAdmin') });
    expect(await shape({ ...capital(), points: '1' })).toMatchObject({ code: 'assessment.question_shape' });
    expect(await shape(capital({ text: 'x'.repeat(20_001) }))).toMatchObject({ code: 'assessment.question_shape', message: expect.stringContaining('text') });
    expect(await shape({ ...capital(), type: 'formula' })).toMatchObject({ code: 'assessment.question_shape' });
    expect((await shape({ ...capital(), options: [{ id: 'a', text: 'x', weight: 100, feedback: '', correct: true }] })).message).toContain('options[0].correct');

    const ok = (await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(capital()).expect(201)).body as QuestionDetail;
    expect((await http().put(`/api/questions/${ok.id}`).set(bearer(trainer)).send(noKey).expect(422)).body.code).toBe('assessment.question_invalid');
    expect(await questionCount(courseId)).toBe(1);
    expect(await t.db.getRepository(QuestionVersion).countBy({ questionId: ok.id })).toBe(1);
  });

  const giftFile = [
    /* 1 */ '$CATEGORY: $course$/An toàn thông tin',
    /* 2 */ '',
    /* 3 */ '::Mật khẩu::[markdown]Mật khẩu **mạnh** cần ít nhất bao nhiêu ký tự? {#12:0}',
    /* 4 */ '',
    /* 5 */ '::Hỏng::Ngoặc chưa đóng {=a ~b',
    /* 6 */ '',
    /* 7 */ '::Lừa đảo::Tin nhắn yêu cầu cung cấp mã OTP là lừa đảo.{T#Đúng vậy.#Hãy cảnh giác.}',
    /* 8 */ '',
    /* 9 */ '::Số::Bao nhiêu?',
    /* 10 */ '{#abc:1}',
    /* 11 */ '',
    /* 12 */ '// [tag:mạng]',
    /* 13 */ '::Tường lửa::Tường lửa dùng để làm gì? {=Lọc lưu lượng mạng#Chính xác ~Tăng tốc mạng#Không ~Diệt virus}',
    /* 14 */ '',
    /* 15 */ '::Ghép::Ghép thiết bị với chức năng. {=Router -> Định tuyến =Switch -> Chuyển mạch =Modem -> Điều chế}',
    /* 16 */ '',
    /* 17 */ '::Tên miền::Cổng dịch vụ công quốc gia có tên miền {=dichvucong.gov.vn =*.dichvucong.gov.vn} phải không?',
    /* 18 */ '',
    /* 19 */ '::Viết::Hãy mô tả cách nhận biết một thư điện tử lừa đảo.{}',
  ].join('\n');

  it('previews a GIFT file with good and broken questions: nothing is saved, problems carry their lines; confirm saves all', async () => {
    const courseId = await newCourse();
    const preview = (
      await http().post(`/api/courses/${courseId}/questions/import?format=gift`).set(bearer(trainer)).attach('file', Buffer.from(giftFile, 'utf8'), 'ngan-hang.gift').expect(200)
    ).body as QuestionImportPreview;
    expect(preview.format).toBe('gift');
    expect(preview.questions.map((q) => [q.name, q.type])).toEqual([
      ['Mật khẩu', 'numeric'],
      ['Lừa đảo', 'true_false'],
      ['Tường lửa', 'single_choice'],
      ['Ghép', 'matching'],
      ['Tên miền', 'short_answer'],
      ['Viết', 'essay'],
    ]);
    expect(preview.problems.map((p) => p.line)).toEqual([5, 10]);
    expect(preview.problems[0]).toMatchObject({ text: '::Hỏng::Ngoặc chưa đóng {=a ~b', reason: expect.stringMatching(/\}/) });
    expect(preview.problems[1].reason).toContain('abc');
    expect(await questionCount(courseId)).toBe(0);

    // The same text as JSON gives the same preview; Aiken too; a bad format and an empty body are refused.
    const asJson = (await http().post(`/api/courses/${courseId}/questions/import?format=gift`).set(bearer(trainer)).send({ text: giftFile }).expect(200)).body as QuestionImportPreview;
    expect(asJson).toEqual(preview);
    const aiken = (
      await http()
        .post(`/api/courses/${courseId}/questions/import?format=aiken`)
        .set(bearer(trainer))
        .send({ text: 'Đơn vị nào quản lý VNeID?\nA. Bộ Công an\nB. Bộ Y tế\nANSWER: A\n\nCâu hỏng\nA. Một\nANSWER: C\n' })
        .expect(200)
    ).body as QuestionImportPreview;
    expect(aiken.questions).toHaveLength(1);
    expect(aiken.problems.length).toBeGreaterThan(0);
    expect(aiken.problems.every((p) => p.line > 0)).toBe(true);
    expect((await http().post(`/api/courses/${courseId}/questions/import?format=xml`).set(bearer(trainer)).send({ text: giftFile }).expect(422)).body.code).toBe('validation.failed');
    expect((await http().post(`/api/courses/${courseId}/questions/import?format=gift`).set(bearer(trainer)).send({}).expect(422)).body.code).toBe('assessment.import_no_text');
    expect(
      (await http().post(`/api/courses/${courseId}/questions/import?format=gift`).set(bearer(trainer)).attach('file', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'x.gift').expect(422)).body.code,
    ).toBe('assessment.import_not_text');
    expect(await questionCount(courseId)).toBe(0);

    // One question not valid: nothing at all is saved.
    const broken = [...preview.questions, { ...preview.questions[2], options: [] }];
    const refused = await http().post(`/api/courses/${courseId}/questions/import/confirm`).set(bearer(trainer)).send({ questions: broken }).expect(422);
    expect(refused.body).toMatchObject({ code: 'assessment.import_invalid', message: expect.stringContaining('Câu hỏi thứ 7') });
    expect(await questionCount(courseId)).toBe(0);

    const saved = (await http().post(`/api/courses/${courseId}/questions/import/confirm`).set(bearer(trainer)).send({ questions: preview.questions }).expect(201)).body as QuestionImportResult;
    expect(saved.imported).toBe(6);
    expect(await questionCount(courseId)).toBe(6);
    const listed = (await http().get(`/api/courses/${courseId}/questions`).set(bearer(trainer)).expect(200)).body as QuestionSummary[];
    expect(listed.map((q) => q.id)).toEqual(saved.ids);
    expect(listed.every((q) => q.version === 1 && q.tags.includes('An toàn thông tin'))).toBe(true);
    expect(listed.find((q) => q.name === 'Tường lửa')?.tags).toEqual(['An toàn thông tin', 'mạng']);
    const audit = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'assessment.questions_imported', targetType: 'course', targetId: String(courseId) });
    expect(audit.details).toMatchObject({ count: 6 });
  });

  it('exports the bank as GIFT that the parser reads back into the same questions', async () => {
    const courseId = await newCourse();
    const preview = (await http().post(`/api/courses/${courseId}/questions/import?format=gift`).set(bearer(trainer)).send({ text: giftFile }).expect(200)).body as QuestionImportPreview;
    await http().post(`/api/courses/${courseId}/questions/import/confirm`).set(bearer(trainer)).send({ questions: preview.questions }).expect(201);
    const multi = capital({ type: 'multiple_choice', name: 'Nhiều đáp án', text: 'Chọn các mật khẩu mạnh: {đừng} #1 = ~ :: \\', tags: ['mật khẩu'], options: [
      { id: 'a', text: 'Tr0ng#Dai!2025', weight: 50, feedback: '' },
      { id: 'b', text: 'Ngựa~Pin=Kẹp', weight: 50, feedback: 'Cụm từ dài' },
      { id: 'c', text: '123456', weight: -100, feedback: 'Quá dễ đoán' },
    ] } as Partial<QuestionBody>);
    const created = (await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(multi).expect(201)).body as QuestionDetail;

    const res = await http().get(`/api/courses/${courseId}/questions/export.gift`).set(bearer(trainer)).expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const back = parseGift(res.text, 'vi');
    expect(back.problems).toEqual([]);
    const ids = ((await http().get(`/api/courses/${courseId}/questions`).set(bearer(trainer)).expect(200)).body as QuestionSummary[]).map((q) => q.id);
    const bodies = await Promise.all(ids.map(async (id) => ((await http().get(`/api/questions/${id}`).set(bearer(trainer)).expect(200)).body as QuestionDetail).body));
    expect(back.questions).toEqual(bodies);
    expect(bodies[bodies.length - 1]).toEqual(created.body);
  });

  it('edits racing each other from the same version: one becomes version 2, the others get 409 and write nothing', async () => {
    const courseId = await newCourse();
    const q = (await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(capital()).expect(201)).body as QuestionDetail;
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => http().put(`/api/questions/${q.id}?baseVersion=1`).set(bearer(trainer)).send(capital({ text: `Sửa lần ${i + 1}: thủ đô?` }))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'assessment.question_changed')).toBe(true);
    const winner = results.find((r) => r.status === 200)?.body as QuestionDetail;
    const versions = await t.db.getRepository(QuestionVersion).find({ where: { questionId: q.id }, order: { version: 'ASC' } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await t.db.getRepository(Question).findOneByOrFail({ id: q.id })).currentVersionId).toBe(winner.versionId);
    expect(versions[1].body.text).toBe(winner.body.text);

    // Without a base version, edits at once all land, each as its own next version (they queue on
    // the question's row; without that MariaDB answers some of them with a deadlock).
    const free = await Promise.all(Array.from({ length: 4 }, (_, i) => http().put(`/api/questions/${q.id}`).set(bearer(trainer)).send(capital({ text: `Tự do ${i}` }))));
    expect(free.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(free.map((r) => (r.body as QuestionDetail).version).sort()).toEqual([3, 4, 5, 6]);
    const after = await t.db.getRepository(QuestionVersion).find({ where: { questionId: q.id }, order: { version: 'ASC' } });
    expect(after.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await t.db.getRepository(Question).findOneByOrFail({ id: q.id })).currentVersionId).toBe(after[after.length - 1].id);
  });

  it('refuses a learner (no grants) everywhere with 403', async () => {
    const courseId = await newCourse();
    const q = (await http().post(`/api/courses/${courseId}/questions`).set(bearer(trainer)).send(capital()).expect(201)).body as QuestionDetail;
    const calls = [
      http().get(`/api/courses/${courseId}/questions`),
      http().get(`/api/questions/${q.id}`),
      http().post(`/api/courses/${courseId}/questions`).send(capital()),
      http().put(`/api/questions/${q.id}`).send(capital()),
      http().post(`/api/courses/${courseId}/questions/import?format=gift`).send({ text: giftFile }),
      http().post(`/api/courses/${courseId}/questions/import/confirm`).send({ questions: [capital()] }),
      http().get(`/api/courses/${courseId}/questions/export.gift`),
    ];
    for (const call of calls) expect((await call.set(bearer(learner))).status).toBe(403);
    for (const call of [http().get(`/api/courses/${courseId}/questions`), http().get(`/api/questions/${q.id}`)]) expect((await call).status).toBe(401);
    expect(await questionCount(courseId)).toBe(1);
    expect(await t.db.getRepository(QuestionVersion).countBy({ questionId: q.id })).toBe(1);
  });
});
