import type { AnswerValue, AttemptState, GradingMethod, QuestionBody, QuestionKey, QuizResultDto, ReviewPolicy, ReviewWhen } from '@cds/contracts';
import { normaliseSpace } from '../questions';

/** What a quiz allows one person, with their override applied. */
export interface EffectiveSettings {
  timeLimitMinutes: number;
  opensAt: Date | null;
  closesAt: Date | null;
  /** 0 = unlimited. */
  maxAttempts: number;
}

export interface QuizRules {
  timeLimitMinutes: number;
  opensAt: Date | null;
  closesAt: Date | null;
  maxAttempts: number;
}

export interface OverrideRules {
  extraMinutes: number;
  extraAttempts: number;
  opensAt: Date | null;
  closesAt: Date | null;
}

/** The quiz's rules for one person: extra time only where there is a limit, extra attempts only where there is a cap. */
export function effectiveSettings(quiz: QuizRules, override: OverrideRules | null): EffectiveSettings {
  if (!override) return { timeLimitMinutes: quiz.timeLimitMinutes, opensAt: quiz.opensAt, closesAt: quiz.closesAt, maxAttempts: quiz.maxAttempts };
  return {
    timeLimitMinutes: quiz.timeLimitMinutes > 0 ? quiz.timeLimitMinutes + override.extraMinutes : 0,
    opensAt: override.opensAt ?? quiz.opensAt,
    closesAt: override.closesAt ?? quiz.closesAt,
    maxAttempts: quiz.maxAttempts > 0 ? quiz.maxAttempts + override.extraAttempts : 0,
  };
}

/** The deadline an attempt started at `startedAt` gets: the time limit, capped by the close time; null when neither bounds it. */
export function deadlineFor(settings: EffectiveSettings, startedAt: Date): Date | null {
  const byLimit = settings.timeLimitMinutes > 0 ? new Date(startedAt.getTime() + settings.timeLimitMinutes * 60_000) : null;
  const close = settings.closesAt;
  if (byLimit && close) return byLimit < close ? byLimit : close;
  return byLimit ?? close;
}

/** Why a new attempt cannot start at `now`, or null. */
export function startBlock(settings: EffectiveSettings, attemptsSoFar: number, now: Date): 'not_open' | 'closed' | 'no_attempts_left' | null {
  if (settings.opensAt && now < settings.opensAt) return 'not_open';
  if (settings.closesAt && now >= settings.closesAt) return 'closed';
  if (settings.maxAttempts > 0 && attemptsSoFar >= settings.maxAttempts) return 'no_attempts_left';
  return null;
}

/** Whether a part of the review is open for a submitted attempt. `after_close` never opens without a close time. */
export function reviewOpens(when: ReviewWhen, submitted: boolean, closesAt: Date | null, now: Date): boolean {
  if (!submitted || when === 'never') return false;
  if (when === 'after_submit') return true;
  return closesAt !== null && now >= closesAt;
}

export interface ReviewOpen {
  score: boolean;
  responses: boolean;
  correct: boolean;
  feedback: boolean;
}

export function openParts(policy: ReviewPolicy, submitted: boolean, closesAt: Date | null, now: Date): ReviewOpen {
  return {
    score: reviewOpens(policy.score, submitted, closesAt, now),
    responses: reviewOpens(policy.responses, submitted, closesAt, now),
    correct: reviewOpens(policy.correct, submitted, closesAt, now),
    feedback: reviewOpens(policy.feedback, submitted, closesAt, now),
  };
}

/** The right answer of a question, for a review that shows it. Essays have none. */
export function keyOf(question: QuestionBody): QuestionKey {
  switch (question.type) {
    case 'single_choice': {
      const top = Math.max(...question.options.map((o) => o.weight));
      return { type: question.type, optionIds: question.options.filter((o) => o.weight === top && top > 0).map((o) => o.id) };
    }
    case 'multiple_choice':
      return { type: question.type, optionIds: question.options.filter((o) => o.weight > 0).map((o) => o.id) };
    case 'true_false':
      return { type: 'true_false', value: question.correct };
    case 'short_answer':
      return { type: 'short_answer', answers: question.answers.filter((a) => a.weight === 100).map((a) => a.text) };
    case 'numeric':
      return {
        type: 'numeric',
        answers: question.answers
          .filter((a) => a.weight === 100)
          .map((a) => (a.kind === 'range' ? `${a.min} – ${a.max}` : a.tolerance ? `${a.value} ± ${a.tolerance}` : String(a.value))),
      };
    case 'matching':
      // Keyed by the prompts' (pairs') ids; the answer as the learner picks it from the choices.
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, normaliseSpace(p.answer)])) };
    case 'essay':
      return { type: 'essay' };
  }
}

/** Whether a response was given at all (an empty text or no choice counts as not answered). */
export function isAnswered(answer: AnswerValue | null): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'single_choice':
      return answer.optionId !== null && answer.optionId !== '';
    case 'multiple_choice':
      return answer.optionIds.length > 0;
    case 'true_false':
      return answer.value !== null;
    case 'short_answer':
    case 'numeric':
    case 'essay':
      return answer.text.trim() !== '';
    case 'matching':
      return Object.values(answer.matches).some((m) => m !== null && m !== '');
  }
}

/** Points rounded to two decimals (a fraction has four; points are shown with at most two). */
export const roundPoints = (x: number) => Math.round(x * 100) / 100;

export interface ScoredSlot {
  points: number;
  fraction: number | null;
}

/** An attempt's score once every response has a grade; null while one still waits for a trainer. */
export function attemptScore(slots: ScoredSlot[], passPercent: number): { state: Exclude<AttemptState, 'in_progress'>; score: number | null; maxScore: number; passed: boolean | null } {
  const maxScore = roundPoints(slots.reduce((sum, s) => sum + s.points, 0));
  if (slots.some((s) => s.fraction === null)) return { state: 'awaiting_grading', score: null, maxScore, passed: null };
  const score = roundPoints(slots.reduce((sum, s) => sum + (s.fraction ?? 0) * s.points, 0));
  return { state: 'graded', score, maxScore, passed: passes(score, maxScore, passPercent) };
}

export const percentOf = (score: number, maxScore: number) => (maxScore > 0 ? Math.round((score / maxScore) * 10_000) / 100 : 0);
export const passes = (score: number, maxScore: number, passPercent: number) => percentOf(score, maxScore) + 1e-9 >= passPercent;

export interface FinishedAttempt {
  number: number;
  state: AttemptState | 'submitting';
  score: number | null;
  maxScore: number;
}

/**
 * A learner's quiz result from their submitted attempts, by the grading method. While an attempt
 * that could count still waits for grading, the result waits too (never a fail or a zero meanwhile).
 */
export function quizResult(attempts: FinishedAttempt[], method: GradingMethod, passPercent: number): QuizResultDto | null {
  const done = attempts.filter((a) => a.state === 'graded' || a.state === 'awaiting_grading').sort((a, b) => a.number - b.number);
  if (!done.length) return null;
  const counted = method === 'last' ? [done[done.length - 1]] : done;
  if (counted.some((a) => a.state === 'awaiting_grading')) return { state: 'awaiting_grading', percent: null, passed: null };
  const percents = counted.map((a) => percentOf(a.score ?? 0, a.maxScore));
  const percent = method === 'average' ? Math.round((percents.reduce((s, p) => s + p, 0) / percents.length) * 100) / 100 : Math.max(...percents);
  return { state: 'graded', percent, passed: percent + 1e-9 >= passPercent };
}

