import { computed, inject, Injectable, signal } from '@angular/core';
import { GradeRequest, GradingQueueItem, GradingResponse, MarkRole } from '@cds/contracts';
import { WriteState } from '@cds/catalogue/data-access';
import { LatestRead } from '@cds/web/core';
import { Observable } from 'rxjs';
import { GradingApi } from './grading-api';

/**
 * Which mark the caller gives a response (the API says which marks are the caller's, and refuses
 * with 409 a second mark by the first marker anyway).
 * - two marks that differ (disagreement, or a grade settled before): settle;
 * - no first mark yet, or the caller's own first mark: first;
 * - someone else's first mark on a quiz with a second marker (the state says which): second.
 */
export function markRoleFor(response: GradingResponse): MarkRole {
  const { state, first, second } = response;
  if (state === 'disagreement') return 'settle';
  if (!first) return 'first';
  const mine = first.mine;
  if (state === 'second_pending') return mine ? 'first' : 'second';
  if (state === 'pending' || !second) return 'first';
  if (first.points !== second.points) return 'settle';
  return mine ? 'first' : 'second';
}

/** The mark the caller would change with this role (to start the form from), or null for a new one. */
export function markFor(response: GradingResponse, role: MarkRole): { points: number | null; comment: string } {
  if (role === 'first') return { points: response.first?.points ?? null, comment: response.first?.comment ?? '' };
  if (role === 'second') return { points: response.second?.points ?? null, comment: response.second?.comment ?? '' };
  return { points: response.state === 'graded' ? response.points : null, comment: '' };
}

/** The response waits for the caller: no grade yet, a second mark by someone other than the first marker, or two marks to settle. */
export function waitsFor(response: GradingResponse): boolean {
  if (response.state === 'graded') return false;
  return !(response.state === 'second_pending' && response.first?.mine);
}

/** The trainer's grading queue. Provide it on the page. */
@Injectable()
export class GradingQueueStore {
  private readonly api = inject(GradingApi);
  private readonly read = new LatestRead<true, GradingQueueItem[]>(() => this.api.queue());

  readonly items = computed(() => this.read.value() ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;

  load(): void {
    this.read.load(true);
  }
}

/**
 * Grading one essay question of a quiz, one response at a time: the responses, which one is shown,
 * the comments used before, and the marks. It opens on the first response waiting for the caller;
 * a saved mark replaces its response and moves on to the next one waiting. Provide it on the page.
 */
@Injectable()
export class GradingSessionStore {
  private readonly api = inject(GradingApi);
  private readonly read = new LatestRead<{ quizId: number; questionId: number }, GradingResponse[]>(({ quizId, questionId }) =>
    this.api.responses(quizId, questionId),
  );
  private readonly commentsRead = new LatestRead<number, string[]>((questionId) => this.api.comments(questionId));
  private readonly writes = new WriteState();
  /** The index the person moved to; null until they move (then the first response waiting is shown). */
  private readonly at = signal<number | null>(null);

  readonly responses = computed(() => this.read.value() ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly comments = computed(() => this.commentsRead.value() ?? []);
  readonly saving = this.writes.saving;
  readonly saved = this.writes.saved;
  /** Why the last mark was refused, in the API's words. */
  readonly refusal = this.writes.refusal;
  /** The index of the response shown (0-based). */
  readonly index = computed(() => {
    const list = this.responses();
    const chosen = this.at();
    if (chosen !== null) return Math.min(chosen, Math.max(0, list.length - 1));
    return Math.max(0, list.findIndex((r) => waitsFor(r)));
  });
  readonly current = computed<GradingResponse | null>(() => this.responses()[this.index()] ?? null);
  /** The role the caller marks the shown response in. */
  readonly role = computed<MarkRole | null>(() => {
    const current = this.current();
    return current ? markRoleFor(current) : null;
  });
  /** How many responses still wait for the caller. */
  readonly waiting = computed(() => this.responses().filter((r) => waitsFor(r)).length);

  /** Reads the responses to the question and its comments used before. */
  load(quizId: number, questionId: number): void {
    this.writes.clear();
    this.at.set(null);
    this.read.load({ quizId, questionId }, { keepValue: false });
    this.commentsRead.load(questionId);
  }

  /** Shows the response at this index (clamped to the list). */
  go(index: number): void {
    const count = this.responses().length;
    if (!count) return;
    this.writes.clear();
    this.at.set(Math.max(0, Math.min(count - 1, index)));
  }

  next(): void {
    this.go(this.index() + 1);
  }

  previous(): void {
    this.go(this.index() - 1);
  }

  /**
   * Marks the shown response; once saved, replaces it in the list, remembers a new comment for
   * reuse, and moves to the next response waiting for the caller (after this one, wrapping round;
   * stays when none is left). Completes without a value when refused.
   */
  save(request: GradeRequest): Observable<GradingResponse> {
    const current = this.current();
    if (!current) throw new Error('GradingSessionStore: nothing to grade');
    return this.writes.run(this.api.grade(current.attemptId, current.slot, request), (saved) => {
      const from = this.index();
      this.read.set(this.responses().map((r) => (r.attemptId === saved.attemptId && r.slot === saved.slot ? saved : r)));
      const comment = request.comment.trim();
      if (comment && !this.comments().includes(comment)) this.commentsRead.set([...this.comments(), comment]);
      this.at.set(this.nextWaiting(from) ?? from);
    });
  }

  /** The next response after `from` (wrapping round) that waits for the caller; null when none does. */
  private nextWaiting(from: number): number | null {
    const list = this.responses();
    for (let step = 1; step <= list.length; step++) {
      const i = (from + step) % list.length;
      if (waitsFor(list[i])) return i;
    }
    return null;
  }
}
