import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { QuestionSummary } from '@cds/contracts';
import { QuestionBankApi, QuestionListStore } from '@cds/assessment/data-access';
import { CourseEditorStore } from '@cds/catalogue/data-access';
import { fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, finalize, map } from 'rxjs';
import { readRefusal } from '../../read-refusal';

/**
 * "Ngân hàng câu hỏi" of a course (`/assessment/courses/:courseId/questions`): its questions at
 * their current version, filtered by a tag on the server, and the ways to add more (one by one, or
 * an import) and to take them out (GIFT export).
 */
@Component({
  selector: 'cds-question-list-page',
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
  providers: [QuestionListStore, CourseEditorStore],
  templateUrl: './question-list-page.html',
  styleUrl: './question-list-page.scss',
})
export class QuestionListPage {
  private readonly api = inject(QuestionBankApi);
  private readonly store = inject(QuestionListStore);
  private readonly course = inject(CourseEditorStore);

  /** From the route (`…/courses/:courseId/questions`). */
  readonly courseId = input.required<string>();

  protected readonly columns = ['question', 'type', 'tags', 'version'];
  protected readonly questions = computed<QuestionSummary[]>(() => this.store.questions() ?? []);
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  /** The tag the list shows ('' for all). */
  protected readonly tag = this.store.tag;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  /** The course's code and title, when its catalogue entry can be read (the bank works without them). */
  protected readonly courseInfo = this.course.current;
  protected readonly filter = new FormControl('', { nonNullable: true });
  protected readonly exporting = signal(false);
  protected readonly exportRefusal = signal<Refusal | null>(null);

  constructor() {
    effect(() => {
      const courseId = Number(this.courseId());
      untracked(() => {
        this.course.load(courseId);
        this.store.load(courseId, this.filter.value);
      });
    });
    this.filter.valueChanges
      .pipe(
        debounceTime(300),
        map((tag) => tag.trim()),
        takeUntilDestroyed(),
      )
      .subscribe((tag) => {
        if (tag !== this.tag()) this.store.load(Number(this.courseId()), tag);
      });
  }

  /** Shows only the questions with this tag (a tag in a row was pressed). */
  protected filterBy(tag: string): void {
    this.filter.setValue(tag, { emitEvent: false });
    this.store.load(Number(this.courseId()), tag);
  }

  protected clearFilter(): void {
    this.filterBy('');
  }

  protected exportGift(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exportRefusal.set(null);
    const courseId = Number(this.courseId());
    this.api
      .exportGift(courseId)
      .pipe(finalize(() => this.exporting.set(false)))
      .subscribe({
        next: (f) => saveBlob(f.blob, fileNameFrom(f.disposition, `cau-hoi-${courseId}.gift`)),
        error: (err: unknown) => this.exportRefusal.set(refusalOf(err)),
      });
  }
}
