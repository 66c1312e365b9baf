import { computed, inject, Injectable } from '@angular/core';
import { QuestionBody, QuestionDetail } from '@cds/contracts';
import { WriteState } from '@cds/catalogue/data-access';
import { LatestRead } from '@cds/web/core';
import { Observable } from 'rxjs';
import { QuestionBankApi } from './question-bank-api';

/** The API's code when another save moved the question on after this one was read. */
export const QUESTION_CHANGED = 'assessment.question_changed';

/**
 * One question in the editor: its current version as read, and its saves. A save of an existing
 * question is a new version on top of the one read (`baseVersion`), so an author never overwrites a
 * version they have not seen. Provide it on the page.
 */
@Injectable()
export class QuestionEditorStore {
  private readonly api = inject(QuestionBankApi);
  private readonly read = new LatestRead<number, QuestionDetail>((id) => this.api.question(id));
  private readonly writes = new WriteState();

  readonly question = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly saving = this.writes.saving;
  readonly saved = this.writes.saved;
  /** Why the last save was refused (422 with every problem in words, 409 when someone else saved first). */
  readonly refusal = this.writes.refusal;
  /** Someone else saved a newer version after this one was read: reload before editing again. */
  readonly conflict = computed(() => this.refusal()?.code === QUESTION_CHANGED);

  load(id: number): void {
    this.writes.clear();
    this.read.load(id, { keepValue: this.read.params() === id });
  }

  /** Reads the current version again (after a conflict); what was typed is dropped by the page. */
  reload(): void {
    this.writes.clear();
    this.read.reload();
  }

  /** A new question in the course's bank (version 1). Completes without a value when refused. */
  create(courseId: number, body: QuestionBody): Observable<QuestionDetail> {
    return this.writes.run(this.api.create(courseId, body), (saved) => this.read.set(saved));
  }

  /** A new version on top of the one read. Completes without a value when refused. */
  save(body: QuestionBody): Observable<QuestionDetail> {
    const current = this.read.value();
    if (!current) throw new Error('QuestionEditorStore: load(id) first');
    return this.writes.run(this.api.update(current.id, body, current.version), (saved) => this.read.set(saved));
  }
}
