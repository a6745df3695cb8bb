// The one error a service throws when a request cannot be honoured. Its kind says what went
// wrong in the caller's terms; lib/web/http-errors maps kinds to HTTP statuses for route handlers.

export const SERVICE_ERROR_KINDS = ["invalid", "unauthorized", "forbidden", "not_found", "conflict", "too_large"] as const;
export type ServiceErrorKind = (typeof SERVICE_ERROR_KINDS)[number];

export interface ErrorIssue {
  path: string;
  message: string;
}

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
    this.name = "ServiceError";
  }
}
