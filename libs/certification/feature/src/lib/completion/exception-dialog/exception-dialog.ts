import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CompletionRow } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export interface ExceptionDialogData {
  row: CompletionRow;
  /** Records the exception with this reason (an empty one removes it); the dialog shows a refusal and stays open. */
  act: (reason: string) => Observable<CompletionRow>;
}

export const EXCEPTION_REASON_MAX = 500;

/**
 * A certifier waives the unmet rules for one learner, with a reason (audited), or removes the
 * exception given before. Closes with the row as the API answered. The API refuses a certifier's
 * own completion and learners outside their units, in words shown here.
 */
@Component({
  selector: 'cds-exception-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="'certification.exception.title' | translate: { name: data.row.fullName }"
        [submitLabel]="'certification.exception.save' | translate"
        [busy]="saving()"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        <p>{{ 'certification.exception.text' | translate: { name: data.row.fullName } }}</p>
        @if (data.row.gaps.length) {
          <p class="gaps">
            <span class="label">{{ 'certification.exception.gaps' | translate }}:</span>
            @for (gap of data.row.gaps; track gap) {
              <span class="gap">{{ 'certification.gaps.' + gap | translate }}</span>
            }
          </p>
        }
        @if (data.row.exception; as e) {
          <p class="current" data-testid="current">{{ 'certification.exception.current' | translate: { by: e.by, reason: e.reason } }}</p>
        }
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'certification.exception.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required [maxlength]="max" data-testid="reason"></textarea>
          <mat-hint align="end">{{ reason.value.length }}/{{ max }}</mat-hint>
          @if (reason.invalid) {
            <mat-error>{{ 'certification.exception.reasonRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        @if (data.row.exception) {
          <div cdsDialogActions>
            <button mat-button type="button" class="remove" [disabled]="saving()" (click)="remove()" data-testid="remove">
              {{ 'certification.exception.remove' | translate }}
            </button>
          </div>
        }
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
    .gaps { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
    .label { font-weight: 500; }
    .gap { padding: 2px 8px; border-radius: 8px; background: #fdefc3; color: #4d3800; font: var(--mat-sys-label-medium); }
    .current { font-style: italic; }
    .remove { color: var(--mat-sys-error); }
  `,
})
export class ExceptionDialog {
  private readonly ref = inject<MatDialogRef<ExceptionDialog, CompletionRow>>(MatDialogRef);
  protected readonly data = inject<ExceptionDialogData>(MAT_DIALOG_DATA);
  protected readonly max = EXCEPTION_REASON_MAX;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly reason = new FormControl(this.data.row.exception?.reason ?? '', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(EXCEPTION_REASON_MAX)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected submit(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.send(this.reason.value.trim());
  }

  /** An empty reason removes the exception. */
  protected remove(): void {
    this.send('');
  }

  private send(reason: string): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.refusal.set(null);
    this.data.act(reason).subscribe({
      next: (row) => this.ref.close(row),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
