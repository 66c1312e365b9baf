import { AnswerValue } from '@cds/contracts';

/** Whether a response counts as answered — the same rule as the API's (an empty text or no choice is not an answer). */
export function isAnswerGiven(answer: AnswerValue | null | undefined): boolean {
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

/** Words in an essay, as a reader counts them: runs of characters between white space. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
