import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getDb } from "@/db/client";
import { isDemoDatabase } from "@/db/queries/meta";
import { DEMO_INGEST_TOKEN } from "@/db/seed/demo-accounts";

function expectedToken(): string | null {
  if (process.env.INGEST_TOKEN) return process.env.INGEST_TOKEN;
  // Only a demo database accepts the published demo token; a real one without INGEST_TOKEN accepts none.
  return isDemoDatabase(getDb()) ? DEMO_INGEST_TOKEN : null;
}

/** Compares digests in constant time, so neither content nor length leaks through timing. */
export function isIngestAuthorized(request: Request): boolean {
  const expected = expectedToken();
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer (.+)$/.exec(header);
  if (!expected || !match) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(expected));
}

export function unauthorizedResponse(): Response {
  return Response.json({ error: "a valid bearer token is required" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
}
