import { computed, inject, Injectable } from '@angular/core';
import { QuestionSummary } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { QuestionBankApi } from './question-bank-api';

/** What the list was read for: a course, and a tag ('' for every question). */
export interface QuestionListQuery {
  courseId: number;
  tag: string;
}

/** A course's question bank as listed, filtered by one tag on the server. Provide it on the page. */
@Injectable()
export class QuestionListStore {
  private readonly api = inject(QuestionBankApi);
  private readonly read = new LatestRead<QuestionListQuery, QuestionSummary[]>(({ courseId, tag }) => this.api.list(courseId, tag));

  readonly questions = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  /** The tag the shown list was read for ('' when none). */
  readonly tag = computed(() => this.read.params()?.tag ?? '');

  /** Reads the course's questions (with the tag, when one is given); the last list stays shown until the answer comes. */
  load(courseId: number, tag = ''): void {
    this.read.load({ courseId, tag: tag.trim() });
  }
}
