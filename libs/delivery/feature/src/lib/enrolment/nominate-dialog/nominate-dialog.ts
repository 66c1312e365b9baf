import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ClassSummary, NominateResponse, PersonSummary } from '@cds/contracts';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { PeopleApi } from '@cds/people/data-access';
import { AuthStore, Refusal, refusalOf } from '@cds/web/core';
import { formatVnDate } from '@cds/web/i18n';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, combineLatest, debounceTime, distinctUntilChanged, finalize, map, Observable, of, startWith, switchMap, tap } from 'rxjs';
import { grantedUnits } from '../../classes/granted-units';

export interface NominateDialogData {
  cls: Pick<ClassSummary, 'id' | 'code' | 'title' | 'capacity' | 'enrolled' | 'enrolmentDeadline'>;
}

export const NOMINATE_SEARCH_DEBOUNCE_MS = 250;
export const NOMINATE_PAGE = 20;

/**
 * "Cử người đi học": a unit admin picks people of their units (the API lists only those in scope)
 * and nominates them to a class; a certifier then approves. Closes with the API's answer.
 */
@Component({
  selector: 'cds-nominate-dialog',
  imports: [
    DialogShell,
    RefusalBanner,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nominate-dialog.html',
  styleUrl: './nominate-dialog.scss',
})
export class NominateDialog {
  private readonly api = inject(DeliveryClassesApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly ref = inject<MatDialogRef<NominateDialog, NominateResponse>>(MatDialogRef);
  protected readonly data = inject<NominateDialogData>(MAT_DIALOG_DATA);
  protected readonly deadline = formatVnDate(this.data.cls.enrolmentDeadline);
  protected readonly units = grantedUnits(inject(AuthStore).user(), 'enrolment.nominate');
  protected readonly saving = signal(false);
  protected readonly searching = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly tried = signal(false);
  /** Chosen people stay chosen while the search changes. */
  protected readonly chosen = signal<ReadonlyMap<number, PersonSummary>>(new Map());
  protected readonly chosenList = computed(() => [...this.chosen().values()]);

  protected readonly q = new FormControl('', { nonNullable: true });
  protected readonly unitId = new FormControl<number | null>(null);
  protected readonly form = new FormGroup({ q: this.q, unitId: this.unitId });

  /** People of the caller's units matching the search (active ones). */
  protected readonly candidates = toSignal(
    combineLatest([
      this.q.valueChanges.pipe(startWith(''), debounceTime(NOMINATE_SEARCH_DEBOUNCE_MS), map((v) => v.trim()), distinctUntilChanged()),
      this.unitId.valueChanges.pipe(startWith(null)),
    ]).pipe(
      tap(() => this.searching.set(true)),
      switchMap(([q, unitId]): Observable<PersonSummary[]> =>
        this.peopleApi.list({ q: q || undefined, unitId: unitId ?? undefined, subunits: true, active: true, limit: NOMINATE_PAGE }).pipe(
          map((page) => page.items),
          catchError(() => of([])),
          finalize(() => this.searching.set(false)),
        ),
      ),
    ),
    { initialValue: [] as PersonSummary[] },
  );

  protected isChosen(id: number): boolean {
    return this.chosen().has(id);
  }

  protected toggle(person: PersonSummary, on: boolean): void {
    this.chosen.update((m) => {
      const next = new Map(m);
      if (on) next.set(person.id, person);
      else next.delete(person.id);
      return next;
    });
  }

  protected submit(): void {
    this.tried.set(true);
    const ids = [...this.chosen().keys()];
    if (!ids.length || this.saving()) return;
    this.saving.set(true);
    this.refusal.set(null);
    this.api.nominate(this.data.cls.id, ids).subscribe({
      next: (answer) => this.ref.close(answer),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
