import './messages';

export { grade, clampFraction, type Graded, type GradeProblem } from './grade';
export { learnerView, shuffleOrder, naturalOrder, shuffled, matchingChoices, type QuestionOrder } from './learner-view';
export { validateQuestion, QUESTION_PROBLEMS, type QuestionProblem } from './validate';
export { parseNumber, matchesAccepted, comparableText, normaliseSpace, stripDiacritics } from './text';
export { QUESTION_MESSAGES } from './messages';
