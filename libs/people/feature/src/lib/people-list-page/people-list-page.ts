import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PersonDetail } from '@cds/contracts';
import { OrgTreeStore, unitOptions } from '@cds/org/data-access';
import { PeopleApi, PeopleFilters, PeopleListStore } from '@cds/people/data-access';
import { AuthStore, fileNameFrom, saveBlob } from '@cds/web/core';
import { LoadMore } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, map, merge } from 'rxjs';
import { PersonFormDialog, PersonFormDialogData } from '../person-dialogs/person-form-dialog';

export const SEARCH_DEBOUNCE_MS = 300;
type ActiveFilter = 'active' | 'inactive' | 'all';

/** "Nhân sự": people of the units the person manages, searched and filtered, page by page. */
@Component({
  selector: 'cds-people-list-page',
  imports: [LoadMore, 
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatTableModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [OrgTreeStore],
  templateUrl: './people-list-page.html',
  styleUrl: './people-list-page.scss',
})
export class PeopleListPage implements OnInit {
  private readonly store = inject(PeopleListStore);
  private readonly api = inject(PeopleApi);
  private readonly tree = inject(OrgTreeStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['fullName', 'position', 'unit', 'seats', 'account'];
  protected readonly rows = this.store.items;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly hasMore = this.store.hasMore;
  protected readonly canEdit = computed(() => this.auth.can('people.write'));
  protected readonly units = computed(() => unitOptions(this.tree.units()));
  protected readonly exporting = signal(false);

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    unitId: new FormControl<number | null>(Number(this.route.snapshot.queryParamMap.get('unitId')) || null),
    subunits: new FormControl(true, { nonNullable: true }),
    active: new FormControl<ActiveFilter>('active', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.tree.load();
    const { q, unitId, subunits, active } = this.filters.controls;
    merge(
      q.valueChanges.pipe(debounceTime(SEARCH_DEBOUNCE_MS), map((v) => v.trim()), distinctUntilChanged()),
      unitId.valueChanges,
      subunits.valueChanges,
      active.valueChanges,
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.store.load(this.query()));
    this.store.load(this.query());
  }

  protected loadMore(): void {
    this.store.loadMore();
  }

  protected exportXlsx(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.api.exportXlsx(this.query()).subscribe({
      next: (file) => {
        this.exporting.set(false);
        saveBlob(file.blob, fileNameFrom(file.disposition, 'nhan-su.xlsx'));
      },
      error: () => this.exporting.set(false),
    });
  }

  protected add(): void {
    const data: PersonFormDialogData = { units: this.units(), unitId: this.filters.controls.unitId.value };
    this.dialog
      .open<PersonFormDialog, PersonFormDialogData, PersonDetail>(PersonFormDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((person) => {
        if (!person) return;
        this.snackBar.open(this.translate.instant('people.created', { name: person.fullName }), undefined, { duration: 5000 });
        void this.router.navigate(['/people', person.id]);
      });
  }

  private query(): PeopleFilters {
    const v = this.filters.getRawValue();
    return {
      q: v.q.trim() || undefined,
      unitId: v.unitId ?? undefined,
      subunits: v.subunits,
      active: v.active === 'all' ? undefined : v.active === 'active',
    };
  }
}
