import "server-only";
import { isIngestTokenAccepted } from "@/lib/services/upstream/ingest-token";
import { jsonError } from "./http-errors";

/** The upstream system's bearer token, checked by the service that knows the mode. */
export function isIngestAuthorized(request: Request): boolean {
  const match = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "");
  return isIngestTokenAccepted(match?.[1] ?? null);
}

export function unauthorizedResponse(): Response {
  return jsonError("unauthorized", "a valid bearer token is required", { "WWW-Authenticate": "Bearer" });
}
