import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { FILING_STATUSES, OUTCOMES, QA_VERDICTS, ROLES } from "@/lib/domain/filings/statuses";

// Times are integer milliseconds since the epoch (UTC); the UI renders them in Asia/Shanghai.

export { FILING_STATUSES, OUTCOMES, QA_VERDICTS, ROLES, SEVERITY_RANK } from "@/lib/domain/filings/statuses";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  passwordHash: text("password_hash").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: integer("created_at").notNull(),
  /**
   * Every session carries the version it was issued under; sign-out, a password change,
   * deactivation and a role change bump it, so every older session stops working at once.
   */
  sessionVersion: integer("session_version").notNull().default(1),
});
export type User = typeof users.$inferSelect;

// Sign-in throttling counters live in the database so they survive restarts and are shared
// by every worker of the process.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    windowStart: integer("window_start").notNull(),
    blockedUntil: integer("blocked_until").notNull().default(0),
  },
  // The worker prunes closed windows hourly: an attacker's stream of unknown e-mails leaves no trace for long.
  (t) => [index("login_attempts_window_idx").on(t.windowStart)],
);

export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * One row per upstream order (externalId). Besides the pointer to the current revision it
 * carries every column the queue filters, sorts or shows, so the queue never parses JSON.
 */
export const filings = sqliteTable(
  "filings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    externalId: text("external_id").notNull().unique(),
    currentRevision: integer("current_revision").notNull(),
    currentRevisionId: integer("current_revision_id").notNull(),
    status: text("status", { enum: FILING_STATUSES }).notNull(),
    type: text("type").notNull(),
    province: text("province").notNull(),
    subjectKind: text("subject_kind").notNull(),
    subjectName: text("subject_name").notNull(),
    certificateNumber: text("certificate_number").notNull(),
    principalName: text("principal_name").notNull(),
    principalMobile: text("principal_mobile").notNull(),
    domains: text("domains").notNull(),
    /** The provider account that submitted the current revision (SUBJECT_ON_OTHER_ACCOUNT). */
    accountId: text("account_id"),
    /** 证照比对 of the current revision: pending while its documents are being read, then done or failed. */
    documentCheck: text("document_check", { enum: ["pending", "done", "failed"] })
      .notNull()
      .default("done"),
    submittedAt: integer("submitted_at").notNull(),
    slaDueAt: integer("sla_due_at").notNull(),
    errorCount: integer("error_count").notNull(),
    warningCount: integer("warning_count").notNull(),
    worstSeverity: integer("worst_severity").notNull(),
    claimedBy: integer("claimed_by").references(() => users.id),
    claimedAt: integer("claimed_at"),
    claimExpiresAt: integer("claim_expires_at"),
    version: integer("version").notNull().default(1),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    // Each queue index ends with the claim columns, so the assignee filter and the count are
    // answered from the index alone (covering) instead of one table read per matching filing.
    index("filings_status_sla_idx").on(t.status, t.slaDueAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_status_province_sla_idx").on(t.status, t.province, t.slaDueAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_status_severity_submitted_idx").on(t.status, t.worstSeverity, t.submittedAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_status_submitted_idx").on(t.status, t.submittedAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_status_type_sla_idx").on(t.status, t.type, t.slaDueAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_status_kind_sla_idx").on(t.status, t.subjectKind, t.slaDueAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_status_document_check_sla_idx").on(t.status, t.documentCheck, t.slaDueAt, t.id, t.claimedBy, t.claimExpiresAt),
    index("filings_claimed_by_idx").on(t.claimedBy, t.status),
    // Live claims only (the few rows with claim_expires_at > now): what a queue total subtracts
    // from the maintained counts in filing_counts. Partial, so claim-next never walks it.
    index("filings_live_claims_idx")
      .on(t.claimExpiresAt, t.claimedBy)
      .where(sql`claimed_by IS NOT NULL`),
    index("filings_certificate_idx").on(t.certificateNumber),
    index("filings_principal_mobile_idx").on(t.principalMobile),
    index("filings_subject_name_idx").on(t.subjectName),
  ],
);
export type Filing = typeof filings.$inferSelect;

/**
 * How many filings share each combination of the queue's equality filters, kept exact by
 * triggers on filings (migration 0008_filing_counts). A queue total is then a sum over at most a
 * few thousand rows here, minus the live claims it hides, instead of a count over every match.
 * Each status also has a rollup row (province, type, kind and document check "*", severity -1;
 * migration 0009): a view by status alone reads that one row.
 */
export const filingCounts = sqliteTable(
  "filing_counts",
  {
    status: text("status", { enum: FILING_STATUSES }).notNull(),
    province: text("province").notNull(),
    type: text("type").notNull(),
    subjectKind: text("subject_kind").notNull(),
    worstSeverity: integer("worst_severity").notNull(),
    documentCheck: text("document_check", { enum: ["pending", "done", "failed"] }).notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.province, t.type, t.subjectKind, t.worstSeverity, t.documentCheck] })],
);

export const filingRevisions = sqliteTable(
  "filing_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    filingId: integer("filing_id")
      .notNull()
      .references(() => filings.id),
    revision: integer("revision").notNull(),
    document: text("document").notNull(),
    receivedAt: integer("received_at").notNull(),
    ruleSetVersion: text("rule_set_version").notNull(),
  },
  (t) => [uniqueIndex("filing_revisions_filing_revision_uq").on(t.filingId, t.revision)],
);

export const materials = sqliteTable(
  "materials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => filingRevisions.id),
    idx: integer("idx").notNull(),
    /** The material's address in URLs: random, so no one can walk the ID cards by counting. */
    publicId: text("public_id")
      .notNull()
      .$defaultFn(() => randomBytes(16).toString("base64url")),
    kind: text("kind").notNull(),
    website: integer("website"),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    mediaType: text("media_type").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width"),
    height: integer("height"),
    previewSha256: text("preview_sha256"),
    thumbSha256: text("thumb_sha256"),
    chroma: real("chroma"),
    laplacianVariance: real("laplacian_variance"),
  },
  (t) => [
    uniqueIndex("materials_revision_idx_uq").on(t.revisionId, t.idx),
    uniqueIndex("materials_public_id_uq").on(t.publicId),
    // The blob sweeper and the backup ask "does any row name these bytes?" for every blob.
    index("materials_sha_idx").on(t.sha256),
    index("materials_preview_sha_idx").on(t.previewSha256),
    index("materials_thumb_sha_idx").on(t.thumbSha256),
  ],
);

/**
 * Who is about to write or delete which blob. An ingestion leases the blobs it will store before
 * it stores them and drops the leases when its transaction commits; the sweeper claims the
 * unreferenced, unleased blobs it is about to delete. Each side waits for the other, so a blob a
 * commit is about to name is never swept from under it.
 */
export const blobLeases = sqliteTable(
  "blob_leases",
  {
    sha256: text("sha256").notNull(),
    owner: text("owner").notNull(),
    kind: text("kind", { enum: ["ingest", "sweep"] }).notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.owner] }), index("blob_leases_owner_idx").on(t.owner)],
);
export type Material = typeof materials.$inferSelect;

export const violations = sqliteTable(
  "violations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => filingRevisions.id),
    rule: text("rule").notNull(),
    severity: text("severity", { enum: ["error", "warning"] }).notNull(),
    path: text("path").notNull(),
    materialIndex: integer("material_index"),
    reason: text("reason").notNull(),
    messageZh: text("message_zh").notNull(),
    messageEn: text("message_en").notNull(),
    ruleSetVersion: text("rule_set_version").notNull(),
    // A re-check supersedes a revision's violations without deleting the earlier evidence.
    supersededAt: integer("superseded_at"),
  },
  (t) => [index("violations_revision_idx").on(t.revisionId, t.supersededAt)],
);
export type ViolationRow = typeof violations.$inferSelect;

/** Contact keys of each filing's current revision: the cross-filing rules' index. */
export const filingContacts = sqliteTable(
  "filing_contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    filingId: integer("filing_id")
      .notNull()
      .references(() => filings.id),
    kind: text("kind", { enum: ["mobile", "site_principal_id"] }).notNull(),
    value: text("value").notNull(),
    certificateNumber: text("certificate_number").notNull(),
    subjectKind: text("subject_kind").notNull(),
  },
  (t) => [index("filing_contacts_kind_value_idx").on(t.kind, t.value), index("filing_contacts_filing_idx").on(t.filingId)],
);

export const reasons = sqliteTable("reasons", {
  code: text("code").primaryKey(),
  zh: text("zh").notNull(),
  en: text("en").notNull(),
  fixZh: text("fix_zh").notNull(),
  fixEn: text("fix_en").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  sortOrder: integer("sort_order").notNull(),
});

/**
 * Append-only: triggers in the migrations abort UPDATE and DELETE. A second review that
 * overturns a decision is a new qa_reviews row; the decision itself is never rewritten.
 * No cascading foreign keys, so nothing upstream can delete a decision by accident.
 */
export const decisions = sqliteTable(
  "decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    filingId: integer("filing_id")
      .notNull()
      .references(() => filings.id),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => filingRevisions.id),
    revision: integer("revision").notNull(),
    reviewerId: integer("reviewer_id")
      .notNull()
      .references(() => users.id),
    outcome: text("outcome", { enum: OUTCOMES }).notNull(),
    note: text("note").notNull().default(""),
    internalNote: text("internal_note").notNull().default(""),
    claimedAt: integer("claimed_at"),
    decidedAt: integer("decided_at").notNull(),
    overrideCount: integer("override_count").notNull().default(0),
    qaSampled: integer("qa_sampled", { mode: "boolean" }).notNull().default(false),
    province: text("province").notNull(),
    /**
     * The undo window: until this instant the reviewer may take the decision back and the
     * upstream system still sees the filing pending. Equal to decided_at when there is no window.
     */
    holdUntil: integer("hold_until").notNull().default(0),
    /** What the reviewer had looked at when deciding: documents opened in the large viewer, of all. */
    documentsOpened: integer("documents_opened").notNull().default(0),
    documentsTotal: integer("documents_total").notNull().default(0),
    /** Documents carrying a flag that were never opened before this decision. */
    flaggedUnopened: integer("flagged_unopened").notNull().default(0),
    piiRevealed: integer("pii_revealed").notNull().default(0),
  },
  (t) => [
    index("decisions_filing_idx").on(t.filingId, t.decidedAt),
    index("decisions_decided_idx").on(t.decidedAt),
    index("decisions_reviewer_idx").on(t.reviewerId, t.decidedAt),
    index("decisions_qa_idx").on(t.qaSampled, t.decidedAt),
    index("decisions_hold_idx").on(t.holdUntil),
  ],
);

/** Append-only: a reviewer took a held decision back within its window. The decision row stays. */
export const decisionUndos = sqliteTable("decision_undos", {
  decisionId: integer("decision_id")
    .primaryKey()
    .references(() => decisions.id),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  at: integer("at").notNull(),
});

/** Append-only: a held decision's window closed and it went out (written by the worker; at most once). */
export const decisionReleases = sqliteTable("decision_releases", {
  decisionId: integer("decision_id")
    .primaryKey()
    .references(() => decisions.id),
  releasedAt: integer("released_at").notNull(),
});

/**
 * Append-only: a document a reviewer looked at in the large viewer, and for how long (seconds).
 * Per decision, these say whether every flagged document was opened before deciding.
 */
export const documentViews = sqliteTable(
  "document_views",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    filingId: integer("filing_id")
      .notNull()
      .references(() => filings.id),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => filingRevisions.id),
    materialIdx: integer("material_idx").notNull(),
    openedAt: integer("opened_at").notNull(),
    seconds: integer("seconds").notNull(),
  },
  (t) => [index("document_views_revision_user_idx").on(t.revisionId, t.userId)],
);
export type Decision = typeof decisions.$inferSelect;

export const decisionReasons = sqliteTable(
  "decision_reasons",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    decisionId: integer("decision_id")
      .notNull()
      .references(() => decisions.id),
    code: text("code")
      .notNull()
      .references(() => reasons.code),
    field: text("field"),
    materialIndex: integer("material_index"),
    note: text("note").notNull().default(""),
  },
  (t) => [index("decision_reasons_decision_idx").on(t.decisionId)],
);

export const decisionOverrides = sqliteTable(
  "decision_overrides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    decisionId: integer("decision_id")
      .notNull()
      .references(() => decisions.id),
    violationId: integer("violation_id")
      .notNull()
      .references(() => violations.id),
    rule: text("rule").notNull(),
    path: text("path").notNull(),
    justification: text("justification").notNull(),
  },
  (t) => [index("decision_overrides_decision_idx").on(t.decisionId)],
);

export const qaReviews = sqliteTable(
  "qa_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    decisionId: integer("decision_id")
      .notNull()
      .references(() => decisions.id),
    leadId: integer("lead_id")
      .notNull()
      .references(() => users.id),
    verdict: text("verdict", { enum: QA_VERDICTS }).notNull(),
    note: text("note").notNull().default(""),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("qa_reviews_decision_uq").on(t.decisionId)],
);

/** Append-only record of every state change and personal-data reveal. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    filingId: integer("filing_id").references(() => filings.id),
    detail: text("detail").notNull().default("{}"),
  },
  (t) => [index("audit_events_filing_idx").on(t.filingId, t.at), index("audit_events_action_idx").on(t.action, t.at)],
);

export const savedViews = sqliteTable(
  "saved_views",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    query: text("query").notNull(),
    /** A lead's view shared with the whole team: reviewers see it, read-only. */
    shared: integer("shared", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("saved_views_user_name_uq").on(t.userId, t.name)],
);

/**
 * What the reader read from a document's bytes, cached by sha256 and kind: the same bytes are
 * never read twice. `reading` is the JSON of a DocumentReading (fields with text, confidence and
 * box in the stored image's pixels; orientation; unreadable).
 */
export const documentReadings = sqliteTable(
  "document_readings",
  {
    sha256: text("sha256").notNull(),
    kind: text("kind").notNull(),
    reading: text("reading").notNull(),
    engine: text("engine").notNull(),
    readAt: integer("read_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.kind] })],
);

/**
 * The document reader's durable queue: one job per readable material of a revision. A job
 * survives a restart (running jobs go back to queued when the worker starts); a job that keeps
 * failing is marked failed after DOCUMENT_JOB_ATTEMPTS and never blocks a decision.
 */
export const documentJobs = sqliteTable(
  "document_jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => filingRevisions.id),
    materialIdx: integer("material_idx").notNull(),
    sha256: text("sha256").notNull(),
    kind: text("kind").notNull(),
    status: text("status", { enum: ["queued", "running", "done", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    queuedAt: integer("queued_at").notNull(),
    startedAt: integer("started_at"),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    uniqueIndex("document_jobs_revision_material_uq").on(t.revisionId, t.materialIdx),
    index("document_jobs_status_idx").on(t.status, t.id),
  ],
);
