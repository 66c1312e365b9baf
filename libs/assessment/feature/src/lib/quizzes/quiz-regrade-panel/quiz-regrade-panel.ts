import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { QuizRegradeStore } from '@cds/assessment/data-access';
import { LanguageService } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { formatNumber } from '../quiz-format';

/**
 * "Chấm lại" on a quiz's page, after a key was corrected in the bank: first a dry run that lists
 * whose result would change (nothing is written), then a button that regrades for real.
 */
@Component({
  selector: 'cds-quiz-regrade-panel',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuizRegradeStore],
  templateUrl: './quiz-regrade-panel.html',
  styleUrls: ['../quiz-panels.scss', './quiz-regrade-panel.scss'],
})
export class QuizRegradePanel {
  private readonly store = inject(QuizRegradeStore);
  private readonly language = inject(LanguageService);

  readonly quizId = input.required<number>();

  protected readonly step = this.store.step;
  protected readonly report = this.store.report;
  protected readonly refusal = this.store.refusal;
  protected readonly busy = this.store.busy;
  protected readonly canConfirm = this.store.canConfirm;

  protected check(): void {
    this.store.check(this.quizId());
  }

  protected confirm(): void {
    this.store.confirm(this.quizId());
  }

  protected percent(value: number | null): string {
    return value === null ? '—' : `${formatNumber(value, this.language.lang())} %`;
  }
}
