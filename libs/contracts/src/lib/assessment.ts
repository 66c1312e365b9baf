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
