import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { ClassSummary, EnrolmentState, LearnerClassCard } from '@cds/contracts';
import { LearnerHomeStore } from '@cds/delivery/data-access';
import { LanguageService, Refusal, refusalOf } from '@cds/web/core';
import { formatVnDate } from '@cds/web/i18n';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { safeHttpUrl, sessionWhen } from '../learning-format';

/** Enrolments whose lessons the learner can open. */
const READING: readonly EnrolmentState[] = ['enrolled', 'completed'];
/** Enrolments still waiting for a decision or a place: shown with a badge and what it means. */
const WAITING: readonly EnrolmentState[] = ['nominated', 'requested', 'waitlisted'];

/** "Học tập của tôi": a card per class with progress, the next session and the lesson to go on with. */
@Component({
  selector: 'cds-learner-home-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LearnerHomeStore],
  templateUrl: './learner-home-page.html',
  styleUrl: './learner-home-page.scss',
})
export class LearnerHomePage {
  private readonly store = inject(LearnerHomeStore);
  private readonly lang = inject(LanguageService).lang;
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly classes = this.store.classes;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly failed = this.store.failed;
  protected readonly error = this.store.error;
  protected readonly openClasses = this.store.openClasses;
  protected readonly openLoading = this.store.openLoading;
  protected readonly openLoaded = this.store.openLoaded;
  protected readonly joining = signal<number | null>(null);
  protected readonly joinRefusal = signal<Refusal | null>(null);
  protected readonly empty = computed(() => this.loaded() && !this.failed() && this.classes().length === 0);
  protected readonly fmt = formatVnDate;

  constructor() {
    this.store.load();
    // Someone with no class yet sees at once what they could join.
    effect(() => {
      if (this.empty() && !untracked(() => this.openLoaded() || this.openLoading())) untracked(() => this.store.loadOpenClasses());
    });
  }

  protected canRead(c: LearnerClassCard): boolean {
    return READING.includes(c.state);
  }

  protected isWaiting(c: LearnerClassCard): boolean {
    return WAITING.includes(c.state);
  }

  protected when(c: LearnerClassCard): string {
    return c.nextSession ? sessionWhen(c.nextSession.startsAt, c.nextSession.endsAt, this.lang()) : '';
  }

  protected onlineUrl(c: LearnerClassCard): string | null {
    return safeHttpUrl(c.nextSession?.onlineUrl);
  }

  protected retry(): void {
    this.store.load();
  }

  protected showOpenClasses(): void {
    this.store.loadOpenClasses();
  }

  protected join(c: ClassSummary): void {
    if (this.joining() !== null) return;
    this.joining.set(c.id);
    this.joinRefusal.set(null);
    this.store.join(c.id).subscribe({
      next: () => {
        this.joining.set(null);
        this.snackBar.open(this.translate.instant('learning.home.open.joined', { code: c.code }), undefined, { duration: 5000 });
      },
      error: (err: unknown) => {
        this.joining.set(null);
        this.joinRefusal.set(refusalOf(err));
      },
    });
  }
}
