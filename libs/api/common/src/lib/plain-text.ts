import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Names and other free text are plain text: stored in Unicode NFC (so "Nguyễn" typed with
 * combining marks and with precomposed letters is one name), never starting like a spreadsheet
 * formula (=, +, -, @ — an exported sheet must not run it), and free of control characters
 * (NUL, line breaks inside a name, bidirectional overrides that make text read backwards).
 */
export type PlainTextProblem = 'formula' | 'control';

// C0 and C1 controls, and the bidirectional embedding, override and isolate marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const FORMULA = /^[=+\-@\t\r]/;

export function plainTextProblem(value: string): PlainTextProblem | null {
  if (CONTROL.test(value)) return 'control';
  if (FORMULA.test(value.trim())) return 'formula';
  return null;
}

/** Trimmed and in NFC. */
export const normalizeText = (value: string): string => value.normalize('NFC').trim();

/** class-validator: a string that is plain text (see `plainTextProblem`). */
export function IsPlainText(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPlainText',
      target: target.constructor,
      propertyName,
      options: { message: 'validation.plain_text', ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && plainTextProblem(value) === null) },
    });
}
