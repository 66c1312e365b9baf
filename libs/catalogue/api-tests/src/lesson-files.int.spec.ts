import { binary, bearer, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { FileStorage } from '@cds/api/common';
import { LessonFile } from '@cds/catalogue/api';
import type { CourseVersionDto, LessonDto, LessonFileDto, ModuleDto } from '@cds/contracts';

/** A small but real PDF: file-type recognises it by its content. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** The PNG signature and an IHDR chunk: a picture, whatever its name says. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);

/**
 * Files attached to lessons: checked by their content and size before anything is stored, kept
 * behind the storage interface, shared between a version and the draft copied from it.
 */
describe('catalogue: lesson files (medium)', () => {
  let t: TestApp;
  let author: string;
  let learner: string;
  let storage: FileStorage;
  const http = () => t.http();

  /** A draft course with one lesson. */
  async function draftLesson() {
    const course = (
      await http()
        .post('/api/courses')
        .set(bearer(author))
        .send({ code: `vb-${uid()}`, title: 'Văn bản điện tử và chữ ký số', summary: '', topicArea: 'digital_government', hours: 4, seatFunctions: [] })
        .expect(201)
    ).body as CourseVersionDto;
    const m = (await http().post(`/api/courses/${course.courseId}/draft/modules`).set(bearer(author)).send({ title: 'Chữ ký số' }).expect(201)).body as ModuleDto;
    const lesson = (await http().post(`/api/modules/${m.id}/lessons`).set(bearer(author)).send({ title: 'Ký số văn bản', minutes: 20, markdown: 'Xem tài liệu đính kèm.', videoUrl: null }).expect(201)).body as LessonDto;
    return { courseId: course.courseId, lessonId: lesson.id };
  }
  const upload = (lessonId: number, bytes: Buffer, name: string, token = author) => http().post(`/api/lessons/${lessonId}/files`).set(bearer(token)).attach('file', bytes, name);
  const refusals = (lessonId: number) =>
    t.db.getRepository(AuditLog).createQueryBuilder('a').where('a.action = :action', { action: 'catalogue.file_refused' }).andWhere("a.details LIKE :lesson", { lesson: `%"lessonId":${lessonId},%` }).getMany();

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    author = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['trainer', province]] })).email, undefined, '10.42.0.1')).accessToken;
    learner = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [] })).email, undefined, '10.42.0.2')).accessToken;
    storage = t.app.get(FileStorage);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('a real PDF is stored, listed with its lesson and downloaded as it was sent', async () => {
    const { lessonId } = await draftLesson();
    const res = await upload(lessonId, PDF, 'Hướng dẫn ký số.pdf').expect(201);
    expect(res.body).toEqual({ id: expect.any(Number), fileName: 'Hướng dẫn ký số.pdf', contentType: 'application/pdf', size: PDF.length });
    expect(((await http().get(`/api/lessons/${lessonId}`).set(bearer(author)).expect(200)).body as LessonDto).files).toEqual([res.body]);

    const download = await http().get(`/api/lesson-files/${res.body.id}`).set(bearer(author)).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Hướng dẫn ký số.pdf')}`);
    expect((await http().get(`/api/lesson-files/${res.body.id}`).set(bearer(learner)).expect(403)).body.code).toBe('auth.forbidden');
    expect((await upload(lessonId, PDF, 'a.pdf', learner).expect(403)).body.code).toBe('auth.forbidden');
  });

  it.each([
    ['a PNG named .pdf', PNG, 'so-do.pdf', /^Nội dung tệp "so-do\.pdf" không đúng với phần mở rộng/],
    ['a text file named .pdf', Buffer.from('Đây chỉ là văn bản thuần, không phải PDF.\n'), 'ghi-chu.pdf', /^Nội dung tệp "ghi-chu\.pdf" không đúng với phần mở rộng/],
    ['a text file', Buffer.from('ghi chú'), 'ghi-chu.txt', /^Tệp "ghi-chu\.txt" không thuộc loại được phép \(PDF, PPTX, DOCX, PNG, JPG, WEBP\)\.$/],
  ])('%s is refused with 422 in Vietnamese, audited, and nothing is stored', async (_what, bytes, name, message) => {
    const { lessonId } = await draftLesson();
    const put = jest.spyOn(storage, 'put');
    const res = await upload(lessonId, bytes, name).expect(422);
    expect(res.body.message).toMatch(message);
    expect(res.body.code).toMatch(/^files\.(mismatch|not_allowed)$/);
    expect(put).not.toHaveBeenCalled();
    expect(await t.db.getRepository(LessonFile).countBy({ lessonId })).toBe(0);
    expect((await refusals(lessonId)).map((a) => a.details)).toEqual([expect.objectContaining({ fileName: name, code: res.body.code, size: bytes.length })]);
  });

  it('a file over 20 MB is refused with 413, audited, and nothing is stored', async () => {
    const { lessonId } = await draftLesson();
    const put = jest.spyOn(storage, 'put');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    const res = await upload(lessonId, big, 'bai-giang.pdf').expect(413);
    expect(res.body).toMatchObject({ code: 'files.too_large', message: 'Tệp "bai-giang.pdf" lớn hơn giới hạn 20 MB.' });
    expect(put).not.toHaveBeenCalled();
    expect(await t.db.getRepository(LessonFile).countBy({ lessonId })).toBe(0);
    expect((await refusals(lessonId)).map((a) => a.details)).toEqual([expect.objectContaining({ fileName: 'bai-giang.pdf', code: 'files.too_large' })]);
  });

  it("a new draft shares the published version's files; deleting the draft's copy keeps the published bytes", async () => {
    const { courseId, lessonId } = await draftLesson();
    const file = (await upload(lessonId, PDF, 'tai-lieu.pdf').expect(201)).body as LessonFileDto;
    await http().post(`/api/courses/${courseId}/publish`).set(bearer(author)).expect(200);
    // Published: no more uploads or deletions on it.
    expect((await upload(lessonId, PDF, 'them.pdf').expect(409)).body.code).toBe('catalogue.not_draft');
    expect((await http().delete(`/api/lesson-files/${file.id}`).set(bearer(author)).expect(409)).body.code).toBe('catalogue.not_draft');

    const draft = (await http().post(`/api/courses/${courseId}/draft`).set(bearer(author)).expect(201)).body as CourseVersionDto;
    const copyLesson = draft.modules[0].lessons[0];
    expect(copyLesson.fileCount).toBe(1);
    const [copy] = ((await http().get(`/api/lessons/${copyLesson.id}`).set(bearer(author)).expect(200)).body as LessonDto).files;
    expect(copy).toEqual({ ...file, id: expect.any(Number) });
    expect(copy.id).not.toBe(file.id);
    const { storageKey } = await t.db.getRepository(LessonFile).findOneByOrFail({ id: file.id });
    expect((await t.db.getRepository(LessonFile).findOneByOrFail({ id: copy.id })).storageKey).toBe(storageKey);

    const remove = jest.spyOn(storage, 'remove');
    await http().delete(`/api/lesson-files/${copy.id}`).set(bearer(author)).expect(204);
    expect(remove).not.toHaveBeenCalled();
    const original = await http().get(`/api/lesson-files/${file.id}`).set(bearer(author)).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(original.body as Buffer, PDF)).toBe(0);

    // A file only the draft has goes with its bytes.
    const own = (await upload(copyLesson.id, PNG, 'so-do.png').expect(201)).body as LessonFileDto;
    const ownKey = (await t.db.getRepository(LessonFile).findOneByOrFail({ id: own.id })).storageKey;
    await http().delete(`/api/lessons/${copyLesson.id}`).set(bearer(author)).expect(204);
    expect(remove.mock.calls).toEqual([[ownKey]]);
    await expect(storage.get(ownKey)).rejects.toThrow();
  });
});
