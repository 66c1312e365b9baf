import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { AnswerValue, AttemptView, LearnerQuestion, QuestionKey, ReviewQuestion } from '@cds/contracts';
import { LanguageService } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatNumber, formatVnTime } from '../attempt-format';

/** One line of a choice question (an option, or Đúng / Sai): its label, whether the learner chose it, whether it is right. */
interface ReviewChoice {
  id: string;
  /** Sanitised HTML from the server (options), or a translation key (true / false). */
  html: string | null;
  key: string | null;
  chosen: boolean;
  right: boolean;
}

interface ReviewMatch {
  promptHtml: string;
  mine: string | null;
  right: string | null;
}

interface ReviewItem {
  slot: number;
  number: number;
  question: LearnerQuestion;
  review: ReviewQuestion | null;
  answered: boolean;
  choices: ReviewChoice[];
  /** The learner's text (short answer, numeric, essay); shown as text, never as HTML. */
  text: string | null;
  accepted: string[];
  matches: ReviewMatch[];
}

const chosenIds = (a: AnswerValue | null): Set<string> => {
  if (a?.type === 'single_choice') return new Set(a.optionId ? [a.optionId] : []);
  if (a?.type === 'multiple_choice') return new Set(a.optionIds);
  if (a?.type === 'true_false') return new Set(a.value === null ? [] : [String(a.value)]);
  return new Set();
};

const rightIds = (k: QuestionKey | null): Set<string> => {
  if (k?.type === 'single_choice' || k?.type === 'multiple_choice') return new Set(k.optionIds);
  if (k?.type === 'true_false') return new Set([String(k.value)]);
  return new Set();
};

function reviewItem(q: AttemptView['questions'][number], number: number, review: ReviewQuestion | null): ReviewItem {
  const key = review?.key ?? null;
  const chosen = chosenIds(q.answer);
  const right = rightIds(key);
  const question = q.question;
  let choices: ReviewChoice[] = [];
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    choices = question.options.map((o) => ({ id: o.id, html: o.html, key: null, chosen: chosen.has(o.id), right: right.has(o.id) }));
  } else if (question.type === 'true_false') {
    choices = ['true', 'false'].map((id) => ({ id, html: null, key: `attempt.page.trueFalse.${id}`, chosen: chosen.has(id), right: right.has(id) }));
  }
  const answer = q.answer;
  const keyMatches = key?.type === 'matching' ? key.matches : {};
  const mine = answer?.type === 'matching' ? answer.matches : {};
  return {
    slot: q.slot,
    number,
    question,
    review,
    answered: review ? review.state !== 'not_answered' : false,
    choices,
    text: answer && 'text' in answer ? answer.text : null,
    accepted: key?.type === 'short_answer' || key?.type === 'numeric' ? key.answers : [],
    matches: question.type === 'matching' ? question.prompts.map((p) => ({ promptHtml: p.html, mine: mine[p.id] ?? null, right: keyMatches[p.id] ?? null })) : [],
  };
}

/**
 * A submitted attempt as the review policy shows it: the score and pass/fail when scores are shown
 * ("Đang chờ chấm" while an essay waits for its grade, never a 0 or a fail), each question with the
 * learner's answer when responses are shown, the right answers when the key is shown, and the
 * feedback when it is. Also the server's sentence when it ended the attempt, and which answers never
 * reached it.
 */
@Component({
  selector: 'cds-attempt-review',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt-review.html',
  styleUrl: './attempt-review.scss',
})
export class AttemptReview {
  private readonly lang = inject(LanguageService).lang;

  readonly view = input.required<AttemptView>();
  /** The server's sentence when it ended the attempt under the learner (time up). */
  readonly closedMessage = input<string | null>(null);
  /** Questions whose latest answer never reached the server. */
  readonly lost = input<number[]>([]);

  protected readonly review = computed(() => this.view().review);
  protected readonly awaiting = computed(() => this.view().state === 'awaiting_grading');
  protected readonly showsScore = computed(() => !!this.review()?.showsScore && this.view().percent !== null && !this.awaiting());
  protected readonly submittedAt = computed(() => formatVnTime(this.view().submittedAt));
  protected readonly lostList = computed(() => this.lost().join(', '));
  protected readonly items = computed(() => {
    const view = this.view();
    const bySlot = new Map((view.review?.questions ?? []).map((r) => [r.slot, r] as const));
    return view.questions.map((q, i) => reviewItem(q, i + 1, bySlot.get(q.slot) ?? null));
  });

  protected num(n: number | null): string {
    return n === null ? '' : formatNumber(n, this.lang());
  }
}
