import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PASSWORD_MIN_LENGTH } from '@cds/contracts';
import { apiErrorOf, AuthStore, ErrorMessage, ErrorMessages } from '@cds/web/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

/** New password must differ from the current one; the repeat must match. */
function passwordRules(group: AbstractControl): ValidationErrors | null {
  const { currentPassword, newPassword, confirmPassword } = group.value as Record<string, string>;
  const errors: ValidationErrors = {};
  if (newPassword && currentPassword && newPassword === currentPassword) errors['sameAsCurrent'] = true;
  if (confirmPassword && newPassword !== confirmPassword) errors['mismatch'] = true;
  return Object.keys(errors).length ? errors : null;
}

@Component({
  selector: 'cds-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
})
export class ProfilePage {
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessages);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly user = this.auth.user;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup(
    {
      currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      newPassword: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
      }),
      confirmPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: passwordRules },
  );
  protected readonly saving = signal(false);
  protected readonly changed = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  /** The API's own reasons for refusing the new password (it may check more than the length). */
  protected readonly errorDetails = signal<string[]>([]);

  protected submit(): void {
    this.changed.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.errorDetails.set([]);
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.auth.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.saving.set(false);
        this.changed.set(true);
        this.formDirective().resetForm();
        this.snackBar.open(this.translate.instant('profile.changed'), this.translate.instant('errors.close'), {
          duration: 6000,
        });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const weak = err instanceof HttpErrorResponse && err.status === 422;
        this.error.set(
          weak ? { key: 'profile.weakPassword', params: { seconds: 0, correlationId: '' } } : this.errors.describe(err),
        );
        const reasons = weak ? apiErrorOf(err)?.errors?.['newPassword'] : undefined;
        this.errorDetails.set(Array.isArray(reasons) ? reasons : []);
      },
    });
  }
}
