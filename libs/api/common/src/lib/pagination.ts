import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { HttpStatus } from '@nestjs/common';
import { AppError } from './app-error';

/** `?limit=&cursor=` for keyset-paginated lists. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** What a cursor must hold: each key's type. */
export type CursorShape = Record<string, 'string' | 'number'>;
type Decoded<S extends CursorShape> = { [K in keyof S]: S[K] extends 'number' ? number : string };

/**
 * Reads a cursor made by `encodeCursor`, checking that it holds exactly the keys of `shape` with
 * values of their types (numbers: safe integers). Anything else, a cursor from another list or a
 * hand-made one, is a 400 with the usual error shape; it never reaches SQL.
 */
export function decodeCursor<S extends CursorShape>(cursor: string | undefined, shape: S): Decoded<S> | null {
  if (!cursor) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const keys = Object.keys(shape);
  const fits =
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === keys.length &&
    keys.every((k) => {
      const v = (value as Record<string, unknown>)[k];
      return shape[k] === 'number' ? Number.isSafeInteger(v) : typeof v === 'string' && v.length <= 200;
    });
  if (!fits) throw new AppError(HttpStatus.BAD_REQUEST, 'http.bad_cursor');
  return value as Decoded<S>;
}
