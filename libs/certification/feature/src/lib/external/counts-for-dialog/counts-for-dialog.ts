import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ExternalTrainingApi } from '@cds/certification/data-access';
import { CourseSummary, ExternalTrainingDto } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, Observable, of } from 'rxjs';

export interface CountsForDialogData {
  record: ExternalTrainingDto;
  /** Sets the course it counts as (null: recorded only); the dialog shows a refusal and stays open. */
  act: (courseId: number | null) => Observable<ExternalTrainingDto>;
}

/** Whether a record of training done elsewhere counts as one of the platform's courses, and which. */
@Component({
  selector: 'cds-counts-for-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell [title]="'certification.external.counts.title' | translate" [submitLabel]="'certification.external.counts.save' | translate" [busy]="saving()">
        <cds-refusal-banner [refusal]="refusal()" />
        <p>{{ 'certification.external.counts.text' | translate: { title: r.title, name: r.fullName, body: r.issuingBody } }}</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'certification.external.form.countsFor' | translate }}</mat-label>
          <select matNativeControl formControlName="courseId" data-testid="counts-for">
            <option [ngValue]="null">{{ 'certification.external.form.noCourse' | translate }}</option>
            @for (c of courses(); track c.id) {
              <option [ngValue]="c.id">{{ c.code }} – {{ c.title }}</option>
            }
          </select>
          <mat-hint>{{ 'certification.external.form.countsForHint' | translate }}</mat-hint>
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class CountsForDialog {
  private readonly ref = inject<MatDialogRef<CountsForDialog, ExternalTrainingDto>>(MatDialogRef);
  protected readonly data = inject<CountsForDialogData>(MAT_DIALOG_DATA);
  protected readonly r = this.data.record;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly courses = toSignal(inject(ExternalTrainingApi).courses().pipe(catchError(() => of([] as CourseSummary[]))), {
    initialValue: [] as CourseSummary[],
  });
  protected readonly form = new FormGroup({ courseId: new FormControl<number | null>(this.r.countsFor?.id ?? null) });

  protected submit(): void {
    if (this.saving()) return;
    const courseId = this.form.controls.courseId.value;
    this.saving.set(true);
    this.refusal.set(null);
    this.data.act(courseId === null ? null : Number(courseId)).subscribe({
      next: (record) => this.ref.close(record),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
