import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { EVIDENCE_ACCEPT, ExternalImportReport, ExternalImportStore, ExternalTrainingApi, IMPORT_SHEET_ACCEPT } from '@cds/certification/data-access';
import { fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { vnDay } from '../../certificate-format';

/** The template's name when the API gives none. */
export const IMPORT_TEMPLATE_NAME = 'mau-nhap-dao-tao-ben-ngoai.xlsx';

/**
 * "Nhập từ Excel": the template to fill in, the sheet and one evidence file for every row (both
 * required), a preview that writes nothing and lists every problem by row and column, then the
 * import, which writes every row or none. The files upload with a progress bar. Closes with the
 * report once the rows are written.
 */
@Component({
  selector: 'cds-external-import-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, MatProgressBarModule, MatTableModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ExternalImportStore],
  templateUrl: './external-import-dialog.html',
  styleUrl: './external-import-dialog.scss',
})
export class ExternalImportDialog {
  private readonly api = inject(ExternalTrainingApi);
  private readonly store = inject(ExternalImportStore);
  private readonly ref = inject<MatDialogRef<ExternalImportDialog, ExternalImportReport>>(MatDialogRef);

  protected readonly day = vnDay;
  protected readonly sheetAccept = IMPORT_SHEET_ACCEPT;
  protected readonly evidenceAccept = EVIDENCE_ACCEPT;
  protected readonly problemColumns = ['row', 'column', 'message'];
  protected readonly rowColumns = ['row', 'person', 'training', 'completedOn', 'hours', 'countsFor'];

  protected readonly sheet = signal<File | null>(null);
  protected readonly evidence = signal<File | null>(null);
  /** A sheet refused before sending: not an .xlsx file. */
  protected readonly sheetWrongType = signal<string | null>(null);
  /** "Xem trước" was pressed: say which file is missing. */
  protected readonly tried = signal(false);
  protected readonly templateBusy = signal(false);
  protected readonly templateRefusal = signal<Refusal | null>(null);

  protected readonly report = this.store.report;
  protected readonly busy = this.store.busy;
  protected readonly percent = this.store.percent;
  protected readonly refusal = this.store.refusal;
  protected readonly importable = this.store.importable;
  /** Rows of a clean preview that count for a course (a certificate each once imported). */
  protected readonly counted = computed(() => this.report()?.rows.filter((r) => r.countsFor).length ?? 0);

  constructor() {
    // Once the rows are written the page takes over (a message, the list read again).
    effect(() => {
      const done = this.store.imported();
      if (done) untracked(() => this.ref.close(done));
    });
    // Closing while the import is on its way would leave the person unsure what was written.
    effect(() => {
      this.ref.disableClose = this.busy() === 'import';
    });
  }

  protected pickSheet(event: Event): void {
    const file = this.take(event);
    this.sheetWrongType.set(file && !file.name.toLowerCase().endsWith(IMPORT_SHEET_ACCEPT) ? file.name : null);
    this.sheet.set(this.sheetWrongType() ? null : file);
  }

  protected pickEvidence(event: Event): void {
    this.evidence.set(this.take(event));
  }

  protected preview(): void {
    this.tried.set(true);
    const sheet = this.sheet();
    const evidence = this.evidence();
    if (!sheet || !evidence) return;
    this.store.preview({ sheet, evidence });
  }

  protected import(): void {
    const sheet = this.sheet();
    const evidence = this.evidence();
    if (sheet && evidence) this.store.import({ sheet, evidence });
  }

  protected downloadTemplate(): void {
    if (this.templateBusy()) return;
    this.templateBusy.set(true);
    this.templateRefusal.set(null);
    this.api
      .importTemplate()
      .pipe(finalize(() => this.templateBusy.set(false)))
      .subscribe({
        next: (f) => saveBlob(f.blob, fileNameFrom(f.disposition, IMPORT_TEMPLATE_NAME)),
        error: (err: unknown) => this.templateRefusal.set(refusalOf(err)),
      });
  }

  /**
   * The picked file; the input is emptied so the same file can be picked again once corrected. A
   * new file drops the report, which was about the old one.
   */
  private take(event: Event): File | null {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.store.forget();
    return file;
  }
}
