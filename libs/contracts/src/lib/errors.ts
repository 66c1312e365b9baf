/**
 * Validation errors as a tree that mirrors the request body:
 * `{ "email": ["must be an email"], "items": { "0": { "name": ["is required"] } } }`.
 */
export interface FieldErrorTree {
  [field: string]: string[] | FieldErrorTree;
}

/** The one error shape every API error has. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  correlationId: string;
  /** Only on 422 validation errors. */
  errors?: FieldErrorTree;
  /** Stable machine-readable code the web app translates, e.g. `auth.invalid_credentials`. */
  code?: string;
}
