import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ApiError, ClassSummary, CoverageReport, CoverageState, IsoDate, SeatDto } from '@cds/contracts';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { CoreTeamApi, CoreTeamStore } from '@cds/core-team/data-access';
import { OrgTreeStore, unitOptions } from '@cds/org/data-access';
import { AuthStore, fileNameFrom, saveBlob } from '@cds/web/core';
import { formatVnDate, fromIsoDate, todayVn } from '@cds/web/i18n';
import { AsOfDate } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, forkJoin } from 'rxjs';
import { CoverageChart } from '../coverage-chart/coverage-chart';
import { SeatDialog, SeatDialogData, SeatDialogMode } from '../seat-dialog/seat-dialog';

type NeedTraining = CoverageReport['needTraining'][number];

interface SeatRow {
  seat: SeatDto;
  state: CoverageState;
}

/** "Đội nòng cốt": posts of a unit as of a date, who holds them, and whether they are covered. */
@Component({
  selector: 'cds-core-team-page',
  imports: [AsOfDate, 
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    CoverageChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CoreTeamStore, OrgTreeStore],
  templateUrl: './core-team-page.html',
  styleUrl: './core-team-page.scss',
})
export class CoreTeamPage {
  private readonly api = inject(CoreTeamApi);
  private readonly store = inject(CoreTeamStore);
  private readonly tree = inject(OrgTreeStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly classes = inject(DeliveryClassesApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  /** Dialogs resolve from here, so they see the route's providers (the dd/MM/yyyy date adapter). */
  private readonly injector = inject(Injector);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly fmt = formatVnDate;
  protected readonly asOf = signal<IsoDate>(fromIsoDate(this.query.get('asOf')) ? (this.query.get('asOf') as string) : todayVn());
  protected readonly unitId = signal<number | null>(Number(this.query.get('unitId')) || null);
  protected readonly unitControl = new FormControl<number | null>(this.unitId());
  /** Units that exist on the chosen date, for the unit select. */
  protected readonly units = computed(() => {
    const asOf = this.asOf();
    return this.tree.loaded() ? unitOptions(this.tree.units(), asOf) : [];
  });
  protected readonly coverage = this.store.coverage;
  protected readonly seats = this.store.seats;
  protected readonly loading = this.store.loading;
  protected readonly exporting = signal(false);
  protected readonly canEdit = computed(() => this.auth.can('coreTeam.write'));
  /** The actions column only for those who can act (the access map), never an empty one. */
  protected readonly columns = computed(() => ['title', 'unit', 'holder', 'since', 'state', ...(this.canEdit() ? ['actions'] : [])]);
  protected readonly unitName = computed(() => this.units().find((u) => u.id === this.unitId())?.name ?? '');
  protected readonly rows = computed<SeatRow[]>(() => {
    const states = new Map((this.coverage()?.seats ?? []).map((s) => [s.seatId, s.state]));
    return this.seats().map((seat) => ({ seat, state: states.get(seat.id) ?? (seat.holder ? 'unqualified' : 'vacant') }));
  });
  /** Unit admins nominate a person who needs training into the next open class of a qualifying course, in one step. */
  protected readonly canNominate = computed(() => this.auth.can('enrolment.nominate'));
  protected readonly needTrainingColumns = computed(() => ['fullName', 'unit', 'seat', 'courses', ...(this.canNominate() ? ['nominate'] : [])]);
  /** The next open class of each qualifying course of the row whose menu is open. */
  protected readonly offers = signal<{ loading: boolean; classes: ClassSummary[] }>({ loading: false, classes: [] });

  constructor() {
    this.unitControl.valueChanges.subscribe((id) => this.unitId.set(id));
    effect(() => {
      const asOf = this.asOf();
      untracked(() => this.tree.load(asOf));
    });
    // Without a unit in the address, the first unit of the tree.
    effect(() => {
      const options = this.units();
      if (options.length && untracked(() => this.unitId()) === null) untracked(() => this.unitControl.setValue(options[0].id));
    });
    effect(() => {
      const unitId = this.unitId();
      const asOf = this.asOf();
      if (unitId !== null) untracked(() => this.store.load({ unitId, asOf }));
    });
  }

  protected openDialog(mode: SeatDialogMode, seat: SeatDto | null): void {
    const unitId = this.unitId();
    if (unitId === null) return;
    const data: SeatDialogData = { mode, seat, seats: this.seats(), unit: { id: unitId, name: this.unitName() }, date: this.asOf() };
    this.dialog
      .open<SeatDialog, SeatDialogData, string>(SeatDialog, { data, width: '560px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter((name): name is string => name !== undefined))
      .subscribe((name) => {
        const key = { assign: 'assigned', end: 'ended', transfer: 'transferred', create: 'created' }[mode];
        this.snackBar.open(this.translate.instant(`coreTeam.dialog.${key}`, { name, title: name }), undefined, { duration: 5000 });
        this.store.reload();
      });
  }

  protected loadOffers(row: NeedTraining): void {
    this.offers.set({ loading: true, classes: [] });
    if (!row.courses.length) return this.offers.set({ loading: false, classes: [] });
    forkJoin(row.courses.map((c) => this.classes.openClasses(c.id))).subscribe({
      next: (lists) => {
        const next = lists.map((list) => [...list].sort((a, b) => a.startDate.localeCompare(b.startDate))[0]).filter((c): c is ClassSummary => !!c);
        this.offers.set({ loading: false, classes: next });
      },
      error: () => this.offers.set({ loading: false, classes: [] }),
    });
  }

  protected nominate(row: NeedTraining, target: ClassSummary): void {
    this.classes.nominate(target.id, [row.personId]).subscribe({
      next: () => this.snackBar.open(this.translate.instant('coreTeam.nominate.done', { name: row.fullName, code: target.code }), undefined, { duration: 5000 }),
      error: (e: { error?: Partial<ApiError> }) =>
        this.snackBar.open(e.error?.message ?? this.translate.instant('coreTeam.nominate.failed'), this.translate.instant('common.close'), { duration: 10000 }),
    });
  }

  protected exportXlsx(): void {
    const unitId = this.unitId();
    if (unitId === null || this.exporting()) return;
    this.exporting.set(true);
    this.api.coverageXlsx(unitId, this.asOf()).subscribe({
      next: (f) => {
        this.exporting.set(false);
        saveBlob(f.blob, fileNameFrom(f.disposition, `doi-nong-cot-${this.asOf()}.xlsx`));
      },
      error: () => this.exporting.set(false),
    });
  }
}
