import { computed, inject, Injectable } from '@angular/core';
import { ClassOutline, ClassSummary, EnrolmentDto, LearnerHome, LessonView } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { Observable, tap } from 'rxjs';
import { LearningApi } from './learning-api';

/**
 * "Học tập của tôi": the person's classes, and (on demand, or when they have none) the classes open
 * for them to ask to join. Provide it on the page.
 */
@Injectable()
export class LearnerHomeStore {
  private readonly api = inject(LearningApi);
  private readonly read = new LatestRead<'me', LearnerHome>(() => this.api.home());
  private readonly openRead = new LatestRead<'open', ClassSummary[]>(() => this.api.openClasses());

  readonly classes = computed(() => this.read.value()?.classes ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  /** The home could not be read (a refusal, or no answer at all). */
  readonly failed = computed(() => this.read.loaded() && !this.read.loading() && this.read.value() === null);

  /** Open classes the person is not in yet. */
  readonly openClasses = computed(() => {
    const mine = new Set(this.classes().map((c) => c.classId));
    return (this.openRead.value() ?? []).filter((c) => c.open && !mine.has(c.id));
  });
  readonly openLoading = this.openRead.loading;
  readonly openLoaded = this.openRead.loaded;

  load(): void {
    this.read.load('me');
  }

  loadOpenClasses(): void {
    this.openRead.load('open');
  }

  /** Asks to join a class; the home is read again so the class shows with its "requested" badge. */
  join(classId: number): Observable<EnrolmentDto> {
    return this.api.join(classId).pipe(tap(() => this.read.reload()));
  }
}

/** A class's modules and lessons with what the learner has done. Provide it on the page. */
@Injectable()
export class ClassOutlineStore {
  private readonly api = inject(LearningApi);
  private readonly read = new LatestRead<number, ClassOutline>((classId) => this.api.outline(classId));

  readonly outline = this.read.value;
  readonly loading = this.read.loading;
  readonly error = this.read.error;
  readonly failed = computed(() => this.read.loaded() && !this.read.loading() && this.read.value() === null);
  /** Lessons in order, across modules. */
  readonly lessons = computed(() => (this.read.value()?.modules ?? []).flatMap((m) => m.lessons));
  readonly doneCount = computed(() => this.lessons().filter((l) => l.done).length);
  /** Where to go on: where the learner left off, else the first lesson not done, else the first. */
  readonly resumeLessonId = computed(() => {
    const outline = this.read.value();
    const lessons = this.lessons();
    if (!outline || !lessons.length) return null;
    const last = lessons.find((l) => l.id === outline.lastLessonId);
    if (last && !last.done) return last.id;
    return (lessons.find((l) => !l.done) ?? last ?? lessons[0]).id;
  });

  load(classId: number): void {
    this.read.load(classId, { keepValue: this.read.params() === classId });
  }

  reload(): void {
    this.read.reload();
  }
}

export interface LessonKey {
  classId: number;
  lessonId: number;
}

/** The lesson being read. Another lesson never shows the previous one's text while it loads. */
@Injectable()
export class LessonStore {
  private readonly api = inject(LearningApi);
  private readonly read = new LatestRead<LessonKey, LessonView>(({ classId, lessonId }) => this.api.lesson(classId, lessonId));

  readonly lesson = this.read.value;
  readonly key = this.read.params;
  readonly loading = this.read.loading;
  readonly error = this.read.error;
  readonly failed = computed(() => this.read.loaded() && !this.read.loading() && this.read.value() === null);

  load(key: LessonKey): void {
    this.read.load(key, { keepValue: false });
  }

  reload(): void {
    this.read.reload();
  }
}
