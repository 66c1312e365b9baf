import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { GradingQueueStore } from '@cds/assessment/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { readRefusal } from '../../read-refusal';

/**
 * "Chấm bài" (`/assessment/grading`): the essay questions with responses in the classes the trainer
 * teaches, per quiz — how many wait, how many have two marks to settle, how many are graded. A row
 * opens the question to grade it across every learner.
 */
@Component({
  selector: 'cds-grading-queue-page',
  imports: [RouterLink, MatCardModule, MatProgressBarModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [GradingQueueStore],
  templateUrl: './grading-queue-page.html',
  styleUrl: './grading-queue-page.scss',
})
export class GradingQueuePage implements OnInit {
  private readonly store = inject(GradingQueueStore);

  protected readonly items = this.store.items;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly waiting = computed(() => this.items().reduce((n, i) => n + i.pending + i.disagreements, 0));

  ngOnInit(): void {
    this.store.load();
  }
}
