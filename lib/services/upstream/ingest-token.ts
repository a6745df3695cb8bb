import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getDb } from "@/db/client";
import { isDemoDatabase } from "@/db/queries/meta";
import { consoleMode, DEMO_INGEST_TOKEN } from "@/lib/config/console-mode";

/**
 * INGEST_TOKEN when set; otherwise only a demo console on a demo database accepts the published
 * demo token. Production never accepts it, even if someone configures it as INGEST_TOKEN.
 */
function expectedToken(): string | null {
  const production = consoleMode() === "production";
  const configured = process.env.INGEST_TOKEN;
  if (configured) return production && configured === DEMO_INGEST_TOKEN ? null : configured;
  return !production && isDemoDatabase(getDb()) ? DEMO_INGEST_TOKEN : null;
}

/** Compares digests in constant time, so neither content nor length leaks through timing. */
export function isIngestTokenAccepted(token: string | null): boolean {
  const expected = expectedToken();
  if (!expected || !token) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(token), digest(expected));
}
