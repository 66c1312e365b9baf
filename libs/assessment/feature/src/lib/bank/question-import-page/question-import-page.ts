import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { QuestionBody } from '@cds/contracts';
import { QUESTION_IMPORT_FORMATS, QUESTION_IMPORT_MAX_BYTES, QuestionBankApi, QuestionImportFormat, QuestionImportStep, QuestionImportStore } from '@cds/assessment/data-access';
import { fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner, RefusalMessage } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { shortText } from '../short-text';

/** The file names each format takes. */
export const IMPORT_ACCEPT: Record<QuestionImportFormat, string> = { gift: '.gift,.txt', aiken: '.txt', xlsx: '.xlsx' };

/** Whether the file's name ends as the format wants. */
export function acceptsFile(format: QuestionImportFormat, name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_ACCEPT[format].split(',').some((ext) => lower.endsWith(ext));
}

const STEPS: { key: QuestionImportStep; label: string }[] = [
  { key: 'source', label: 'assessment.import.stepSource' },
  { key: 'preview', label: 'assessment.import.stepPreview' },
  { key: 'done', label: 'assessment.import.stepDone' },
];

/**
 * "Nhập câu hỏi" (`/assessment/courses/:courseId/questions/import`), a wizard in three steps:
 * choose the format and a file (or paste GIFT/Aiken text); look at every question read and every
 * line with a problem, with nothing saved yet; then save them all, or none, and see how many.
 */
@Component({
  selector: 'cds-question-import-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatTableModule,
    RefusalBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuestionImportStore],
  templateUrl: './question-import-page.html',
  styleUrl: './question-import-page.scss',
})
export class QuestionImportPage {
  private readonly api = inject(QuestionBankApi);
  private readonly store = inject(QuestionImportStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route (`…/courses/:courseId/questions/import`). */
  readonly courseId = input.required<string>();

  protected readonly steps = STEPS;
  protected readonly formats = QUESTION_IMPORT_FORMATS;
  protected readonly questionColumns = ['number', 'type', 'name', 'excerpt'];
  protected readonly problemColumns = ['line', 'lineText', 'reason'];
  protected readonly formatControl = new FormControl<QuestionImportFormat>('gift', { nonNullable: true });
  protected readonly sourceControl = new FormControl<'file' | 'text'>('file', { nonNullable: true });
  protected readonly textControl = new FormControl('', { nonNullable: true });
  protected readonly format = toSignal(this.formatControl.valueChanges, { initialValue: this.formatControl.value });
  private readonly sourceChoice = toSignal(this.sourceControl.valueChanges, { initialValue: this.sourceControl.value });
  private readonly text = toSignal(this.textControl.valueChanges, { initialValue: '' });
  /** Excel is read from a file only. */
  protected readonly source = computed(() => (this.format() === 'xlsx' ? 'file' : this.sourceChoice()));
  protected readonly accept = computed(() => IMPORT_ACCEPT[this.format()]);
  protected readonly file = signal<File | null>(null);
  /** A file refused before sending (the wrong type, too big). */
  protected readonly fileProblem = signal<RefusalMessage | null>(null);
  protected readonly templateRefusal = signal<Refusal | null>(null);

  protected readonly step = this.store.step;
  protected readonly preview = this.store.preview;
  protected readonly result = this.store.result;
  protected readonly busy = this.store.busy;
  protected readonly percent = this.store.percent;
  protected readonly refusal = this.store.refusal;
  protected readonly questions = computed(() => this.preview()?.questions ?? []);
  protected readonly problems = computed(() => this.preview()?.problems ?? []);
  protected readonly canRead = computed(() => !this.busy() && (this.source() === 'file' ? !!this.file() : !!this.text().trim()));

  constructor() {
    this.formatControl.valueChanges.subscribe(() => this.forgetFile());
    // Each new step takes the focus to its heading, so a screen reader says where the person is.
    let first = true;
    effect(() => {
      this.step();
      if (first) {
        first = false;
        return;
      }
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#import-step-heading')?.focus(), { injector: this.injector });
    });
  }

  protected excerpt(q: QuestionBody): string {
    return shortText(q.text, 120);
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.forgetFile();
    if (!file) return;
    const accept = this.accept();
    if (!acceptsFile(this.format(), file.name)) {
      this.fileProblem.set({ text: null, key: 'assessment.import.wrongType', params: { name: file.name, accept } });
    } else if (file.size > QUESTION_IMPORT_MAX_BYTES) {
      this.fileProblem.set({ text: null, key: 'assessment.import.tooBig', params: { name: file.name } });
    } else {
      this.file.set(file);
    }
  }

  /** Step 1 → 2: the API reads the content and answers what it found. Nothing is saved. */
  protected read(): void {
    if (!this.canRead()) return;
    const courseId = Number(this.courseId());
    const format = this.format();
    const file = this.file();
    if (this.source() === 'file' && file) this.store.previewFile(courseId, format, file);
    else if (format !== 'xlsx') this.store.previewText(courseId, format, this.textControl.value);
  }

  /** Step 2 → 3: saves every previewed question, or none. */
  protected confirm(): void {
    this.store.confirm(Number(this.courseId()));
  }

  /** Step 2 → 1, keeping the format, the file and the text. */
  protected back(): void {
    this.store.back();
  }

  protected restart(): void {
    this.store.restart();
    this.forgetFile();
    this.textControl.reset();
  }

  protected downloadTemplate(): void {
    this.templateRefusal.set(null);
    this.api.importTemplate(Number(this.courseId())).subscribe({
      next: (f) => saveBlob(f.blob, fileNameFrom(f.disposition, 'mau-nhap-cau-hoi.xlsx')),
      error: (err: unknown) => this.templateRefusal.set(refusalOf(err)),
    });
  }

  private forgetFile(): void {
    this.file.set(null);
    this.fileProblem.set(null);
  }
}
