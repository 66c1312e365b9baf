import type { EnrolmentState } from '@cds/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { renderMarkdown } from '@cds/api/common';
import { createAccount, signIn, TestApp, uid } from '@cds/api/testing';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from '@cds/catalogue/api';
import { ClassSession, ClassTrainer, Enrolment, TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { Account } from '@cds/people/api';
import type { Role } from '@cds/contracts';

/**
 * Rows the learning and attendance tests stand on, written straight to the database (the class,
 * plan and enrolment endpoints are tested on their own): a published course version with modules
 * and lessons, a class running it, its sessions and enrolments.
 */

export interface PublishedCourse {
  courseId: number;
  versionId: number;
  /** Lesson ids per module, in order. */
  modules: number[][];
  lessons: number[];
}

/** A published course whose modules hold `lessonsPerModule[i]` lessons each. */
export async function publishedCourse(db: DataSource, lessonsPerModule: number[], title = `Khóa học CĐS ${uid()}`): Promise<PublishedCourse> {
  const now = new Date();
  const course = await db.getRepository(Course).insert({ code: `KH-${uid()}`, title, topicArea: 'cds_knowledge', hours: 8, publishedVersionId: null, draftVersionId: null, createdAt: now });
  const courseId = Number(course.identifiers[0]['id']);
  const version = await db.getRepository(CourseVersion).insert({
    courseId,
    version: 1,
    state: 'published',
    title,
    summary: 'Tóm tắt',
    topicArea: 'cds_knowledge',
    hours: 8,
    seatFunctions: [],
    publishedAt: now,
    publishedBy: null,
    createdBy: null,
    createdAt: now,
  });
  const versionId = Number(version.identifiers[0]['id']);
  await db.getRepository(Course).update({ id: courseId }, { publishedVersionId: versionId });
  const modules: number[][] = [];
  for (const [m, count] of lessonsPerModule.entries()) {
    const mod = await db.getRepository(CourseModule).insert({ versionId, position: m + 1, title: `Chuyên đề ${m + 1}` });
    const moduleId = Number(mod.identifiers[0]['id']);
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const markdown = `## Bài ${m + 1}.${i + 1}\n\nNội dung **bài học** về chuyển đổi số.`;
      const lesson = await db.getRepository(Lesson).insert({ moduleId, position: i + 1, title: `Bài ${m + 1}.${i + 1}`, minutes: 10, markdown, html: renderMarkdown(markdown), videoUrl: null });
      ids.push(Number(lesson.identifiers[0]['id']));
    }
    modules.push(ids);
  }
  return { courseId, versionId, modules, lessons: modules.flat() };
}

export async function lessonFile(db: DataSource, lessonId: number, storageKey: string, fileName: string, contentType: string, size: number) {
  const { identifiers } = await db.getRepository(LessonFile).insert({ lessonId, fileName, contentType, size, storageKey, createdAt: new Date() });
  return Number(identifiers[0]['id']);
}

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A class of a course version, running from yesterday to a month from now unless told otherwise. */
export async function trainingClass(
  db: DataSource,
  course: PublishedCourse,
  organiser: OrgUnit,
  options: { startDate?: string; endDate?: string; enrolledCount?: number; title?: string } = {},
): Promise<number> {
  const { identifiers } = await db.getRepository(TrainingClass).insert({
    code: `LOP-${uid()}`,
    title: options.title ?? `Lớp bồi dưỡng ${uid()}`,
    courseId: course.courseId,
    courseVersionId: course.versionId,
    mode: 'blended',
    startDate: options.startDate ?? day(-1),
    endDate: options.endDate ?? day(30),
    enrolmentDeadline: options.startDate ?? day(-1),
    place: 'Hội trường UBND tỉnh',
    capacity: 30,
    enrolledCount: options.enrolledCount ?? 0,
    organiserUnitId: organiser.id,
    cancelled: false,
    createdBy: null,
    createdAt: new Date(),
  });
  return Number(identifiers[0]['id']);
}

/** A session of a class, `startsInMinutes` from now (negative: already started), lasting `minutes`. */
export async function classSession(db: DataSource, classId: number, startsInMinutes: number, minutes = 120, title = 'Buổi học') {
  const startsAt = new Date(Math.floor(Date.now() / 1000) * 1000 + startsInMinutes * 60_000);
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  const checkInSecret = randomBytes(32).toString('hex');
  const { identifiers } = await db.getRepository(ClassSession).insert({ classId, title, startsAt, endsAt, place: 'Phòng họp số 2', onlineUrl: null, checkInSecret });
  return { id: Number(identifiers[0]['id']), classId, startsAt, endsAt, checkInSecret };
}

export async function enrol(db: DataSource, classId: number, personId: number, state: EnrolmentState = 'enrolled') {
  const now = new Date();
  const { identifiers } = await db.getRepository(Enrolment).insert({
    classId,
    personId,
    state,
    nominatedBy: null,
    decidedBy: null,
    reason: null,
    waitlistedAt: state === 'waitlisted' ? now : null,
    lastLessonId: null,
    createdAt: now,
    updatedAt: now,
  });
  if (state === 'enrolled') await db.getRepository(TrainingClass).increment({ id: classId }, 'enrolledCount', 1);
  return Number(identifiers[0]['id']);
}

export async function addTrainer(db: DataSource, classId: number, personId: number) {
  await db.getRepository(ClassTrainer).insert({ classId, personId });
}

let ipCounter = 1;

/** An account with a person, signed in: its token and person id. */
export async function signedIn(t: TestApp, unit: OrgUnit, grants?: [Role, OrgUnit][], fullName?: string) {
  const account = await createAccount(t.db, { unit, grants, fullName });
  const { personId } = await t.db.getRepository(Account).findOneByOrFail({ id: account.accountId });
  const { accessToken } = await signIn(t, account.email, undefined, `10.77.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`);
  return { token: accessToken, personId, accountId: account.accountId };
}
