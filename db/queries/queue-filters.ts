import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { effectiveDir, type QueueParams } from "@/lib/domain/queue/params";
import { filingContacts, filings, SEVERITY_RANK } from "@/db/schema";
import { phoneKey } from "@/lib/domain/rules/validators/phone";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { chinaDayRange } from "@/lib/domain/time/china-time";

/** A claim counts only until it expires; an expired claim is free again. */
export function activeClaim(now: number): SQL {
  return and(sql`${filings.claimedBy} IS NOT NULL`, gt(filings.claimExpiresAt, now))!;
}

export function unclaimed(now: number): SQL {
  return or(isNull(filings.claimedBy), lte(filings.claimExpiresAt, now))!;
}

/**
 * Order numbers, names and domains match by substring (FTS5 trigram; shorter queries by name
 * prefix). Certificate/ID numbers and mobiles are not in the text index: they match only as
 * whole values, so the totals cannot be used to recover a masked number digit by digit.
 */
function searchCondition(q: string): SQL {
  const mobile = phoneKey(q);
  const exact = or(
    eq(filings.externalId, q),
    eq(filings.certificateNumber, normaliseNumber(q)),
    // Any principal or website principal with exactly this mobile or ID number.
    mobile.length >= 7 ? inArray(filings.id, contactFilings("mobile", mobile)) : undefined,
    inArray(filings.id, contactFilings("site_principal_id", normaliseNumber(q))),
  )!;
  if ([...q].length >= 3) {
    const phrase = `"${q.replaceAll('"', '""')}"`;
    return or(exact, sql`${filings.id} IN (SELECT rowid FROM filings_fts WHERE filings_fts MATCH ${phrase})`)!;
  }
  const upper = `${q}\u{10FFFF}`;
  return or(exact, and(gte(filings.subjectName, q), lt(filings.subjectName, upper)), eq(filings.principalName, q))!;
}

function contactFilings(kind: "mobile" | "site_principal_id", value: string) {
  return sql`(SELECT ${filingContacts.filingId} FROM ${filingContacts} WHERE ${filingContacts.kind} = ${kind} AND ${filingContacts.value} = ${value})`;
}

export interface FilterContext {
  userId: number;
  now: number;
}

/** The WHERE clause of a queue view; every branch is served by an index on filings. */
export function queueWhere(params: QueueParams, ctx: FilterContext, options: { ignoreAssignee?: boolean } = {}): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (params.status !== "all") conditions.push(eq(filings.status, params.status));
  if (params.province.length > 0) conditions.push(inArray(filings.province, params.province));
  if (params.type.length > 0) conditions.push(inArray(filings.type, params.type));
  if (params.kind.length > 0) conditions.push(inArray(filings.subjectKind, params.kind));
  if (params.severity === "error") conditions.push(eq(filings.worstSeverity, SEVERITY_RANK.error));
  if (params.severity === "warning") conditions.push(eq(filings.worstSeverity, SEVERITY_RANK.warning));
  if (params.severity === "clean") conditions.push(eq(filings.worstSeverity, SEVERITY_RANK.none));
  if (params.documentCheck) conditions.push(eq(filings.documentCheck, params.documentCheck));
  if (!options.ignoreAssignee) {
    const mine = and(eq(filings.claimedBy, ctx.userId), gt(filings.claimExpiresAt, ctx.now));
    if (params.assignee === "me") conditions.push(mine);
    else if (params.assignee === "unassigned") conditions.push(unclaimed(ctx.now));
    else if (params.assignee === undefined) conditions.push(or(mine, unclaimed(ctx.now)));
  }
  // Dates are calendar days in China time, inclusive.
  const days = chinaDayRange(params.from, params.to);
  if (days.start !== undefined) conditions.push(gte(filings.submittedAt, days.start));
  if (days.end !== undefined) conditions.push(lt(filings.submittedAt, days.end));
  if (params.q) conditions.push(searchCondition(params.q));
  return and(...conditions);
}

export function queueOrder(params: QueueParams): SQL[] {
  const direction = effectiveDir(params) === "asc" ? asc : desc;
  switch (params.sort) {
    case "submitted":
      return [direction(filings.submittedAt), direction(filings.id)];
    case "province":
      return [direction(filings.province), asc(filings.slaDueAt), asc(filings.id)];
    case "flags":
      return [
        direction(filings.worstSeverity),
        direction(filings.errorCount),
        direction(filings.warningCount),
        asc(filings.slaDueAt),
        asc(filings.id),
      ];
    case "externalId":
      return [direction(filings.externalId)];
    case "status":
      return [direction(filings.status), asc(filings.slaDueAt), asc(filings.id)];
    default:
      return [direction(filings.slaDueAt), direction(filings.id)];
  }
}
