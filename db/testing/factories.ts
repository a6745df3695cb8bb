import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/services/auth/password";
import type { Db } from "@/db/client";
import { seedReasonCatalog } from "@/db/queries/reasons";
import { filingRevisions, filings, materials, users, violations } from "@/db/schema";

let counter = 0;

export async function makeUser(db: Db, role: "reviewer" | "lead" = "reviewer") {
  counter += 1;
  return db
    .insert(users)
    .values({
      email: `user${counter}-${role}@example.com`,
      name: `User ${counter}`,
      role,
      passwordHash: await hashPassword("x-password-1"),
      active: true,
      createdAt: 0,
    })
    .returning()
    .get();
}

export interface FilingSpec {
  externalId?: string;
  province?: string;
  status?: "pending" | "approved" | "rejected";
  subjectKind?: "unit" | "individual";
  subjectName?: string;
  submittedAt?: number;
  claimedBy?: number | null;
  claimExpiresAt?: number | null;
  violations?: { rule: string; severity: "error" | "warning"; path?: string; reason?: string; material?: number }[];
  /** Blobs the revision's materials name (one material each, as the original). */
  blobs?: string[];
}

/** A filing row with one revision, written directly: for queue, claim and decision tests. */
export function makeFiling(db: Db, spec: FilingSpec = {}) {
  counter += 1;
  const externalId = spec.externalId ?? `T${String(counter).padStart(6, "0")}`;
  const submittedAt = spec.submittedAt ?? Date.parse("2026-11-20T09:00:00+08:00") + counter * 1000;
  const vs = spec.violations ?? [];
  const errorCount = vs.filter((v) => v.severity === "error").length;
  return db.transaction((tx) => {
    const filing = tx
      .insert(filings)
      .values({
        externalId,
        currentRevision: 1,
        currentRevisionId: 0,
        status: spec.status ?? "pending",
        type: "new_filing",
        province: spec.province ?? "北京",
        subjectKind: spec.subjectKind ?? "unit",
        subjectName: spec.subjectName ?? `北京测试${counter}科技有限公司`,
        certificateNumber: `91110000TEST${String(counter).padStart(6, "0")}`,
        principalName: "张三",
        principalMobile: "13800138000",
        domains: `t${counter}.example.cn`,
        submittedAt,
        slaDueAt: submittedAt + 86_400_000,
        errorCount,
        warningCount: vs.length - errorCount,
        worstSeverity: errorCount > 0 ? 2 : vs.length > 0 ? 1 : 0,
        claimedBy: spec.claimedBy ?? null,
        claimedAt: spec.claimedBy ? submittedAt : null,
        claimExpiresAt: spec.claimedBy ? (spec.claimExpiresAt ?? Date.now() + 30 * 60_000) : null,
        updatedAt: submittedAt,
      })
      .returning()
      .get();
    const revision = tx
      .insert(filingRevisions)
      .values({ filingId: filing.id, revision: 1, document: "{}", receivedAt: submittedAt, ruleSetVersion: "test" })
      .returning()
      .get();
    tx.update(filings).set({ currentRevisionId: revision.id }).where(eq(filings.id, filing.id)).run();
    if (vs.length > 0) {
      tx.insert(violations)
        .values(
          vs.map((v) => ({
            revisionId: revision.id,
            rule: v.rule,
            severity: v.severity,
            path: v.path ?? "principal.mobile",
            materialIndex: v.material ?? null,
            reason: v.reason ?? "INFO_MISMATCH",
            messageZh: "测试",
            messageEn: "test",
            ruleSetVersion: "test",
          })),
        )
        .run();
    }
    if (spec.blobs?.length) {
      tx.insert(materials)
        .values(
          spec.blobs.map((sha256, idx) => ({
            revisionId: revision.id,
            idx,
            kind: "other",
            website: null,
            fileName: `f${idx}.jpg`,
            sha256,
            mediaType: "image/jpeg",
            bytes: 1,
            width: 1,
            height: 1,
            previewSha256: null,
            thumbSha256: null,
            chroma: null,
            laplacianVariance: null,
          })),
        )
        .run();
    }
    return { ...filing, currentRevisionId: revision.id };
  });
}

export function withReasons(db: Db): void {
  seedReasonCatalog(db);
}
