import { computed, inject, Injectable } from '@angular/core';
import { AttemptView, LearnerQuizDto } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { Observable, tap } from 'rxjs';
import { AttemptApi } from './attempt-api';
import { AttemptHandoff } from './attempt-handoff';

/** A class's quizzes as its learner sees them, and starting (or resuming) an attempt. Provide it on the page. */
@Injectable()
export class ClassQuizzesStore {
  private readonly api = inject(AttemptApi);
  private readonly handoff = inject(AttemptHandoff);
  private readonly read = new LatestRead<number, LearnerQuizDto[]>((classId) => this.api.classQuizzes(classId));

  readonly quizzes = computed(() => this.read.value() ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  /** The list could not be read (a refusal, or no answer at all). */
  readonly failed = computed(() => this.read.loaded() && !this.read.loading() && this.read.value() === null);

  load(classId: number): void {
    this.read.load(classId, { keepValue: this.read.params() === classId });
  }

  reload(): void {
    this.read.reload();
  }

  /** A new attempt, or the one under way; the page goes to it, and finds it there without reading it again. */
  start(classId: number, quizId: number): Observable<AttemptView> {
    return this.api.start(classId, quizId).pipe(tap((view) => this.handoff.put(view)));
  }
}
