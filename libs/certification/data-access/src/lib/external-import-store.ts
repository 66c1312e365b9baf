import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { Refusal, refusalOf } from '@cds/web/core';
import { Subscription } from 'rxjs';
import { ExternalImportFiles, ExternalImportReport, ExternalTrainingApi } from './external-training-api';

/**
 * The Excel import of training done elsewhere: a preview (`dryRun`, writes nothing) shows every
 * problem of the sheet; only a preview without problems may be imported, and the import writes
 * every row or none. Files changed after a preview drop it (`forget`). Provide it on the dialog.
 */
@Injectable()
export class ExternalImportStore {
  private readonly api = inject(ExternalTrainingApi);
  private request: Subscription | null = null;
  private readonly reportState = signal<ExternalImportReport | null>(null);
  private readonly busyState = signal<'preview' | 'import' | null>(null);
  private readonly percentState = signal<number | null>(null);
  private readonly refusalState = signal<Refusal | null>(null);

  /** The last answer: a preview, or an import (which wrote nothing when it lists problems). */
  readonly report = this.reportState.asReadonly();
  /** What is in flight, if anything. */
  readonly busy = this.busyState.asReadonly();
  /** How much of the files has been sent (percent) while they upload; null when unknown. */
  readonly percent = this.percentState.asReadonly();
  /** Why the API refused to read the files at all (a file missing, of the wrong kind, unreadable). */
  readonly refusal = this.refusalState.asReadonly();
  /** The preview found no problem and rows to write: the import may go ahead. */
  readonly importable = computed(() => {
    const r = this.reportState();
    return !!r && r.dryRun && !r.problems.length && r.rows.length > 0;
  });
  /** The import wrote its rows (all of them). */
  readonly imported = computed(() => {
    const r = this.reportState();
    return r && !r.dryRun && !r.problems.length ? r : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Checks the sheet; nothing is written. */
  preview(files: ExternalImportFiles): void {
    this.send(files, true);
  }

  /** Writes every row, or none; only after a clean preview of the same files. */
  import(files: ExternalImportFiles): void {
    if (!this.importable()) return;
    this.send(files, false);
  }

  /** Drops the report and any request in flight (the files changed). */
  forget(): void {
    this.request?.unsubscribe();
    this.request = null;
    this.busyState.set(null);
    this.percentState.set(null);
    this.reportState.set(null);
    this.refusalState.set(null);
  }

  private send(files: ExternalImportFiles, dryRun: boolean): void {
    if (this.busyState()) return;
    this.refusalState.set(null);
    this.percentState.set(null);
    this.busyState.set(dryRun ? 'preview' : 'import');
    this.request = this.api.importSheet(files, dryRun).subscribe({
      next: (step) => {
        if (step.kind === 'progress') this.percentState.set(step.percent);
        else this.reportState.set(step.value);
      },
      error: (err: unknown) => {
        this.busyState.set(null);
        this.refusalState.set(refusalOf(err));
      },
      complete: () => this.busyState.set(null),
    });
  }
}
