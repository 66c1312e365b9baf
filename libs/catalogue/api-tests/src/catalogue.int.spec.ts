import { bearer, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { Course, CourseContent, CourseVersion, Lesson } from '@cds/catalogue/api';
import type { CourseSummary, CourseVersionDto, LessonDto, ModuleDto } from '@cds/contracts';

/**
 * The catalogue through its API: authoring a draft, publishing it, learners reading it, a new
 * version for every edit of a published course (classes keep theirs), hostile Markdown, who may
 * do what, and publications racing each other.
 */
describe('catalogue: courses, versions, modules and lessons (medium)', () => {
  let t: TestApp;
  let author: string;
  let learner: string;
  const http = () => t.http();

  const newCourse = async (title = 'Sử dụng Cổng Dịch vụ công quốc gia và VNeID') =>
    (
      await http()
        .post('/api/courses')
        .set(bearer(author))
        .send({ code: `dvc-${uid()}`, title, summary: 'Hướng dẫn cán bộ xã hỗ trợ người dân.', topicArea: 'digital_government', hours: 8, seatFunctions: ['commune_cds_specialist'] })
        .expect(201)
    ).body as CourseVersionDto;
  const addModule = async (courseId: number, title: string) => (await http().post(`/api/courses/${courseId}/draft/modules`).set(bearer(author)).send({ title }).expect(201)).body as ModuleDto;
  const addLesson = async (moduleId: number, title: string, markdown = `## ${title}\n\nNội dung bài học.`) =>
    (await http().post(`/api/modules/${moduleId}/lessons`).set(bearer(author)).send({ title, minutes: 30, markdown, videoUrl: null }).expect(201)).body as LessonDto;
  const publish = (courseId: number) => http().post(`/api/courses/${courseId}/publish`).set(bearer(author));
  const auditCount = (action: string, courseId: number) => t.db.getRepository(AuditLog).countBy({ action, targetType: 'course', targetId: String(courseId) });

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    const commune = await createUnit(t.db, `Xã Giao Minh ${uid()}`, 'commune', province);
    author = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['trainer', province]] })).email, undefined, '10.41.0.1')).accessToken;
    learner = (await signIn(t, (await createAccount(t.db, { unit: commune, grants: [] })).email, undefined, '10.41.0.2')).accessToken;
  });
  afterAll(() => t.close());

  it('a course is written as a draft, published, and then seen by a learner with its outline', async () => {
    const draft = await newCourse();
    expect(draft).toMatchObject({ version: 1, state: 'draft', code: expect.stringMatching(/^DVC-/), modules: [], publishedAt: null });
    const courseId = draft.courseId;

    // Not published yet: learners neither list nor open it; an author sees the draft.
    expect(((await http().get('/api/courses').set(bearer(learner)).expect(200)).body as CourseSummary[]).map((c) => c.id)).not.toContain(courseId);
    expect((await http().get(`/api/courses/${courseId}`).set(bearer(learner)).expect(404)).body.code).toBe('catalogue.course_not_published');
    const listed = ((await http().get('/api/courses').set(bearer(author)).expect(200)).body as CourseSummary[]).find((c) => c.id === courseId);
    expect(listed).toMatchObject({ publishedVersion: null, draftVersion: 1, moduleCount: 0, lessonCount: 0 });
    expect((await publish(courseId).expect(422)).body.code).toBe('catalogue.empty_course');

    const portal = await addModule(courseId, 'Cổng Dịch vụ công quốc gia');
    const vneid = await addModule(courseId, 'Ứng dụng VNeID');
    const l1 = await addLesson(portal.id, 'Đăng ký tài khoản');
    const l2 = await addLesson(portal.id, 'Nộp hồ sơ trực tuyến');
    await addLesson(vneid.id, 'Kích hoạt tài khoản định danh mức 2');
    expect([l1.position, l2.position]).toEqual([1, 2]);
    // VNeID first, and the portal's lessons the other way round.
    await http().put(`/api/courses/${courseId}/draft/modules/order`).set(bearer(author)).send({ ids: [vneid.id, portal.id] }).expect(200);
    await http().put(`/api/modules/${portal.id}/lessons/order`).set(bearer(author)).send({ ids: [l2.id, l1.id] }).expect(200);
    expect((await http().put(`/api/modules/${portal.id}/lessons/order`).set(bearer(author)).send({ ids: [l2.id] }).expect(422)).body.code).toBe('catalogue.bad_order');
    expect((await http().delete(`/api/modules/${portal.id}`).set(bearer(author)).expect(409)).body.code).toBe('catalogue.module_not_empty');

    const published = (await publish(courseId).expect(200)).body as CourseVersionDto;
    expect(published).toMatchObject({ id: draft.id, state: 'published', publishedAt: expect.any(String) });

    const seen = ((await http().get('/api/courses').set(bearer(learner)).expect(200)).body as CourseSummary[]).find((c) => c.id === courseId);
    expect(seen).toMatchObject({ title: 'Sử dụng Cổng Dịch vụ công quốc gia và VNeID', publishedVersion: 1, draftVersion: null, moduleCount: 2, lessonCount: 3 });
    const course = (await http().get(`/api/courses/${courseId}`).set(bearer(learner)).expect(200)).body as CourseVersionDto;
    expect(course.modules.map((m) => [m.title, m.lessons.map((l) => l.title)])).toEqual([
      ['Ứng dụng VNeID', ['Kích hoạt tài khoản định danh mức 2']],
      ['Cổng Dịch vụ công quốc gia', ['Nộp hồ sơ trực tuyến', 'Đăng ký tài khoản']],
    ]);
    expect(course.modules[0].lessons[0]).toEqual({ id: expect.any(Number), position: 1, title: 'Kích hoạt tài khoản định danh mức 2', minutes: 30, hasVideo: false, fileCount: 0 });
    expect(await auditCount('catalogue.course_created', courseId)).toBe(1);
    expect(await auditCount('catalogue.course_published', courseId)).toBe(1);
    expect((await http().post('/api/courses').set(bearer(author)).send({ code: draft.code.toLowerCase(), title: 'Khác', summary: '', topicArea: 'digital_government', hours: 1, seatFunctions: [] }).expect(409)).body.code).toBe('catalogue.code_taken');
  });

  it('editing a published course opens a new version; the old version (a running class) keeps its lessons', async () => {
    const v1 = await newCourse('An toàn thông tin cho cán bộ xã');
    const courseId = v1.courseId;
    const m = await addModule(courseId, 'Nhận diện lừa đảo');
    const kept = await addLesson(m.id, 'Tin nhắn giả mạo', 'Không bấm vào **đường link lạ**.');
    const dropped = await addLesson(m.id, 'Cuộc gọi giả danh công an');
    await publish(courseId).expect(200);
    const content = t.app.get(CourseContent);
    const before = await content.outline(v1.id);

    // The published version cannot be edited in place.
    expect((await http().patch(`/api/lessons/${kept.id}`).set(bearer(author)).send({ title: 'Đổi', minutes: 5, markdown: 'x', videoUrl: null }).expect(409)).body.code).toBe('catalogue.not_draft');
    expect((await http().post(`/api/courses/${courseId}/draft/modules`).set(bearer(author)).send({ title: 'Mới' }).expect(409)).body.code).toBe('catalogue.no_draft');
    expect((await http().get(`/api/courses/${courseId}/draft`).set(bearer(author)).expect(404)).body.code).toBe('catalogue.no_draft');

    const v2 = (await http().post(`/api/courses/${courseId}/draft`).set(bearer(author)).expect(201)).body as CourseVersionDto;
    expect(v2).toMatchObject({ version: 2, state: 'draft', title: 'An toàn thông tin cho cán bộ xã' });
    expect(v2.id).not.toBe(v1.id);
    expect(v2.modules.map((x) => x.lessons.map((l) => l.title))).toEqual([['Tin nhắn giả mạo', 'Cuộc gọi giả danh công an']]);
    expect(v2.modules[0].id).not.toBe(m.id);
    // Asking again answers the same draft.
    expect(((await http().post(`/api/courses/${courseId}/draft`).set(bearer(author)).expect(201)).body as CourseVersionDto).id).toBe(v2.id);

    const [copy, copyDropped] = v2.modules[0].lessons;
    await http().patch(`/api/lessons/${copy.id}`).set(bearer(author)).send({ title: 'Tin nhắn và website giả mạo', minutes: 45, markdown: 'Kiểm tra **tên miền** trước khi đăng nhập.', videoUrl: 'https://www.youtube.com/watch?v=abc' }).expect(200);
    await http().delete(`/api/lessons/${copyDropped.id}`).set(bearer(author)).expect(204);
    await http().patch(`/api/courses/${courseId}/draft`).set(bearer(author)).send({ title: 'An toàn thông tin cơ bản cho cán bộ xã', summary: 'Bản 2025.', topicArea: 'information_security', hours: 6, seatFunctions: [] }).expect(200);

    // Learners still get version 1, named as before, until version 2 is published.
    const learnerView = (await http().get(`/api/courses/${courseId}`).set(bearer(learner)).expect(200)).body as CourseVersionDto;
    expect(learnerView).toMatchObject({ id: v1.id, version: 1, title: 'An toàn thông tin cho cán bộ xã' });
    expect(((await http().get('/api/courses').set(bearer(learner)).expect(200)).body as CourseSummary[]).find((c) => c.id === courseId)?.title).toBe('An toàn thông tin cho cán bộ xã');

    const v2Published = (await publish(courseId).expect(200)).body as CourseVersionDto;
    expect(v2Published).toMatchObject({ id: v2.id, version: 2, state: 'published', title: 'An toàn thông tin cơ bản cho cán bộ xã' });
    expect(((await http().get('/api/courses').set(bearer(learner)).expect(200)).body as CourseSummary[]).find((c) => c.id === courseId)).toMatchObject({
      title: 'An toàn thông tin cơ bản cho cán bộ xã',
      topicArea: 'information_security',
      hours: 6,
      publishedVersion: 2,
      lessonCount: 1,
    });

    // Version 1, as a class that started on it reads it: unchanged, superseded.
    expect(await content.version(v1.id)).toMatchObject({ state: 'superseded', title: 'An toàn thông tin cho cán bộ xã' });
    expect(await content.outline(v1.id)).toEqual(before);
    expect(before[0].lessons.map((l) => l.id)).toEqual([kept.id, dropped.id]);
    expect(await content.lesson(v1.id, kept.id)).toMatchObject({ title: 'Tin nhắn giả mạo', minutes: 30, html: '<p>Không bấm vào <strong>đường link lạ</strong>.</p>\n', videoUrl: null });
    expect(await content.lesson(v1.id, copy.id)).toBeNull();
    expect(await content.lesson(v2.id, copy.id)).toMatchObject({ title: 'Tin nhắn và website giả mạo', videoUrl: 'https://www.youtube.com/watch?v=abc' });
  });

  it('hostile Markdown is stored as harmless HTML; a video link must be http(s)', async () => {
    const course = await newCourse('Kỹ năng số cơ bản');
    const m = await addModule(course.courseId, 'Bài đọc');
    const hostile = [
      '# Bài 1',
      '<script>alert(document.cookie)</script>',
      '<iframe src="https://evil.example/x"></iframe>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">bấm</a>',
      '[bấm vào đây](javascript:alert(1)) [hoa](JaVaScRiPt:alert(2)) [dữ liệu](data:text/html;base64,PHNjcmlwdD4=)',
      '![ảnh](javascript:alert(3)) ![ảnh 2](https://cds.example/a.png)',
      '[Cổng DVC](https://dichvucong.gov.vn)',
    ].join('\n\n');
    const lesson = await addLesson(m.id, 'Bài có mã độc', hostile);
    const stored = await t.db.getRepository(Lesson).findOneByOrFail({ id: lesson.id });
    expect(stored.markdown).toBe(hostile);
    for (const html of [stored.html, lesson.html, (await http().post('/api/markdown/preview').set(bearer(author)).send({ markdown: hostile }).expect(200)).body.html as string]) {
      // Only real tags count: the hostile text itself may show, escaped (&lt;script&gt;), as text.
      const tags = html.match(/<[^>]*>/g) ?? [];
      expect(tags.filter((tag) => /^<\/?\s*(script|iframe|object|embed|style|svg|form)/i.test(tag))).toEqual([]);
      expect(tags.filter((tag) => /\son\w+\s*=/i.test(tag))).toEqual([]);
      expect(tags.filter((tag) => /(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(tag))).toEqual([]);
      expect(html).toContain('<h2>Bài 1</h2>');
      expect(html).toContain('<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener noreferrer">Cổng DVC</a>');
      expect(html).toContain('<img src="https://cds.example/a.png" alt="ảnh 2" />');
    }
    // The author reads back the source; the HTML shows the hostile text as text.
    const read = (await http().get(`/api/lessons/${lesson.id}`).set(bearer(author)).expect(200)).body as LessonDto;
    expect(read).toMatchObject({ markdown: hostile, html: stored.html, files: [] });
    expect(stored.html).toContain('&lt;script&gt;');

    for (const videoUrl of ['javascript:alert(1)', 'data:text/html,x', 'ftp://cds.example/a.mp4', 'không phải link']) {
      const res = await http().post(`/api/modules/${m.id}/lessons`).set(bearer(author)).send({ title: 'Video', minutes: 5, markdown: 'x', videoUrl }).expect(422);
      expect(res.body).toMatchObject({ code: 'catalogue.video_url', message: 'Đường dẫn video phải bắt đầu bằng http:// hoặc https://.' });
    }
    expect(await t.db.getRepository(Lesson).countBy({ moduleId: m.id })).toBe(1);
  });

  it('a learner (no roles) cannot write anything and cannot see a draft course', async () => {
    const course = await newCourse('Kinh tế số cơ bản');
    const m = await addModule(course.courseId, 'Thương mại điện tử');
    const lesson = await addLesson(m.id, 'Bán hàng trên sàn');
    const as = bearer(learner);
    const body = { code: `x-${uid()}`, title: 'Khóa của học viên', summary: '', topicArea: 'digital_economy', hours: 1, seatFunctions: [] };
    const refusals = await Promise.all([
      http().post('/api/courses').set(as).send(body),
      http().patch(`/api/courses/${course.courseId}/draft`).set(as).send({ title: 'Đổi tên', summary: '', topicArea: 'digital_economy', hours: 1, seatFunctions: [] }),
      http().post(`/api/courses/${course.courseId}/draft/modules`).set(as).send({ title: 'Chen vào' }),
      http().patch(`/api/lessons/${lesson.id}`).set(as).send({ title: 'Sửa', minutes: 1, markdown: 'x', videoUrl: null }),
      http().delete(`/api/lessons/${lesson.id}`).set(as),
      http().post(`/api/courses/${course.courseId}/publish`).set(as),
      http().get(`/api/courses/${course.courseId}/draft`).set(as),
      http().get(`/api/lessons/${lesson.id}`).set(as),
      http().post('/api/markdown/preview').set(as).send({ markdown: 'x' }),
    ]);
    expect(refusals.map((r) => `${r.status} ${r.body.code}`)).toEqual(Array(refusals.length).fill('403 auth.forbidden'));
    expect((await http().get(`/api/courses/${course.courseId}`).set(as).expect(404)).body).toMatchObject({ code: 'catalogue.course_not_published', message: 'Khóa học này chưa được công bố.' });
    expect(((await http().get('/api/courses').set(as).expect(200)).body as CourseSummary[]).map((c) => c.id)).not.toContain(course.courseId);
    // Nothing changed.
    expect((await t.db.getRepository(CourseVersion).findOneByOrFail({ id: course.id })).state).toBe('draft');
    expect(await t.db.getRepository(Lesson).findOneByOrFail({ id: lesson.id })).toMatchObject({ title: 'Bán hàng trên sàn' });
  });

  it('a course row without any version (an older import) can be opened as an empty draft', async () => {
    const { identifiers } = await t.db.getRepository(Course).insert({ code: `OLD-${uid()}`, title: 'Kỹ năng triển khai CĐS', topicArea: 'deployment_skills', hours: 16, publishedVersionId: null, draftVersionId: null, createdAt: new Date() });
    const courseId = Number(identifiers[0]['id']);
    const draft = (await http().post(`/api/courses/${courseId}/draft`).set(bearer(author)).expect(201)).body as CourseVersionDto;
    expect(draft).toMatchObject({ courseId, version: 1, state: 'draft', title: 'Kỹ năng triển khai CĐS', hours: 16, modules: [] });
    expect((await t.db.getRepository(Course).findOneByOrFail({ id: courseId })).draftVersionId).toBe(draft.id);
  });

  it('five publications of one draft at once publish it once; two drafts opened at once are one draft', async () => {
    const course = await newCourse('Chuyển đổi số trong cơ quan nhà nước');
    const m = await addModule(course.courseId, 'Tổng quan');
    await addLesson(m.id, 'Khái niệm chuyển đổi số');

    const first = await Promise.all(Array.from({ length: 5 }, () => publish(course.courseId)));
    expect(first.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const r of first.filter((x) => x.status === 409)) expect(r.body.code).toMatch(/^catalogue\.(not_draft|no_draft)$/);
    expect(await auditCount('catalogue.course_published', course.courseId)).toBe(1);

    const opened = await Promise.all(Array.from({ length: 3 }, () => http().post(`/api/courses/${course.courseId}/draft`).set(bearer(author))));
    expect(opened.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(opened.map((r) => (r.body as CourseVersionDto).id)).size).toBe(1);
    expect(await t.db.getRepository(CourseVersion).countBy({ courseId: course.courseId })).toBe(2);

    const second = await Promise.all(Array.from({ length: 5 }, () => publish(course.courseId)));
    expect(second.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const versions = await t.db.getRepository(CourseVersion).find({ where: { courseId: course.courseId }, order: { version: 'ASC' } });
    expect(versions.map((v) => [v.version, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    expect(await auditCount('catalogue.course_published', course.courseId)).toBe(2);
  });
});
