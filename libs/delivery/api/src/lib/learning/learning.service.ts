import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClassMode, ClassOutline, ClassState, EnrolmentState, LearnerClassCard, LearnerHome, LessonView } from '@cds/contracts';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type { Principal } from '@cds/api/authz';
import { FileStorage, isUniqueViolation, refuse, todayInVietnam } from '@cds/api/common';
import { parseDbDate } from '@cds/audit/api';
import { Attendance, ClassSession, Enrolment, LessonProgress, TrainingClass } from '../delivery.entities';
import { classState, toSessionDto } from './class-access';
import { CourseReader, type VersionOutline } from './course-reader';
import type { LessonProgressResponse } from './learning.dto';
import { DeliveryHooks } from '../delivery-hooks';

/** The enrolments a learner's home shows. */
export const HOME_STATES: readonly EnrolmentState[] = ['enrolled', 'completed', 'failed', 'waitlisted', 'nominated', 'requested'];
/** The enrolments that may open lessons. */
export const READING_STATES: readonly EnrolmentState[] = ['enrolled', 'completed'];

const STATE_ORDER: Record<ClassState, number> = { running: 0, upcoming: 1, finished: 2, cancelled: 3 };

interface HomeRow {
  enrolmentId: number;
  state: EnrolmentState;
  lastLessonId: number | null;
  classId: number;
  classCode: string;
  classTitle: string;
  versionId: number;
  mode: ClassMode;
  startDate: string;
  endDate: string;
  cancelled: number | boolean;
}

interface EnrolmentRow {
  enrolmentId: number;
  state: EnrolmentState;
  lastLessonId: number | null;
  versionId: number;
  progressLessonId: number | null;
  position: number | null;
  completedAt: string | Date | null;
}

/** The caller's own learning: their classes, each class's lessons, where they left off and how far they got. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reader: CourseReader,
    private readonly storage: FileStorage,
    private readonly hooks: DeliveryHooks,
  ) {}

  /**
   * Every class the caller takes part in. Four statements whatever the number of classes (the
   * enrolments with their classes, lessons done, sessions, attendance); course outlines come from
   * memory after the first read of a version.
   */
  async home(principal: Principal, now = new Date()): Promise<LearnerHome> {
    const rows = await this.db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'c', 'c.id = e.classId')
      .select('e.id', 'enrolmentId')
      .addSelect('e.state', 'state')
      .addSelect('e.lastLessonId', 'lastLessonId')
      .addSelect('c.id', 'classId')
      .addSelect('c.code', 'classCode')
      .addSelect('c.title', 'classTitle')
      .addSelect('c.courseVersionId', 'versionId')
      .addSelect('c.mode', 'mode')
      .addSelect('c.startDate', 'startDate')
      .addSelect('c.endDate', 'endDate')
      .addSelect('c.cancelled', 'cancelled')
      .where('e.personId = :personId', { personId: principal.personId })
      .andWhere('e.state IN (:...states)', { states: HOME_STATES })
      .getRawMany<HomeRow>();
    if (!rows.length) return { classes: [] };

    const enrolmentIds = rows.map((r) => Number(r.enrolmentId));
    const classIds = [...new Set(rows.map((r) => Number(r.classId)))];
    const versionIds = [...new Set(rows.map((r) => Number(r.versionId)))];
    const [done, sessions, attendance, outlines] = await Promise.all([
      this.db.getRepository(LessonProgress).find({ select: { enrolmentId: true, lessonId: true }, where: { enrolmentId: In(enrolmentIds), completedAt: Not(IsNull()) } }),
      this.db.getRepository(ClassSession).find({ where: { classId: In(classIds) }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.db.getRepository(Attendance).find({ select: { sessionId: true, enrolmentId: true, status: true }, where: { enrolmentId: In(enrolmentIds) } }),
      Promise.all(versionIds.map((id) => this.reader.outline(id))),
    ]);
    const outlineOf = new Map(versionIds.map((id, i) => [id, outlines[i]]));
    const today = todayInVietnam(now);

    const cards = rows.map((r): LearnerClassCard => {
      const enrolmentId = Number(r.enrolmentId);
      const classId = Number(r.classId);
      const outline = outlineOf.get(Number(r.versionId)) ?? null;
      const doneIds = new Set(done.filter((p) => p.enrolmentId === enrolmentId && outline?.lessons.has(p.lessonId)).map((p) => p.lessonId));
      const lessonCount = outline?.order.length ?? 0;
      const classSessions = sessions.filter((s) => s.classId === classId);
      const held = new Set(classSessions.filter((s) => s.startsAt.getTime() < now.getTime()).map((s) => s.id));
      const attended = attendance.filter((a) => a.enrolmentId === enrolmentId && held.has(a.sessionId) && (a.status === 'present' || a.status === 'late')).length;
      const next = classSessions.find((s) => s.endsAt.getTime() > now.getTime());
      const nextLessonId = outline ? nextLesson(outline, r.lastLessonId == null ? null : Number(r.lastLessonId), doneIds) : null;
      return {
        enrolmentId,
        classId,
        classCode: r.classCode,
        classTitle: r.classTitle,
        courseTitle: outline?.title ?? '',
        mode: r.mode,
        state: r.state,
        classState: classState({ cancelled: !!Number(r.cancelled), startDate: r.startDate, endDate: r.endDate }, today),
        startDate: r.startDate,
        endDate: r.endDate,
        lessonsDone: doneIds.size,
        lessonCount,
        progress: lessonCount ? Math.round((doneIds.size * 100) / lessonCount) : 0,
        nextSession: next ? toSessionDto(next) : null,
        nextLesson: nextLessonId == null ? null : { lessonId: nextLessonId, title: outline?.lessons.get(nextLessonId)?.title ?? '' },
        attendanceRate: held.size ? Math.round((attended * 100) / held.size) : null,
      };
    });
    cards.sort(
      (a, b) =>
        STATE_ORDER[a.classState] - STATE_ORDER[b.classState] ||
        (a.classState === 'finished' ? b.endDate.localeCompare(a.endDate) : a.startDate.localeCompare(b.startDate)) ||
        a.classId - b.classId,
    );
    return { classes: cards };
  }

  /** A class's modules and lessons with what the caller has done. */
  async outline(principal: Principal, classId: number): Promise<ClassOutline> {
    const e = await this.enrolment(principal, classId, null, HOME_STATES);
    const [outline, done] = await Promise.all([
      this.reader.outline(e.versionId),
      this.db.getRepository(LessonProgress).find({ select: { lessonId: true }, where: { enrolmentId: e.enrolmentId, completedAt: Not(IsNull()) } }),
    ]);
    const doneIds = new Set(done.map((p) => p.lessonId));
    return {
      classId,
      enrolmentId: e.enrolmentId,
      courseTitle: outline?.title ?? '',
      modules: (outline?.modules ?? []).map((m) => ({ id: m.id, title: m.title, lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes, done: doneIds.has(l.id) })) })),
      lastLessonId: e.lastLessonId != null && outline?.lessons.has(e.lastLessonId) ? e.lastLessonId : null,
    };
  }

  /**
   * A lesson of the caller's class, remembered as where they left off. One read (the enrolment,
   * its class's version and the lesson's progress together) and, when the learner moved to another
   * lesson, one write; the lesson itself comes from memory after its first read.
   */
  async lesson(principal: Principal, classId: number, lessonId: number): Promise<LessonView> {
    const e = await this.enrolment(principal, classId, lessonId, READING_STATES);
    const outline = await this.reader.outline(e.versionId);
    const lesson = await this.reader.lesson(e.versionId, lessonId);
    const place = outline?.lessons.get(lessonId);
    if (!outline || !lesson || !place) throw refuse(HttpStatus.NOT_FOUND, 'delivery.lesson_not_in_class');
    if (e.lastLessonId !== lessonId) {
      await this.db.getRepository(Enrolment).createQueryBuilder().update().set({ lastLessonId: lessonId }).where('id = :id', { id: e.enrolmentId }).execute();
    }
    return {
      classId,
      lesson: {
        id: lesson.id,
        title: lesson.title,
        minutes: lesson.minutes,
        html: lesson.html,
        videoUrl: lesson.videoUrl,
        files: lesson.files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size })),
      },
      moduleTitle: lesson.moduleTitle,
      done: e.completedAt != null,
      position: (e.position ?? 0) / 1000,
      previousLessonId: place.index > 0 ? outline.order[place.index - 1] : null,
      nextLessonId: place.index < outline.order.length - 1 ? outline.order[place.index + 1] : null,
    };
  }

  /**
   * Records how far the caller read a lesson. The furthest position is kept; `done` sets the
   * completion time once and nothing ever clears it. Two saves at once both land: the row is
   * created by whichever comes first (the primary key decides) and the other updates it.
   */
  async progress(principal: Principal, classId: number, lessonId: number, position: number, done: boolean, now = new Date()): Promise<LessonProgressResponse> {
    const e = await this.enrolment(principal, classId, lessonId, READING_STATES);
    const outline = await this.reader.outline(e.versionId);
    if (!outline?.lessons.has(lessonId)) throw refuse(HttpStatus.NOT_FOUND, 'delivery.lesson_not_in_class');
    const thousandths = Math.min(1000, Math.max(0, Math.round(position * 1000)));
    const repo = this.db.getRepository(LessonProgress);
    const update = () =>
      repo
        .createQueryBuilder()
        .update()
        .set({
          position: () => 'CASE WHEN position < :position THEN :position ELSE position END',
          ...(done ? { completedAt: () => 'COALESCE(completed_at, :now)' } : {}),
          updatedAt: now,
        })
        .setParameters({ position: thousandths, now })
        .where('enrolment_id = :enrolmentId AND lesson_id = :lessonId', { enrolmentId: e.enrolmentId, lessonId })
        .execute();
    if (e.progressLessonId != null) {
      await update();
    } else {
      try {
        await repo.insert({ enrolmentId: e.enrolmentId, lessonId, position: thousandths, completedAt: done ? now : null, updatedAt: now });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        await update();
      }
    }
    const row = await repo.findOneByOrFail({ enrolmentId: e.enrolmentId, lessonId });
    // Only the first time a lesson is done counts for completion; reading on changes nothing.
    if (done && e.completedAt == null) await this.hooks.learnersChanged({ classId, personIds: [principal.personId] });
    return { done: row.completedAt != null, position: row.position / 1000 };
  }

  /** A file of a lesson of the caller's class: its bytes, type and name. */
  async file(principal: Principal, classId: number, lessonId: number, fileId: number): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
    const e = await this.enrolment(principal, classId, null, READING_STATES);
    const lesson = await this.reader.lesson(e.versionId, lessonId);
    if (!lesson) throw refuse(HttpStatus.NOT_FOUND, 'delivery.lesson_not_in_class');
    const file = lesson.files.find((f) => f.id === fileId);
    if (!file) throw refuse(HttpStatus.NOT_FOUND, 'delivery.file_not_found');
    return { bytes: await this.storage.get(file.storageKey), contentType: file.contentType, fileName: file.fileName };
  }

  /**
   * The caller's enrolment in a class (never anyone else's: the person comes from the caller),
   * with the class's version and, given a lesson, the caller's progress in it: one statement.
   * 403 when the caller has no enrolment in one of `states`.
   */
  private async enrolment(principal: Principal, classId: number, lessonId: number | null, states: readonly EnrolmentState[]) {
    const qb = this.db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'c', 'c.id = e.classId')
      .select('e.id', 'enrolmentId')
      .addSelect('e.state', 'state')
      .addSelect('e.lastLessonId', 'lastLessonId')
      .addSelect('c.courseVersionId', 'versionId')
      .where('e.classId = :classId AND e.personId = :personId', { classId, personId: principal.personId });
    if (lessonId != null) {
      qb.leftJoin(LessonProgress, 'lp', 'lp.enrolmentId = e.id AND lp.lessonId = :lessonId', { lessonId })
        .addSelect('lp.lessonId', 'progressLessonId')
        .addSelect('lp.position', 'position')
        .addSelect('lp.completedAt', 'completedAt');
    }
    const row = await qb.getRawOne<EnrolmentRow>();
    if (!row) throw refuse(HttpStatus.FORBIDDEN, 'delivery.not_enrolled');
    if (!states.includes(row.state)) throw refuse(HttpStatus.FORBIDDEN, HOME_STATES.includes(row.state) ? 'delivery.lesson_locked' : 'delivery.not_enrolled');
    return {
      enrolmentId: Number(row.enrolmentId),
      state: row.state,
      lastLessonId: row.lastLessonId == null ? null : Number(row.lastLessonId),
      versionId: Number(row.versionId),
      progressLessonId: row.progressLessonId == null ? null : Number(row.progressLessonId),
      position: row.position == null ? null : Number(row.position),
      completedAt: row.completedAt == null ? null : parseDbDate(row.completedAt),
    };
  }
}

/** Where the learner left off if that lesson is not done yet, otherwise the first lesson not done; null when all are done. */
export function nextLesson(outline: VersionOutline, lastLessonId: number | null, done: Set<number>): number | null {
  if (lastLessonId != null && outline.lessons.has(lastLessonId) && !done.has(lastLessonId)) return lastLessonId;
  return outline.order.find((id) => !done.has(id)) ?? null;
}
