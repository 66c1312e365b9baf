import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { CourseVersionDto } from '@cds/contracts';
import { CatalogueApi } from '@cds/catalogue/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { CourseFields } from '../course-fields/course-fields';
import { courseForm, createRequestOf } from '../course-fields/course-form';

/** A new course: code, title, summary, topic area, hours and the posts it qualifies for. Closes with its first (draft) version. */
@Component({
  selector: 'cds-create-course-dialog',
  imports: [CourseFields, DialogShell, RefusalBanner, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="'catalogue.createDialog.title' | translate"
        [submitLabel]="'catalogue.createDialog.submit' | translate"
        [busy]="saving()"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        <cds-course-fields [form]="form" [withCode]="true" />
      </cds-dialog-shell>
    </form>
  `,
})
export class CreateCourseDialog {
  private readonly api = inject(CatalogueApi);
  private readonly ref = inject<MatDialogRef<CreateCourseDialog, CourseVersionDto>>(MatDialogRef);
  protected readonly form = courseForm();
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    this.refusal.set(null);
    this.api.createCourse(createRequestOf(this.form)).subscribe({
      next: (course) => this.ref.close(course),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
