import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { QuestionImportPreview, QuestionImportResult } from '@cds/contracts';
import { Transfer } from '@cds/delivery/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { Observable, Subscription } from 'rxjs';
import { QuestionBankApi, QuestionImportFormat } from './question-bank-api';

/** Where the import wizard is: choosing what to read, looking at what was read, or done. */
export type QuestionImportStep = 'source' | 'preview' | 'done';

/**
 * The import wizard's state. A preview reads a file or pasted text and saves nothing; only
 * `confirm` saves, and it saves exactly the previewed questions, all or nothing. Provide it on the page.
 */
@Injectable()
export class QuestionImportStore {
  private readonly api = inject(QuestionBankApi);
  private request: Subscription | null = null;
  private readonly previewState = signal<QuestionImportPreview | null>(null);
  private readonly resultState = signal<QuestionImportResult | null>(null);
  private readonly busyState = signal(false);
  private readonly percentState = signal<number | null>(null);
  private readonly refusalState = signal<Refusal | null>(null);

  readonly preview = this.previewState.asReadonly();
  readonly result = this.resultState.asReadonly();
  /** A preview or a confirmation is in flight. */
  readonly busy = this.busyState.asReadonly();
  /** How much of a file has been sent (percent), while it uploads; null when unknown. */
  readonly percent = this.percentState.asReadonly();
  /** Why the API refused the last preview or confirmation. */
  readonly refusal = this.refusalState.asReadonly();
  readonly step = computed<QuestionImportStep>(() => (this.resultState() ? 'done' : this.previewState() ? 'preview' : 'source'));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  previewText(courseId: number, format: Exclude<QuestionImportFormat, 'xlsx'>, text: string): void {
    this.send(this.api.previewText(courseId, format, text), (preview) => this.previewState.set(preview));
  }

  previewFile(courseId: number, format: QuestionImportFormat, file: File): void {
    this.send(this.api.previewFile(courseId, format, file), (step: Transfer<QuestionImportPreview>) => {
      if (step.kind === 'progress') this.percentState.set(step.percent);
      else this.previewState.set(step.value);
    });
  }

  /** Saves the previewed questions (all or nothing). Nothing happens without a preview that has questions. */
  confirm(courseId: number): void {
    const questions = this.previewState()?.questions ?? [];
    if (!questions.length) return;
    this.send(this.api.confirmImport(courseId, questions), (result) => this.resultState.set(result));
  }

  /** Back to choosing what to read (the preview is dropped; nothing was saved). */
  back(): void {
    this.request?.unsubscribe();
    this.busyState.set(false);
    this.previewState.set(null);
    this.refusalState.set(null);
  }

  /** A new import from the start. */
  restart(): void {
    this.back();
    this.resultState.set(null);
  }

  private send<T>(call: Observable<T>, next: (value: T) => void): void {
    this.request?.unsubscribe();
    this.refusalState.set(null);
    this.percentState.set(null);
    this.busyState.set(true);
    this.request = call.subscribe({
      next,
      error: (err: unknown) => {
        this.busyState.set(false);
        this.refusalState.set(refusalOf(err));
      },
      complete: () => this.busyState.set(false),
    });
  }
}
