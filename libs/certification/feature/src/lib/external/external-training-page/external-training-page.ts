import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, Injector, input, OnInit, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ExternalImportReport, ExternalTrainingApi, ExternalTrainingFilters, ExternalTrainingStore } from '@cds/certification/data-access';
import { ExternalTrainingDto } from '@cds/contracts';
import { AuthStore, fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, finalize, map } from 'rxjs';
import { vnDay } from '../../certificate-format';
import { readRefusal } from '../../read-refusal';
import { CountsForDialog, CountsForDialogData } from '../counts-for-dialog/counts-for-dialog';
import { ExternalImportDialog } from '../external-import-dialog/external-import-dialog';
import { ExternalTrainingDialog, ExternalTrainingDialogData } from '../external-training-dialog/external-training-dialog';

export const EXTERNAL_SEARCH_DEBOUNCE_MS = 300;

/**
 * "Đào tạo bên ngoài" (`certificates.read`): training officials did with the Ministry and other
 * bodies, searched (or one person's, with `?personId=`), with the evidence; certifiers
 * (`certificates.issue`) add records (one by one, or many from an Excel sheet) and decide which
 * course each counts as.
 */
@Component({
  selector: 'cds-external-training-page',
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
  providers: [ExternalTrainingStore],
  templateUrl: './external-training-page.html',
  styleUrl: '../../register/register.scss',
})
export class ExternalTrainingPage implements OnInit {
  private readonly store = inject(ExternalTrainingStore);
  private readonly api = inject(ExternalTrainingApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);

  /** From the query (`?personId=`): one person's records. */
  readonly personId = input<string>();

  protected readonly day = vnDay;
  protected readonly canIssue = computed(() => this.auth.can('certificates.issue'));
  protected readonly columns = computed(() => ['person', 'training', 'completedOn', 'hours', 'countsFor', 'evidence', ...(this.canIssue() ? ['actions'] : [])]);
  protected readonly items = this.store.items;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly onePerson = computed(() => Number(this.personId()) || null);
  protected readonly announcement = signal('');
  protected readonly downloading = signal<number | null>(null);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly q = new FormControl('', { nonNullable: true });

  constructor() {
    effect(() => {
      this.onePerson();
      untracked(() => this.store.load(this.query()));
    });
  }

  ngOnInit(): void {
    this.q.valueChanges
      .pipe(debounceTime(EXTERNAL_SEARCH_DEBOUNCE_MS), map((v) => v.trim()), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.store.load(this.query()));
  }

  protected add(): void {
    const data: ExternalTrainingDialogData = { act: (record) => this.store.add(record) };
    this.dialog
      .open<ExternalTrainingDialog, ExternalTrainingDialogData, ExternalTrainingDto>(ExternalTrainingDialog, {
        data,
        width: '720px',
        maxWidth: '95vw',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((record) => {
        if (record) this.announcement.set(this.translate.instant('certification.external.added', { title: record.title, name: record.fullName }));
      });
  }

  /** The Excel import; once its rows are written, says how many and reads the list again. */
  protected importExcel(): void {
    this.dialog
      .open<ExternalImportDialog, void, ExternalImportReport>(ExternalImportDialog, { width: '960px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((report) => {
        if (!report) return;
        this.announcement.set(this.translate.instant('certification.external.imported', { count: report.imported, file: report.fileName, counted: report.counted }));
        this.store.load();
      });
  }

  protected changeCounts(record: ExternalTrainingDto): void {
    const data: CountsForDialogData = { record, act: (courseId) => this.store.setCountsFor(record.id, courseId) };
    this.dialog
      .open<CountsForDialog, CountsForDialogData, ExternalTrainingDto>(CountsForDialog, { data, width: '560px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((answer) => {
        if (answer) this.announcement.set(this.translate.instant('certification.external.countsChanged', { title: answer.title }));
      });
  }

  protected downloadEvidence(record: ExternalTrainingDto): void {
    if (this.downloading() !== null) return;
    this.downloading.set(record.id);
    this.refusal.set(null);
    this.api
      .evidence(record.id)
      .pipe(finalize(() => this.downloading.set(null)))
      .subscribe({
        next: (f) => saveBlob(f.blob, fileNameFrom(f.disposition, record.evidenceName || `minh-chung-${record.id}`)),
        error: (err: unknown) => this.refusal.set(refusalOf(err)),
      });
  }

  private query(): ExternalTrainingFilters {
    return { q: this.q.value.trim() || undefined, personId: this.onePerson() ?? undefined };
  }
}
