import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, Injector, OnInit, signal } from '@angular/core';
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
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { CLASS_STATES, ClassDetail, ClassState, CourseSummary } from '@cds/contracts';
import { ClassesFilters, ClassesListStore, DeliveryClassesApi } from '@cds/delivery/data-access';
import { AuthStore } from '@cds/web/core';
import { formatVnDate } from '@cds/web/i18n';
import { LoadMore } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, map, merge } from 'rxjs';
import { ClassFormDialog, ClassFormDialogData } from '../class-form-dialog/class-form-dialog';
import { StatusChip } from '../status-chip/status-chip';

export const CLASS_SEARCH_DEBOUNCE_MS = 300;

/** "Lớp bồi dưỡng": classes in the caller's reach, filtered by state and course, page by page; create one. */
@Component({
  selector: 'cds-classes-list-page',
  imports: [
    LoadMore,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ClassesListStore],
  templateUrl: './classes-list-page.html',
  styleUrl: './classes-list-page.scss',
})
export class ClassesListPage implements OnInit {
  private readonly store = inject(ClassesListStore);
  private readonly api = inject(DeliveryClassesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  /** Dialogs resolve from here, so they see the route's providers (the dd/MM/yyyy date adapter, the words). */
  private readonly injector = inject(Injector);

  protected readonly fmt = formatVnDate;
  protected readonly states = CLASS_STATES;
  protected readonly columns = ['class', 'mode', 'state', 'dates', 'places', 'organiser'];
  protected readonly rows = this.store.items;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly hasMore = this.store.hasMore;
  protected readonly courses = signal<CourseSummary[]>([]);
  protected readonly canCreate = computed(() => this.auth.can('classes.write'));

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    state: new FormControl<ClassState | null>(null),
    courseId: new FormControl<number | null>(null),
  });

  ngOnInit(): void {
    this.api.courses().subscribe((c) => this.courses.set(c));
    const { q, state, courseId } = this.filters.controls;
    merge(
      q.valueChanges.pipe(debounceTime(CLASS_SEARCH_DEBOUNCE_MS), map((v) => v.trim()), distinctUntilChanged()),
      state.valueChanges,
      courseId.valueChanges,
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.store.load(this.query()));
    this.store.load(this.query());
  }

  protected loadMore(): void {
    this.store.loadMore();
  }

  protected create(): void {
    const data: ClassFormDialogData = { detail: null, courses: this.courses() };
    this.dialog
      .open<ClassFormDialog, ClassFormDialogData, ClassDetail>(ClassFormDialog, { data, width: '640px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((created) => {
        if (created) void this.router.navigate(['/classes', created.id]);
      });
  }

  private query(): ClassesFilters {
    const v = this.filters.getRawValue();
    return { q: v.q.trim() || undefined, state: v.state ?? undefined, courseId: v.courseId ?? undefined };
  }
}
