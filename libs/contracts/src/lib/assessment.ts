// ---- assessment: question bank, quizzes, attempts, grading ------------------------------

/** The question types, named in the API exactly so. */
export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'essay'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * A question as its author writes it, WITH its key. Texts are Markdown (rendered and sanitised on
 * the server). Weights are percentages of the question's points: 100 is fully right; in
 * multiple_choice the positive weights add up to 100 and a negative weight takes points away (the
 * total never goes below 0). This shape never reaches a learner before the review policy allows.
 */
export interface QuestionBase {
  type: QuestionType;
  /** A short name (GIFT's `::name::`), shown to authors only. */
  name: string;
  text: string;
  /** Feedback for everyone after the review policy allows it (GIFT's `####`). */
  generalFeedback: string;
  /** Maximum points (default 1). */
  points: number;
  tags: string[];
}

export interface ChoiceOption {
  /** Stable within the question version ('a', 'b', … or a generated id). */
  id: string;
  text: string;
  /** Percent of the points, −100…100. */
  weight: number;
  feedback: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single_choice';
  options: ChoiceOption[];
}
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple_choice';
  options: ChoiceOption[];
}
export interface TrueFalseQuestion extends QuestionBase {
  type: 'true_false';
  correct: boolean;
  feedbackTrue: string;
  feedbackFalse: string;
}
export interface ShortAnswer {
  text: string;
  weight: number;
  feedback: string;
}
export interface ShortAnswerQuestion extends QuestionBase {
  type: 'short_answer';
  answers: ShortAnswer[];
  caseSensitive: boolean;
  /** Accept "Ha Noi" for "Hà Nội". */
  ignoreDiacritics: boolean;
}
export type NumericAnswer =
  | { kind: 'tolerance'; value: number; tolerance: number; weight: number; feedback: string }
  | { kind: 'range'; min: number; max: number; weight: number; feedback: string };
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answers: NumericAnswer[];
}
export interface MatchingPair {
  id: string;
  prompt: string;
  answer: string;
}
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: MatchingPair[];
  /** Extra answers that match no prompt. */
  distractors: string[];
}
export interface EssayQuestion extends QuestionBase {
  type: 'essay';
  /** Guidance for the marker (never shown to learners). */
  rubric: string;
  /** 0 = no limit. */
  maxWords: number;
}

export type QuestionBody =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortAnswerQuestion
  | NumericQuestion
  | MatchingQuestion
  | EssayQuestion;

/** A learner's response to one question, as saved. Free text is stored as text, never evaluated. */
export type AnswerValue =
  | { type: 'single_choice'; optionId: string | null }
  | { type: 'multiple_choice'; optionIds: string[] }
  | { type: 'true_false'; value: boolean | null }
  | { type: 'short_answer'; text: string }
  | { type: 'numeric'; text: string }
  | { type: 'matching'; matches: Record<string, string | null> }
  | { type: 'essay'; text: string };

/** The automatic grade of one response: a fraction of the points, or null when a trainer must grade it (essay). */
export interface AutoGrade {
  fraction: number | null;
  /** Feedback texts (Markdown) tied to the response, for the review page only. */
  feedback: string[];
}

/**
 * A question as a learner sees it during an attempt: rendered HTML, options in the attempt's
 * order, and nothing that tells right from wrong — no weights, no correct flags, no per-option
 * feedback, no accepted answers, no rubric.
 */
export type LearnerQuestion =
  | { type: 'single_choice' | 'multiple_choice'; html: string; points: number; options: { id: string; html: string }[] }
  | { type: 'true_false'; html: string; points: number }
  | { type: 'short_answer' | 'numeric'; html: string; points: number }
  | { type: 'matching'; html: string; points: number; prompts: { id: string; html: string }[]; choices: string[] }
  | { type: 'essay'; html: string; points: number; maxWords: number };

/** A line of an import the parser could not read, with the reason (in the person's language). */
export interface ImportProblem {
  line: number;
  text: string;
  reason: string;
}

/** What an import parsed: questions to preview, and the lines it could not read. Nothing is saved until confirmed. */
export interface QuestionImportPreview {
  format: 'gift' | 'aiken' | 'xlsx';
  questions: QuestionBody[];
  problems: ImportProblem[];
}

// ---- question bank (API shapes) ---------------------------------------------------------

/** A question in a course's bank, as listed: its current version, without the key. */
export interface QuestionSummary {
  id: number;
  courseId: number;
  version: number;
  type: QuestionType;
  name: string;
  tags: string[];
  /** The start of the text as plain text (Markdown source, whitespace collapsed), at most 160 characters. */
  excerpt: string;
  updatedAt: string;
}

/** A question for its authors: the current version WITH its key, and its text rendered (sanitised). */
export interface QuestionDetail {
  id: number;
  courseId: number;
  versionId: number;
  version: number;
  body: QuestionBody;
  /** The question text rendered from Markdown and sanitised. */
  html: string;
  createdBy: number | null;
  updatedAt: string;
}

/** Import text sent as JSON (instead of a multipart `file`). */
export interface QuestionImportRequest {
  text: string;
}

/** The previewed questions the trainer confirms; saved all or nothing. */
export interface QuestionImportConfirmRequest {
  questions: QuestionBody[];
}

export interface QuestionImportResult {
  imported: number;
  ids: number[];
}

// ---- quizzes ------------------------------------------------------------------------------

export const GRADING_METHODS = ['highest', 'last', 'average'] as const;
/** How a learner's quiz result is taken from their graded attempts. */
export type GradingMethod = (typeof GRADING_METHODS)[number];

export const REVIEW_WHEN = ['never', 'after_submit', 'after_close'] as const;
/** When a part of the review opens: never, once the attempt is submitted, or once the quiz has closed (for that learner; never when it has no close time). */
export type ReviewWhen = (typeof REVIEW_WHEN)[number];

/** What a learner sees of a submitted attempt, and when. */
export interface ReviewPolicy {
  /** Score, points per question, pass or fail. */
  score: ReviewWhen;
  /** Their own answers. */
  responses: ReviewWhen;
  /** The right answers. */
  correct: ReviewWhen;
  /** Feedback (per option/answer, general) and the marker's comments. */
  feedback: ReviewWhen;
}

export type QuizSelection =
  /** These questions of the course's bank, in this order (the current version when an attempt starts). */
  | { kind: 'fixed'; questionIds: number[] }
  /** `count` questions drawn at random among those carrying `tag`, per draw; never one question twice. */
  | { kind: 'random'; draws: { tag: string; count: number }[] };

/** A quiz's settings as its author writes them. */
export interface QuizSettings {
  title: string;
  /** Markdown, shown before the learner starts. */
  description: string;
  /** The course module it belongs to (any class of the course runs it), or null. */
  moduleId: number | null;
  /** A class's own quiz (its final exam): only that class runs it. Null = every class of the course. */
  classId: number | null;
  selection: QuizSelection;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** Minutes from the start of an attempt; 0 = no limit. */
  timeLimitMinutes: number;
  /** ISO 8601; null = open from publication / never closes. */
  opensAt: string | null;
  closesAt: string | null;
  /** 0 = unlimited. */
  maxAttempts: number;
  /** Percent of the points needed to pass, 0…100. */
  passPercent: number;
  gradingMethod: GradingMethod;
  review: ReviewPolicy;
  /** Essays are marked twice, by two different people; differences are settled before the grade stands. */
  secondMarker: boolean;
  /** Learners see only published quizzes. */
  published: boolean;
}

export interface QuizDto extends QuizSettings {
  id: number;
  courseId: number;
  /** How many questions an attempt holds. */
  questionCount: number;
  updatedAt: string;
}

/** A person's exceptions to a quiz's settings, for accessibility and make-ups. */
export interface QuizOverrideInput {
  /** Added to the time limit. */
  extraMinutes: number;
  /** Added to the attempts allowed. */
  extraAttempts: number;
  /** Replace the quiz's open / close times for this person (null = the quiz's own). */
  opensAt: string | null;
  closesAt: string | null;
  reason: string;
}

export interface QuizOverrideDto extends QuizOverrideInput {
  quizId: number;
  personId: number;
  fullName: string;
}

// ---- attempts -----------------------------------------------------------------------------

export const ATTEMPT_STATES = ['in_progress', 'awaiting_grading', 'graded'] as const;
/** An attempt with an essay stays awaiting_grading (never a fail or a zero) until every essay is graded. */
export type AttemptState = (typeof ATTEMPT_STATES)[number];

/** A quiz as a learner sees it, with their own settings (overrides applied) and attempts. */
export interface LearnerQuizDto {
  id: number;
  classId: number;
  title: string;
  descriptionHtml: string;
  questionCount: number;
  timeLimitMinutes: number;
  opensAt: string | null;
  closesAt: string | null;
  maxAttempts: number;
  passPercent: number;
  gradingMethod: GradingMethod;
  attempts: AttemptSummary[];
  /** The attempt under way, to resume. */
  inProgressId: number | null;
  /** Why a new attempt cannot start now (null: it can). */
  blocked: null | 'not_open' | 'closed' | 'no_attempts_left';
  /** The quiz result by the grading method, when the review policy shows scores. */
  result: QuizResultDto | null;
  serverNow: string;
}

export interface QuizResultDto {
  state: 'awaiting_grading' | 'graded';
  percent: number | null;
  passed: boolean | null;
}

export interface AttemptSummary {
  id: number;
  number: number;
  state: AttemptState;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  /** Null until graded, and while the review policy hides scores. */
  score: number | null;
  maxScore: number;
  percent: number | null;
  passed: boolean | null;
}

/** One question of an attempt as the learner sees it, with their saved answer. */
export interface AttemptQuestionView {
  slot: number;
  question: LearnerQuestion;
  answer: AnswerValue | null;
  /** The sequence number of the saved answer (the browser numbers its saves; an older one never overwrites a newer one). */
  seq: number;
}

export interface AttemptView extends AttemptSummary {
  quizId: number;
  quizTitle: string;
  classId: number;
  /** The server's clock when it answered: the timer counts from it, not from the device's clock. */
  serverNow: string;
  questions: AttemptQuestionView[];
  /** Once submitted: what the review policy opens now (parts it keeps closed are null / absent). */
  review: AttemptReview | null;
}

/** The right answer of a question, shown only when the review policy opens it. */
export type QuestionKey =
  | { type: 'single_choice' | 'multiple_choice'; optionIds: string[] }
  | { type: 'true_false'; value: boolean }
  | { type: 'short_answer' | 'numeric'; answers: string[] }
  | { type: 'matching'; matches: Record<string, string> }
  | { type: 'essay' };

export interface ReviewQuestion {
  slot: number;
  /** Points earned; null while a trainer has not graded it, or scores are hidden. */
  points: number | null;
  maxPoints: number;
  state: 'answered' | 'not_answered' | 'awaiting_grading';
  key: QuestionKey | null;
  /** Feedback (HTML) the response earned, the general feedback and the marker's comment; null while hidden. */
  feedbackHtml: string[] | null;
}

export interface AttemptReview {
  showsScore: boolean;
  showsResponses: boolean;
  showsCorrect: boolean;
  showsFeedback: boolean;
  questions: ReviewQuestion[];
}

export interface SaveAnswerItem {
  slot: number;
  answer: AnswerValue;
  seq: number;
}

export interface SaveAnswersRequest {
  answers: SaveAnswerItem[];
}

export interface SaveAnswersResult {
  /** Each item with the sequence number the server now holds for its slot (a newer one may already have been there). */
  saved: { slot: number; seq: number }[];
  deadlineAt: string | null;
  serverNow: string;
}

// ---- grading ------------------------------------------------------------------------------

/** One essay question of one quiz with responses waiting, in a trainer's queue. */
export interface GradingQueueItem {
  quizId: number;
  quizTitle: string;
  courseCode: string;
  questionId: number;
  questionName: string;
  /** Responses with no grade yet (or waiting for the caller's mark as second marker). */
  pending: number;
  /** Responses whose two marks differ and must be settled. */
  disagreements: number;
  graded: number;
}

export interface GradeMark {
  points: number;
  comment: string;
  /** The marker's full name. */
  by: string;
  /** Whether the caller made this mark (so the screen knows whose mark it is without comparing names). */
  mine: boolean;
  at: string;
}

/** A learner's response to one essay question, for the marker. */
export interface GradingResponse {
  attemptId: number;
  slot: number;
  personId: number;
  fullName: string;
  classCode: string;
  submittedAt: string | null;
  questionHtml: string;
  rubricHtml: string;
  maxPoints: number;
  maxWords: number;
  /** The learner's text, exactly as written (shown as text, never as HTML). */
  text: string;
  words: number;
  first: GradeMark | null;
  second: GradeMark | null;
  /** The grade that counts: the only mark, the agreed one, or the settled one. */
  points: number | null;
  state: 'pending' | 'second_pending' | 'disagreement' | 'graded';
}

export const MARK_ROLES = ['first', 'second', 'settle'] as const;
export type MarkRole = (typeof MARK_ROLES)[number];

export interface GradeRequest {
  points: number;
  comment: string;
  /** first / second mark, or settling two marks that differ. */
  role: MarkRole;
}

export interface ClassResultRow {
  personId: number;
  fullName: string;
  unitName: string;
  attempts: number;
  state: 'not_started' | 'in_progress' | 'awaiting_grading' | 'graded';
  /** By the quiz's grading method; null until graded. */
  percent: number | null;
  passed: boolean | null;
}

export interface QuizResultsDto {
  quizId: number;
  quizTitle: string;
  classId: number;
  classCode: string;
  passPercent: number;
  rows: ClassResultRow[];
  /** Ten buckets of graded results: 0–10 %, 10–20 %, …, 90–100 %. */
  distribution: { from: number; to: number; count: number }[];
  mean: number | null;
  passRate: number | null;
}

export interface RegradeChange {
  attemptId: number;
  personId: number;
  fullName: string;
  number: number;
  before: { percent: number | null; passed: boolean | null };
  after: { percent: number | null; passed: boolean | null };
}

export interface RegradeReport {
  dryRun: boolean;
  attemptsChecked: number;
  /** Responses graded against a newer version of their question. */
  responsesRegraded: number;
  /** Attempts whose result changes (or would). */
  changes: RegradeChange[];
}
