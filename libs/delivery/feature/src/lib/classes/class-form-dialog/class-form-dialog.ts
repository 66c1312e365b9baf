import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CLASS_MODES, ClassDetail, ClassMode, CourseSummary, CreateClassRequest, PersonRef, PersonSummary } from '@cds/contracts';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { PeopleApi } from '@cds/people/data-access';
import { AuthStore, Refusal, refusalOf } from '@cds/web/core';
import { fromIsoDate, toIsoDate } from '@cds/web/i18n';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, Observable, of, startWith, switchMap } from 'rxjs';
import { grantedUnits, UnitChoice } from '../granted-units';

export interface ClassFormDialogData {
  /** The class to change; null to create one. */
  detail: ClassDetail | null;
  /** Courses the caller sees (those published can get a class); read by the dialog when empty. */
  courses: CourseSummary[];
}

/** Trainer ids typed by hand (for those who cannot search people): "12, 15 18". */
export function parseIds(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  return [...new Set(parts.map(Number))];
}

/** The end on or after the start; nominations close no later than the start. */
const datesInOrder = (group: AbstractControl): ValidationErrors | null => {
  const start = group.get('startDate')?.value as Date | null;
  const end = group.get('endDate')?.value as Date | null;
  const deadline = group.get('enrolmentDeadline')?.value as Date | null;
  const errors = {
    ...(start && end && end < start ? { endBeforeStart: true } : {}),
    ...(start && deadline && deadline > start ? { deadlineAfterStart: true } : {}),
  };
  return Object.keys(errors).length ? errors : null;
};

/** Creates a class of a published course, or changes one (everything but the course). */
@Component({
  selector: 'cds-class-form-dialog',
  imports: [
    DialogShell,
    RefusalBanner,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './class-form-dialog.html',
  styles: `
    .field { width: 100%; }
    .row { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .row > .field { flex: 1 1 180px; width: auto; }
    .form-error { color: var(--mat-sys-error); margin: 0 0 16px; }
  `,
})
export class ClassFormDialog implements OnInit {
  private readonly api = inject(DeliveryClassesApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly auth = inject(AuthStore);
  private readonly ref = inject<MatDialogRef<ClassFormDialog, ClassDetail>>(MatDialogRef);
  protected readonly data = inject<ClassFormDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = this.data.detail !== null;
  protected readonly modes = CLASS_MODES;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  private readonly allCourses = signal<CourseSummary[]>(this.data.courses);
  /** Only a published course can get a class. */
  protected readonly courses = computed(() => this.allCourses().filter((c) => c.publishedVersion !== null));
  /** Whoever can read people picks trainers by name; others type their ids. */
  protected readonly canSearchPeople = this.auth.can('people.read');
  protected readonly trainers = signal<PersonRef[]>(this.data.detail?.trainers ?? []);
  protected readonly units: UnitChoice[] = this.unitChoices();

  protected readonly form = new FormGroup(
    {
      courseId: new FormControl<number | null>(this.data.detail?.courseId ?? null, { validators: this.editing ? [] : [Validators.required] }),
      code: new FormControl(this.data.detail?.code ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(40)] }),
      title: new FormControl(this.data.detail?.title ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(255)] }),
      mode: new FormControl<ClassMode>(this.data.detail?.mode ?? 'in_person', { nonNullable: true }),
      startDate: new FormControl<Date | null>(fromIsoDate(this.data.detail?.startDate), { validators: [Validators.required] }),
      endDate: new FormControl<Date | null>(fromIsoDate(this.data.detail?.endDate), { validators: [Validators.required] }),
      enrolmentDeadline: new FormControl<Date | null>(fromIsoDate(this.data.detail?.enrolmentDeadline), { validators: [Validators.required] }),
      place: new FormControl(this.data.detail?.place ?? '', { nonNullable: true, validators: [Validators.maxLength(255)] }),
      capacity: new FormControl<number | null>(this.data.detail?.capacity ?? 30, { validators: [Validators.required, Validators.min(1), Validators.max(10000)] }),
      organiserUnitId: new FormControl<number | null>(this.data.detail?.organiserUnitId ?? this.units[0]?.id ?? null, { validators: [Validators.required] }),
      trainerSearch: new FormControl<PersonSummary | string>('', { nonNullable: true }),
      trainerIds: new FormControl((this.data.detail?.trainers ?? []).map((t) => t.personId).join(', '), { nonNullable: true }),
    },
    { validators: [datesInOrder] },
  );

  /** People matching what is typed (those the caller may read). */
  protected readonly candidates = toSignal(
    this.form.controls.trainerSearch.valueChanges.pipe(
      filter((v): v is string => typeof v === 'string'),
      map((v) => v.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q): Observable<PersonSummary[]> =>
        !this.canSearchPeople || q.length < 2
          ? of([])
          : this.peopleApi.list({ q, active: true, limit: 10 }).pipe(
              map((p) => p.items),
              catchError(() => of([])),
            ),
      ),
      startWith([] as PersonSummary[]),
    ),
    { initialValue: [] },
  );

  ngOnInit(): void {
    if (!this.allCourses().length) this.api.courses().subscribe((c) => this.allCourses.set(c));
    if (!this.canSearchPeople) this.form.controls.trainerIds.addValidators((c) => (parseIds(c.value as string) ? null : { ids: true }));
  }

  protected addTrainer(event: MatAutocompleteSelectedEvent): void {
    const p = event.option.value as PersonSummary;
    if (!this.trainers().some((t) => t.personId === p.id)) this.trainers.update((t) => [...t, { personId: p.id, fullName: p.fullName }]);
    this.form.controls.trainerSearch.setValue('');
  }

  protected removeTrainer(personId: number): void {
    this.trainers.update((t) => t.filter((x) => x.personId !== personId));
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const fields = {
      code: v.code.trim(),
      title: v.title.trim(),
      mode: v.mode,
      startDate: toIsoDate(v.startDate as Date),
      endDate: toIsoDate(v.endDate as Date),
      enrolmentDeadline: toIsoDate(v.enrolmentDeadline as Date),
      place: v.place.trim(),
      capacity: Number(v.capacity),
      organiserUnitId: v.organiserUnitId as number,
      trainerIds: this.canSearchPeople ? this.trainers().map((t) => t.personId) : (parseIds(v.trainerIds) ?? []),
    };
    const detail = this.data.detail;
    const call = detail
      ? this.api.updateClass(detail.id, fields)
      : this.api.createClass({ courseId: v.courseId as number, ...fields } satisfies CreateClassRequest);
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

  protected readonly personName = (p: PersonSummary | string | null) => (typeof p === 'string' ? p : (p?.fullName ?? ''));

  /** The caller's units where they may create classes; a class being changed keeps its organiser as a choice. */
  private unitChoices(): UnitChoice[] {
    const units = grantedUnits(this.auth.user(), 'classes.write');
    const detail = this.data.detail;
    if (detail && !units.some((u) => u.id === detail.organiserUnitId)) units.unshift({ id: detail.organiserUnitId, name: detail.organiserUnitName });
    return units;
  }
}
