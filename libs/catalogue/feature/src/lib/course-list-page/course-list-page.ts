import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { CourseSummary, CourseVersionDto } from '@cds/contracts';
import { CourseListStore } from '@cds/catalogue/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, filter, map } from 'rxjs';
import { readRefusal } from '../read-refusal';
import { CreateCourseDialog } from './create-course-dialog';

/** Lower case without Vietnamese marks, so "chuyen doi so" finds "Chuyển đổi số". */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** "Khóa học": the catalogue for its authors, and a new course. */
@Component({
  selector: 'cds-course-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    RefusalBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CourseListStore],
  templateUrl: './course-list-page.html',
  styleUrl: './course-list-page.scss',
})
export class CourseListPage {
  private readonly store = inject(CourseListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly columns = ['code', 'title', 'topicArea', 'hours', 'version'];
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly query = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(150),
      map((q) => foldVi(q.trim())),
    ),
    { initialValue: '' },
  );
  protected readonly all = computed(() => this.store.courses() ?? []);
  protected readonly rows = computed<CourseSummary[]>(() => {
    const q = this.query();
    const courses = [...this.all()].sort((a, b) => a.code.localeCompare(b.code, 'vi'));
    return q ? courses.filter((c) => foldVi(`${c.code} ${c.title}`).includes(q)) : courses;
  });

  constructor() {
    this.store.load();
  }

  protected create(): void {
    this.dialog
      .open<CreateCourseDialog, void, CourseVersionDto>(CreateCourseDialog, { width: '640px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter((c): c is CourseVersionDto => !!c))
      .subscribe((course) => {
        this.snackBar.open(this.translate.instant('catalogue.createDialog.created', { code: course.code }), undefined, { duration: 5000 });
        void this.router.navigate(['/catalogue', course.courseId]);
      });
  }
}
