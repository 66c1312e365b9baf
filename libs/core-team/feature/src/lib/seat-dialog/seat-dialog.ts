import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CourseRef, END_REASONS, EndReason, IsoDate, PersonSummary, SEAT_FUNCTIONS, SeatDto, SeatFunction } from '@cds/contracts';
import { CoreTeamApi } from '@cds/core-team/data-access';
import { PeopleApi } from '@cds/people/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { fromIsoDate, toIsoDate } from '@cds/web/i18n';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, Observable, of, startWith, switchMap } from 'rxjs';

export type SeatDialogMode = 'assign' | 'end' | 'transfer' | 'create';

export interface SeatDialogData {
  mode: SeatDialogMode;
  /** The seat acted on (not for `create`). */
  seat: SeatDto | null;
  /** Other seats, for `transfer`. */
  seats: SeatDto[];
  /** The unit, for `create`. */
  unit: { id: number; name: string };
  date: IsoDate;
}

/** Assign a holder, end an assignment, transfer a holder, or create a seat. */
@Component({
  selector: 'cds-seat-dialog',
  imports: [DialogShell, RefusalBanner, 
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './seat-dialog.html',
  styles: `
    .field { width: 100%; }
    .note { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class SeatDialog implements OnInit {
  private readonly api = inject(CoreTeamApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly ref = inject<MatDialogRef<SeatDialog, string>>(MatDialogRef);
  protected readonly data = inject<SeatDialogData>(MAT_DIALOG_DATA);
  protected readonly mode = this.data.mode;
  protected readonly functions = SEAT_FUNCTIONS;
  protected readonly reasons = END_REASONS;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly courses = signal<CourseRef[]>([]);
  protected readonly otherSeats = this.data.seats.filter((s) => s.id !== this.data.seat?.id && !s.validTo);

  protected readonly form = new FormGroup({
    person: new FormControl<PersonSummary | string | null>(null),
    date: new FormControl<Date | null>(fromIsoDate(this.data.date), { validators: [Validators.required] }),
    reason: new FormControl<EndReason>('transfer', { nonNullable: true }),
    toSeatId: new FormControl<number | null>(null),
    function: new FormControl<SeatFunction>('commune_cds_specialist', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    courseIds: new FormControl<number[]>([], { nonNullable: true }),
  });

  /** People matching what is typed, from the seat's unit and below. */
  protected readonly candidates = toSignal(
    this.form.controls.person.valueChanges.pipe(
      startWith(''),
      filter((v): v is string => typeof v === 'string' || v === null),
      map((v) => (v ?? '').trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q): Observable<PersonSummary[]> =>
        this.mode !== 'assign'
          ? of([])
          : this.peopleApi.list({ q: q || undefined, active: true, limit: 10 }).pipe(
              map((p) => p.items),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: [] },
  );
  protected readonly personName = (p: PersonSummary | string | null) => (typeof p === 'string' ? p : (p?.fullName ?? ''));

  ngOnInit(): void {
    if (this.mode === 'assign') this.form.controls.person.addValidators(Validators.required);
    if (this.mode === 'transfer') this.form.controls.toSeatId.addValidators(Validators.required);
    if (this.mode === 'create') this.api.courses().subscribe((c) => this.courses.set(c));
  }

  protected title(): string {
    return `coreTeam.dialog.${{ assign: 'assignTitle', end: 'endTitle', transfer: 'transferTitle', create: 'createTitle' }[this.mode]}`;
  }

  protected titleParams() {
    return { title: this.data.seat?.title ?? '', name: this.data.seat?.holder?.fullName ?? '', unit: this.data.unit.name };
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    const person = typeof v.person === 'object' ? v.person : null;
    if (this.mode === 'assign' && !person) this.form.controls.person.setErrors({ pick: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const date = toIsoDate(v.date as Date);
    const seat = this.data.seat;
    let call: Observable<string>;
    if (this.mode === 'assign' && seat && person) {
      call = this.api.assign(seat.id, { personId: person.id, startDate: date }).pipe(map(() => person.fullName));
    } else if (this.mode === 'end' && seat?.holder) {
      call = this.api.endAssignment(seat.holder.assignmentId, { endDate: date, reason: v.reason }).pipe(map(() => seat.holder?.fullName ?? ''));
    } else if (this.mode === 'transfer' && seat?.holder) {
      call = this.api
        .transfer({ personId: seat.holder.personId, fromSeatId: seat.id, toSeatId: v.toSeatId as number, date })
        .pipe(map(() => seat.holder?.fullName ?? ''));
    } else {
      call = this.api
        .createSeat({
          orgUnitId: this.data.unit.id,
          function: v.function,
          ...(v.title.trim() ? { title: v.title.trim() } : {}),
          validFrom: date,
          qualifyingCourseIds: v.courseIds,
        })
        .pipe(map((s) => s.title));
    }
    this.saving.set(true);
    this.refusal.set(null);
    call.subscribe({
      next: (name) => this.ref.close(name),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
