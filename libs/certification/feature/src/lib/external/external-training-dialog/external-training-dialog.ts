import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { EVIDENCE_ACCEPT, ExternalTrainingApi, ExternalTrainingInput } from '@cds/certification/data-access';
import { CourseSummary, ExternalTrainingDto, PersonSummary } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { toIsoDate } from '@cds/web/i18n';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, Observable, of, startWith, switchMap } from 'rxjs';

export interface ExternalTrainingDialogData {
  /** Records the training; the dialog shows a refusal and stays open. */
  act: (input: ExternalTrainingInput) => Observable<ExternalTrainingDto>;
}

export const PERSON_SEARCH_DEBOUNCE_MS = 250;
/** Whole hours, as the API takes them. */
export const MAX_EXTERNAL_HOURS = 1000;

/** The person control holds the text typed until a person is picked from the list. */
const isPerson = (v: unknown): v is PersonSummary => typeof v === 'object' && v !== null && 'id' in v;
const pickedPerson: ValidatorFn = (control: AbstractControl) => (isPerson(control.value) ? null : { personRequired: true });

/**
 * Records training done elsewhere: the official (searched among the people of the certifier's
 * units), the training, its issuing body, date and hours, an optional note, the course it counts as
 * (optional) and the evidence file (required). Closes with the record as the API answered.
 */
@Component({
  selector: 'cds-external-training-dialog',
  imports: [
    DialogShell,
    RefusalBanner,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './external-training-dialog.html',
  styleUrl: './external-training-dialog.scss',
})
export class ExternalTrainingDialog {
  private readonly api = inject(ExternalTrainingApi);
  private readonly ref = inject<MatDialogRef<ExternalTrainingDialog, ExternalTrainingDto>>(MatDialogRef);
  protected readonly data = inject<ExternalTrainingDialogData>(MAT_DIALOG_DATA);
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly evidence = signal<File | null>(null);
  protected readonly tried = signal(false);

  protected readonly form = new FormGroup({
    person: new FormControl<PersonSummary | string | null>(null, { validators: [pickedPerson] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(255)] }),
    issuingBody: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(255)] }),
    completedOn: new FormControl<Date | null>(null, { validators: [Validators.required] }),
    hours: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(1), Validators.max(MAX_EXTERNAL_HOURS), Validators.pattern(/^\d+$/)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    countsForCourseId: new FormControl<number | null>(null),
  });

  /** People matching what is typed (the API lists only those in the certifier's units). */
  protected readonly people = toSignal(
    this.form.controls.person.valueChanges.pipe(
      filter((v): v is string => typeof v === 'string'),
      map((v) => v.trim()),
      debounceTime(PERSON_SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((q) => (q.length < 2 ? of([]) : this.api.searchPeople(q).pipe(catchError(() => of([]))))),
      startWith([] as PersonSummary[]),
    ),
    { initialValue: [] as PersonSummary[] },
  );
  protected readonly courses = toSignal(this.api.courses().pipe(catchError(() => of([] as CourseSummary[]))), { initialValue: [] as CourseSummary[] });

  protected readonly showPerson = (p: PersonSummary | string | null): string => (isPerson(p) ? p.fullName : (p ?? ''));

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.evidence.set(file);
  }

  protected submit(): void {
    this.tried.set(true);
    const evidence = this.evidence();
    if (this.form.invalid || !evidence) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const input: ExternalTrainingInput = {
      personId: (v.person as PersonSummary).id,
      title: v.title.trim(),
      issuingBody: v.issuingBody.trim(),
      completedOn: toIsoDate(v.completedOn as Date),
      hours: Number(v.hours),
      note: v.note.trim(),
      countsForCourseId: v.countsForCourseId === null ? null : Number(v.countsForCourseId),
      evidence,
    };
    this.saving.set(true);
    this.refusal.set(null);
    this.data.act(input).subscribe({
      next: (record) => this.ref.close(record),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
