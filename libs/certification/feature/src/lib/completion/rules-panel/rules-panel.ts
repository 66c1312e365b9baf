import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CompletionBoardStore } from '@cds/certification/data-access';
import { CompletionRules } from '@cds/contracts';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * "Điều kiện hoàn thành" of the class: a form for the class's trainer (the board says `can.setRules`),
 * the rules in words for everyone else. Saving evaluates every learner again (the API answers the board).
 */
@Component({
  selector: 'cds-rules-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rules-panel.html',
  styleUrl: './rules-panel.scss',
})
export class RulesPanel {
  private readonly store = inject(CompletionBoardStore);

  protected readonly board = this.store.board;
  protected readonly editable = computed(() => this.store.can().setRules);
  protected readonly saving = this.store.savingRules;
  protected readonly saved = this.store.rulesSaved;
  protected readonly refusal = this.store.rulesRefusal;
  protected readonly finalTitle = computed(() => {
    const board = this.board();
    return board?.quizzes.find((q) => q.id === board.rules.finalQuizId)?.title ?? null;
  });
  protected readonly noRules = computed(() => {
    const r = this.board()?.rules;
    return !!r && !r.allLessons && !r.allQuizzes && r.minAttendance === null && r.finalQuizId === null && !r.signOff;
  });

  protected readonly form = new FormGroup({
    allLessons: new FormControl(false, { nonNullable: true }),
    allQuizzes: new FormControl(false, { nonNullable: true }),
    minAttendance: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(100)] }),
    finalQuizId: new FormControl<number | null>(null),
    signOff: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    // The form follows the rules the API last answered (on load and after a save).
    effect(() => {
      const rules = this.board()?.rules;
      if (rules) untracked(() => this.form.reset(rules));
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const attendance = v.minAttendance === null || (v.minAttendance as unknown) === '' ? null : Number(v.minAttendance);
    const rules: CompletionRules = {
      allLessons: v.allLessons,
      allQuizzes: v.allQuizzes,
      minAttendance: attendance,
      finalQuizId: v.finalQuizId === null ? null : Number(v.finalQuizId) || null,
      signOff: v.signOff,
    };
    this.store.saveRules(rules).subscribe();
  }
}
