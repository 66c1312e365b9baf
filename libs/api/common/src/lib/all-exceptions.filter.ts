import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, FieldErrorTree } from '@cds/contracts';
import type { ValidationError } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { extname } from 'node:path';
import { AppError, ValidationFailed } from './app-error';
import { constraintMessage, Lang, message, pickLang } from './messages';

const STATUS_CODES: Record<number, string> = {
  400: 'http.bad_request',
  404: 'http.not_found',
  413: 'http.too_large',
  415: 'http.unsupported_media_type',
  429: 'http.too_many_requests',
};

/** Fastify's own errors (body parsing, limits) carry a statusCode and a FST_* code. */
interface FastifyLikeError {
  statusCode?: number;
  code?: string;
}

export function fieldErrorTree(errors: ValidationError[], lang: Lang): FieldErrorTree {
  const tree: FieldErrorTree = {};
  for (const error of errors) {
    if (error.children?.length) {
      tree[error.property] = fieldErrorTree(error.children, lang);
    } else if (error.constraints) {
      tree[error.property] = Object.entries(error.constraints).map(([constraint, fallback]) =>
        constraintMessage(fallback === 'isDateString' ? fallback : constraint, fallback, error.contexts?.[constraint]?.['args'] as unknown[] | undefined ?? argsOf(constraint, fallback), lang),
      );
    }
  }
  return tree;
}

/** class-validator does not expose constraint arguments on the error; recover numbers from its message. */
function argsOf(constraint: string, fallback: string): unknown[] {
  if (['minLength', 'maxLength', 'min', 'max'].includes(constraint)) {
    const n = fallback.match(/-?\d+(\.\d+)?/);
    return n ? [n[0]] : [];
  }
  return [];
}

/**
 * The one exception filter: known HTTP errors pass through in the API's error shape, in the
 * person's language; anything else becomes an opaque 500 whose correlation id is in the log.
 * Unknown GET paths outside /api get the web app's index.html (deep links).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spaIndexAvailable: () => boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const status = this.statusOf(exception);

    if (status === 404 && this.isSpaRoute(request)) {
      void (reply.header('cache-control', 'no-cache') as FastifyReply & { sendFile(file: string): FastifyReply }).sendFile('index.html');
      return;
    }
    const body = this.toBody(exception, status, request);
    if (exception instanceof AppError && exception.headers) {
      for (const [k, v] of Object.entries(exception.headers)) void reply.header(k, v);
    }
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private statusOf(exception: unknown): number {
    if (exception instanceof HttpException) return exception.getStatus();
    const statusCode = (exception as FastifyLikeError)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return statusCode;
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private isSpaRoute(request: FastifyRequest): boolean {
    const path = request.url.split('?')[0];
    return (
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api') &&
      !extname(path) &&
      this.spaIndexAvailable()
    );
  }

  toBody(exception: unknown, status: number, request: FastifyRequest): ApiError {
    const lang = pickLang(request.headers['accept-language']);
    const correlationId = String(request.id);
    const error = HttpStatus[status]?.toString() ?? 'Error';
    const base = { statusCode: status, error: humanise(error), correlationId };

    if (exception instanceof ValidationFailed) {
      return { ...base, code: 'validation.failed', message: message('validation.failed', lang), errors: fieldErrorTree(exception.errors, lang) };
    }
    if (exception instanceof AppError) {
      return { ...base, code: exception.code, message: message(exception.code, lang, exception.params) };
    }
    if (status >= 500) {
      const err = exception as Error;
      this.logger.error(`[${correlationId}] ${request.method} ${request.url.split('?')[0]}: ${err?.stack ?? String(exception)}`);
      return { ...base, code: 'http.internal', message: message('http.internal', lang) };
    }
    if (exception instanceof HttpException) {
      // The Fastify adapter wraps body-parser failures in a plain HttpException.
      const code = status === 400 && /JSON/.test(exception.message) ? 'http.bad_json' : STATUS_CODES[status];
      return { ...base, code, message: code ? message(code, lang) : exception.message };
    }
    const fastifyCode = (exception as FastifyLikeError).code;
    const code =
      fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (status === 400 && exception instanceof SyntaxError)
        ? 'http.bad_json'
        : (STATUS_CODES[status] ?? 'http.bad_request');
    return { ...base, code, message: message(code, lang) };
  }
}

const humanise = (name: string) =>
  name
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
