import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ClassMode, IsoDate, SessionDto, SessionRequest } from '@cds/contracts';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { fromIsoDate, toIsoDate } from '@cds/web/i18n';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { fromVnWallTime, toVnWallTime } from '../vn-time';

export interface SessionDialogData {
  classId: number;
  /** The session to change; null to add one. */
  session: SessionDto | null;
  /** The class's place and mode (for a new session), and its dates (a session falls within them). */
  defaults: { place: string; mode: ClassMode; startDate: IsoDate; endDate: IsoDate };
}

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

const endAfterStart = (group: AbstractControl): ValidationErrors | null => {
  const start = group.get('startTime')?.value as string;
  const end = group.get('endTime')?.value as string;
  return TIME.test(start) && TIME.test(end) && end.padStart(5, '0') <= start.padStart(5, '0') ? { endBeforeStart: true } : null;
};

/** Adds or changes a session: a day and its start and end times, in Vietnam time. Closes with the session. */
@Component({
  selector: 'cds-session-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-dialog.html',
  styles: `
    .field { width: 100%; }
    .row { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .row > .field { flex: 1 1 140px; width: auto; }
    .form-error { color: var(--mat-sys-error); margin: 0 0 16px; }
  `,
})
export class SessionDialog {
  private readonly api = inject(DeliveryClassesApi);
  private readonly ref = inject<MatDialogRef<SessionDialog, SessionDto>>(MatDialogRef);
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = this.data.session !== null;
  protected readonly online = this.data.defaults.mode !== 'in_person';
  protected readonly minDate = fromIsoDate(this.data.defaults.startDate);
  protected readonly maxDate = fromIsoDate(this.data.defaults.endDate);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);

  private readonly start = toVnWallTime(this.data.session?.startsAt);
  private readonly end = toVnWallTime(this.data.session?.endsAt);

  protected readonly form = new FormGroup(
    {
      title: new FormControl(this.data.session?.title ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(255)] }),
      date: new FormControl<Date | null>(fromIsoDate(this.start?.date ?? this.data.defaults.startDate), { validators: [Validators.required] }),
      startTime: new FormControl(this.start?.time ?? '08:00', { nonNullable: true, validators: [Validators.required, Validators.pattern(TIME)] }),
      endTime: new FormControl(this.end?.time ?? '11:00', { nonNullable: true, validators: [Validators.required, Validators.pattern(TIME)] }),
      place: new FormControl(this.data.session?.place ?? this.data.defaults.place, { nonNullable: true, validators: [Validators.maxLength(255)] }),
      onlineUrl: new FormControl(this.data.session?.onlineUrl ?? '', { nonNullable: true, validators: [Validators.pattern(/^\s*(https?:\/\/\S+)?\s*$/), Validators.maxLength(500)] }),
    },
    { validators: [endAfterStart] },
  );

  /** The request for the form's values; null while they do not make a session. */
  protected request(): SessionRequest | null {
    const v = this.form.getRawValue();
    if (!v.date) return null;
    const day = toIsoDate(v.date);
    const startsAt = fromVnWallTime(day, v.startTime);
    const endsAt = fromVnWallTime(day, v.endTime);
    if (!startsAt || !endsAt) return null;
    return { title: v.title.trim(), startsAt, endsAt, place: v.place.trim(), onlineUrl: v.onlineUrl.trim() || null };
  }

  protected submit(): void {
    const request = this.request();
    if (this.form.invalid || !request) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const session = this.data.session;
    const call = session ? this.api.updateSession(session.id, request) : this.api.addSession(this.data.classId, request);
    this.saving.set(true);
    this.refusal.set(null);
    call.subscribe({
      next: (saved) => this.ref.close(saved),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
