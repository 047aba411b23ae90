// The one error type of Redline. `message` is for logs; `userMessage` is safe to show a person.
// Routes and server actions map `code` to an HTTP status or a form error (lib/server/http.ts).

export const ERROR_STATUS = {
  invalid_input: 400,
  not_signed_in: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many_requests: 429,
  /** A service Redline calls (machine translation) failed; the user message says how, in one line. */
  upstream_failed: 502,
  config_invalid: 500,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  /** Extra JSON-safe fields for the response body, such as the current version on a conflict. */
  readonly details?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    options: { message: string; userMessage?: string; details?: Record<string, unknown> },
  ) {
    super(options.message);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? options.message;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
