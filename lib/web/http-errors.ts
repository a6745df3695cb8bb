import { ServiceError, type ServiceErrorKind } from "@/lib/services/errors";

// Every route handler answers errors in one JSON shape, {"error": "...", "issues": [...]}, with
// the status its kind maps to. Bodies are bounded: a request with 2 000 bad parts gets a
// readable answer, not a megabyte echoing them.

const STATUS: Record<ServiceErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
};
const MAX_ISSUES = 20;
const MAX_TEXT = 300;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

export function errorResponse(error: ServiceError, headers?: HeadersInit): Response {
  const issues = error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: clip(i.path), message: clip(i.message) }));
  const more = error.issues.length - issues.length;
  const body = { error: clip(error.message), issues, ...(more > 0 ? { moreIssues: more } : {}) };
  return Response.json(body, { status: STATUS[error.kind], headers: { "Cache-Control": "no-store", ...headers } });
}

export function jsonError(kind: ServiceErrorKind, message: string, headers?: HeadersInit): Response {
  return errorResponse(new ServiceError(kind, message), headers);
}

/** Maps a thrown ServiceError to its response; anything else is logged and answered 500 without details. */
export function handleRouteError(error: unknown, context: string): Response {
  if (error instanceof ServiceError) return errorResponse(error);
  console.error(`${context} failed`, error);
  return Response.json({ error: "internal error", issues: [] }, { status: 500, headers: { "Cache-Control": "no-store" } });
}
