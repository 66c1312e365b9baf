import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { CompletionRow, DecisionSummary, IssueDecisionRequest } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { fromIsoDate, toIsoDate, todayVn } from '@cds/web/i18n';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, Observable } from 'rxjs';
import { vnDay } from '../../certificate-format';

export interface DecisionDialogData {
  classCode: string;
  courseTitle: string;
  /** The learners chosen on the board. */
  people: CompletionRow[];
  /** Issues the decision; the dialog shows a refusal on the confirm step and stays open. */
  issue: (request: Omit<IssueDecisionRequest, 'classId'>) => Observable<DecisionSummary>;
  /** Saves the decision's zip of signed PDFs. */
  downloadZip: (decision: DecisionSummary) => Observable<void>;
}

export type DecisionStep = 'details' | 'confirm' | 'done';
const STEPS: DecisionStep[] = ['details', 'confirm', 'done'];

export const MAX_VALIDITY_MONTHS = 600;

/**
 * The decision wizard: the decision's number, date and signer (and how long the certificates are
 * valid), then a confirmation listing everyone who will be certified, then the result with the zip
 * of the signed PDFs. A number already used this year, or a certifier on their own completion, is
 * refused on the confirm step in the API's words. Closes with the decision once issued.
 */
@Component({
  selector: 'cds-decision-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDatepickerModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decision-dialog.html',
  styleUrl: './decision-dialog.scss',
})
export class DecisionDialog {
  private readonly ref = inject<MatDialogRef<DecisionDialog, DecisionSummary>>(MatDialogRef);
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);

  protected readonly day = vnDay;
  protected readonly step = signal<DecisionStep>('details');
  protected readonly stepNumber = computed(() => STEPS.indexOf(this.step()) + 1);
  protected readonly issuing = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly decision = signal<DecisionSummary | null>(null);
  protected readonly downloading = signal(false);
  protected readonly downloadRefusal = signal<Refusal | null>(null);

  protected readonly form = new FormGroup({
    number: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(60)] }),
    decidedOn: new FormControl<Date | null>(fromIsoDate(todayVn()), { validators: [Validators.required] }),
    signerName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(120)] }),
    signerTitle: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(200)] }),
    validityMonths: new FormControl<number | null>(null, { validators: [Validators.min(1), Validators.max(MAX_VALIDITY_MONTHS), Validators.pattern(/^\d+$/)] }),
  });

  /** The request as it will be sent (the confirm step shows it). */
  protected readonly request = signal<Omit<IssueDecisionRequest, 'classId'> | null>(null);

  protected next(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.request.set({
      number: v.number.trim(),
      decidedOn: toIsoDate(v.decidedOn as Date),
      signerName: v.signerName.trim(),
      signerTitle: v.signerTitle.trim(),
      personIds: this.data.people.map((p) => p.personId),
      validityMonths: v.validityMonths === null ? null : Number(v.validityMonths),
    });
    this.refusal.set(null);
    this.step.set('confirm');
  }

  protected back(): void {
    if (this.issuing()) return;
    this.step.set('details');
  }

  protected issue(): void {
    const request = this.request();
    if (!request || this.issuing()) return;
    this.issuing.set(true);
    this.refusal.set(null);
    this.data
      .issue(request)
      .pipe(finalize(() => this.issuing.set(false)))
      .subscribe({
        next: (decision) => {
          this.decision.set(decision);
          this.step.set('done');
        },
        error: (err: unknown) => this.refusal.set(refusalOf(err)),
      });
  }

  protected downloadZip(): void {
    const decision = this.decision();
    if (!decision || this.downloading()) return;
    this.downloading.set(true);
    this.downloadRefusal.set(null);
    this.data
      .downloadZip(decision)
      .pipe(finalize(() => this.downloading.set(false)))
      .subscribe({ error: (err: unknown) => this.downloadRefusal.set(refusalOf(err)) });
  }

  protected close(): void {
    this.ref.close(this.decision() ?? undefined);
  }
}
