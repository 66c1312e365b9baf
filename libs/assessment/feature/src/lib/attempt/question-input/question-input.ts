import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { AnswerValue } from '@cds/contracts';
import { AttemptQuestionState, countWords } from '@cds/assessment/data-access';
import { TranslatePipe } from '@ngx-translate/core';

/** A change of the answer: `now` for a choice (sent at once), `typing` for text (sent after a pause). */
export interface AnswerChange {
  answer: AnswerValue;
  mode: 'now' | 'typing';
}

/** The longest texts the API keeps (its answer-shape limits). */
export const SHORT_ANSWER_MAX_CHARS = 1_000;
export const ESSAY_MAX_CHARS = 30_000;

/**
 * The input of one question, by type: radio buttons (single choice, true/false), check boxes
 * (multiple choice), a line of text (short answer; numeric with the decimal keyboard on a phone),
 * a list per item (matching) and a text area with a live word count (essay). Question and option
 * HTML comes sanitised from the server; the learner's own text is only ever bound as text.
 */
@Component({
  selector: 'cds-question-input',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-input.html',
  styleUrl: './question-input.scss',
})
export class QuestionInput {
  readonly item = input.required<AttemptQuestionState>();
  readonly disabled = input(false);
  /** The learner changed the answer. */
  readonly changed = output<AnswerChange>();
  /** The learner left a text field: what was typed can go now. */
  readonly left = output<void>();

  protected readonly shortMax = SHORT_ANSWER_MAX_CHARS;
  protected readonly essayMax = ESSAY_MAX_CHARS;
  protected readonly id = computed(() => `q${this.item().slot}`);

  protected readonly singleId = computed(() => {
    const a = this.item().answer;
    return a?.type === 'single_choice' ? a.optionId : null;
  });
  protected readonly multipleIds = computed(() => {
    const a = this.item().answer;
    return new Set(a?.type === 'multiple_choice' ? a.optionIds : []);
  });
  protected readonly truth = computed(() => {
    const a = this.item().answer;
    return a?.type === 'true_false' ? a.value : null;
  });
  protected readonly text = computed(() => {
    const a = this.item().answer;
    return a && 'text' in a ? a.text : '';
  });
  protected readonly matches = computed<Record<string, string | null>>(() => {
    const a = this.item().answer;
    return a?.type === 'matching' ? a.matches : {};
  });
  protected readonly words = computed(() => countWords(this.text()));
  protected readonly maxWords = computed(() => {
    const q = this.item().question;
    return q.type === 'essay' ? q.maxWords : 0;
  });
  protected readonly tooManyWords = computed(() => this.maxWords() > 0 && this.words() > this.maxWords());

  protected chooseOne(optionId: string): void {
    this.changed.emit({ answer: { type: 'single_choice', optionId }, mode: 'now' });
  }

  protected chooseTruth(value: boolean): void {
    this.changed.emit({ answer: { type: 'true_false', value }, mode: 'now' });
  }

  protected toggle(optionId: string, checked: boolean): void {
    const q = this.item().question;
    if (q.type !== 'multiple_choice') return;
    const chosen = new Set(this.multipleIds());
    if (checked) chosen.add(optionId);
    else chosen.delete(optionId);
    // In the order the learner sees the options, so the same choice always reads the same.
    const optionIds = q.options.map((o) => o.id).filter((id) => chosen.has(id));
    this.changed.emit({ answer: { type: 'multiple_choice', optionIds }, mode: 'now' });
  }

  protected type(text: string): void {
    const type = this.item().question.type;
    if (type === 'short_answer' || type === 'numeric' || type === 'essay') this.changed.emit({ answer: { type, text }, mode: 'typing' });
  }

  protected match(promptId: string, choice: string): void {
    const q = this.item().question;
    if (q.type !== 'matching') return;
    const matches: Record<string, string | null> = {};
    for (const p of q.prompts) matches[p.id] = p.id === promptId ? choice || null : (this.matches()[p.id] ?? null);
    this.changed.emit({ answer: { type: 'matching', matches }, mode: 'now' });
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  }

  protected checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
