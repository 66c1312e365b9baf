import { HttpException, HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/**
 * An error the person should read: a status, a stable code (translated by the filter and by
 * the web app) and optional parameters. Throw these from services instead of bare strings.
 */
export class AppError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    readonly params?: Record<string, string | number>,
    readonly headers?: Record<string, string>,
  ) {
    super(code, status);
  }
}

/** Shorthand for services: `throw refuse(HttpStatus.CONFLICT, 'people.email_taken', { email })`. */
export const refuse = (status: HttpStatus, code: string, params?: Record<string, string | number>) => new AppError(status, code, params);

/** Thrown by the validation pipe; the filter turns it into the 422 field tree. */
export class ValidationFailed extends HttpException {
  constructor(readonly errors: ValidationError[]) {
    super('validation.failed', HttpStatus.UNPROCESSABLE_ENTITY);
  }
}
