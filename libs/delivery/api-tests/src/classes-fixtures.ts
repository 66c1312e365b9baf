import type { Role } from '@cds/contracts';
import { bearer, createAccount, signIn, TestApp, uid } from '@cds/api/testing';
import { todayInVietnam } from '@cds/api/common';
import { Course, CourseVersion } from '@cds/catalogue/api';
import { OrgUnit } from '@cds/org/api';
import { Account } from '@cds/people/api';

/** Seeding shared by the plan, class and enrolment medium tests. */

/** A date `days` after today in Vietnam (negative: before). */
export function day(days: number): string {
  const [y, m, d] = todayInVietnam().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A course with a published version 1 (straight into the tables: the catalogue's own API is another domain's). */
export async function publishedCourse(t: TestApp, title = `Khai thác Cổng dịch vụ công quốc gia và VNeID ${uid()}`): Promise<{ courseId: number; versionId: number; code: string; title: string }> {
  const code = `KH-${uid()}`;
  const now = new Date();
  const { identifiers } = await t.db.getRepository(Course).insert({ code, title, topicArea: 'digital_government', hours: 16, publishedVersionId: null, draftVersionId: null, createdAt: now });
  const courseId = Number(identifiers[0]['id']);
  const versionId = await addVersion(t, courseId, 1, title);
  return { courseId, versionId, code, title };
}

/** Publishes a new version of a course (the old one superseded), as the catalogue does. */
export async function addVersion(t: TestApp, courseId: number, version: number, title: string): Promise<number> {
  const now = new Date();
  await t.db.getRepository(CourseVersion).update({ courseId, state: 'published' }, { state: 'superseded' });
  const { identifiers } = await t.db.getRepository(CourseVersion).insert({
    courseId,
    version,
    state: 'published',
    title,
    summary: 'Nội dung khóa học',
    topicArea: 'digital_government',
    hours: 16,
    seatFunctions: [],
    publishedAt: now,
    publishedBy: null,
    createdBy: null,
    createdAt: now,
  });
  const versionId = Number(identifiers[0]['id']);
  await t.db.getRepository(Course).update({ id: courseId }, { publishedVersionId: versionId, title });
  return versionId;
}

/** An account signed in, with its person id. */
export async function person(t: TestApp, unit: OrgUnit, grants: [Role, OrgUnit][] | undefined, fullName: string, ip: string) {
  const account = await createAccount(t.db, { unit, grants, fullName });
  const { accountId } = account;
  const personId = (await t.db.getRepository(Account).findOneByOrFail({ id: accountId })).personId;
  const token = (await signIn(t, account.email, undefined, ip)).accessToken;
  return { accountId, personId: Number(personId), token, auth: bearer(token), email: account.email };
}

export interface ClassBody {
  courseId: number;
  code?: string;
  title?: string;
  mode?: 'online' | 'in_person' | 'blended';
  startDate?: string;
  endDate?: string;
  enrolmentDeadline?: string;
  place?: string;
  capacity?: number;
  organiserUnitId: number;
  trainerIds?: number[];
}

/** A class body: open for enrolment (deadline in 10 days), starting in 14 days, for 5 days. */
export const classBody = (b: ClassBody) => ({
  code: `LOP-${uid()}`,
  title: 'Lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã',
  mode: 'blended',
  startDate: day(14),
  endDate: day(18),
  enrolmentDeadline: day(10),
  place: 'Hội trường Sở Khoa học và Công nghệ, số 1 đường Trần Hưng Đạo',
  capacity: 30,
  trainerIds: [],
  ...b,
});
