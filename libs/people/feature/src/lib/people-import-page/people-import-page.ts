import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { IMPORT_COLUMNS, ImportJobDto } from '@cds/contracts';
import { FINISHED_IMPORT, PeopleApi } from '@cds/people/data-access';
import { fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription, switchMap, of } from 'rxjs';

const ACCEPTED = /\.(xlsx|csv)$/i;

/** Progress of a job in percent (0 when the total is not known yet). */
export function importPercent(job: Pick<ImportJobDto, 'status' | 'processedRows' | 'totalRows'> | null): number {
  if (!job) return 0;
  if (job.status === 'done' || job.status === 'invalid') return 100;
  return job.totalRows > 0 ? Math.min(100, Math.round((job.processedRows / job.totalRows) * 100)) : 0;
}

/** "Nhập danh sách": check a sheet of people first, then import it all or nothing. */
@Component({
  selector: 'cds-people-import-page',
  imports: [RefusalBanner, RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-import-page.html',
  styleUrl: './people-import-page.scss',
})
export class PeopleImportPage {
  private readonly api = inject(PeopleApi);
  private running: Subscription | null = null;

  protected readonly columns = IMPORT_COLUMNS;
  protected readonly problemColumns = ['row', 'column', 'message'];
  protected readonly file = signal<File | null>(null);
  protected readonly fileTypeError = signal(false);
  /** The last check (dry run) of the chosen file. */
  protected readonly preview = signal<ImportJobDto | null>(null);
  /** The real import, once started. */
  protected readonly importJob = signal<ImportJobDto | null>(null);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly starting = signal(false);

  protected readonly current = computed(() => this.importJob() ?? this.preview());
  protected readonly running$ = computed(() => {
    const job = this.current();
    return this.starting() || (!!job && !FINISHED_IMPORT.includes(job.status));
  });
  protected readonly percent = computed(() => importPercent(this.current()));
  protected readonly problems = computed(() => this.current()?.problems ?? []);
  protected readonly canImport = computed(() => {
    const p = this.preview();
    return !!p && p.status === 'done' && p.problems.length === 0 && !this.importJob() && !this.running$();
  });
  protected readonly columnHeader = (key: string | null) => IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected template(format: 'xlsx' | 'csv'): void {
    this.api.importTemplate(format).subscribe((f) => saveBlob(f.blob, fileNameFrom(f.disposition, `mau-nhap-nhan-su.${format}`)));
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.running?.unsubscribe();
    this.starting.set(false);
    this.preview.set(null);
    this.importJob.set(null);
    this.refusal.set(null);
    this.fileTypeError.set(!!file && !ACCEPTED.test(file.name));
    this.file.set(file && ACCEPTED.test(file.name) ? file : null);
  }

  protected check(): void {
    const file = this.file();
    if (!file || this.running$()) return;
    this.importJob.set(null);
    this.run(file, true, (job) => this.preview.set(job));
  }

  protected import(): void {
    const file = this.file();
    if (!file || !this.canImport()) return;
    this.run(file, false, (job) => this.importJob.set(job));
  }

  private run(file: File, dryRun: boolean, update: (job: ImportJobDto) => void): void {
    this.refusal.set(null);
    this.starting.set(true);
    this.running?.unsubscribe();
    this.running = this.api
      .startImport(file, dryRun)
      .pipe(
        switchMap((job) => {
          this.starting.set(false);
          update(job);
          return FINISHED_IMPORT.includes(job.status) ? of(job) : this.api.watchImport(job.id);
        }),
      )
      .subscribe({
        next: update,
        error: (err: unknown) => {
          this.starting.set(false);
          this.refusal.set(refusalOf(err));
        },
      });
  }
}
