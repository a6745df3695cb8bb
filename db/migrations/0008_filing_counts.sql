-- WITHOUT ROWID: the rows live in primary-key order, so a total reads one range of the key.
CREATE TABLE `filing_counts` (
	`status` text NOT NULL,
	`province` text NOT NULL,
	`type` text NOT NULL,
	`subject_kind` text NOT NULL,
	`worst_severity` integer NOT NULL,
	`document_check` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`status`, `province`, `type`, `subject_kind`, `worst_severity`, `document_check`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `filings_live_claims_idx` ON `filings` (`claim_expires_at`,`claimed_by`) WHERE claimed_by IS NOT NULL;--> statement-breakpoint
-- Queue totals (db/schema.ts filingCounts): each change to a counted column moves one filing from
-- one combination to another, so every writer (API, seed, decisions, document checks) keeps the
-- counts exact without knowing about them. UPDATE OF lists only the counted columns: claims and
-- other writes do not fire it.
CREATE TRIGGER filing_counts_insert AFTER INSERT ON filings BEGIN
  INSERT INTO filing_counts (status, province, type, subject_kind, worst_severity, document_check, n)
  VALUES (new.status, new.province, new.type, new.subject_kind, new.worst_severity, new.document_check, 1)
  ON CONFLICT (status, province, type, subject_kind, worst_severity, document_check) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER filing_counts_delete AFTER DELETE ON filings BEGIN
  UPDATE filing_counts SET n = n - 1
   WHERE status = old.status AND province = old.province AND type = old.type AND subject_kind = old.subject_kind
     AND worst_severity = old.worst_severity AND document_check = old.document_check;
END;
--> statement-breakpoint
CREATE TRIGGER filing_counts_update AFTER UPDATE OF status, province, type, subject_kind, worst_severity, document_check ON filings
WHEN old.status IS NOT new.status OR old.province IS NOT new.province OR old.type IS NOT new.type
  OR old.subject_kind IS NOT new.subject_kind OR old.worst_severity IS NOT new.worst_severity OR old.document_check IS NOT new.document_check
BEGIN
  UPDATE filing_counts SET n = n - 1
   WHERE status = old.status AND province = old.province AND type = old.type AND subject_kind = old.subject_kind
     AND worst_severity = old.worst_severity AND document_check = old.document_check;
  INSERT INTO filing_counts (status, province, type, subject_kind, worst_severity, document_check, n)
  VALUES (new.status, new.province, new.type, new.subject_kind, new.worst_severity, new.document_check, 1)
  ON CONFLICT (status, province, type, subject_kind, worst_severity, document_check) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
-- The filings already there (one pass over the table, once).
INSERT INTO filing_counts (status, province, type, subject_kind, worst_severity, document_check, n)
SELECT status, province, type, subject_kind, worst_severity, document_check, count(*) FROM filings
 GROUP BY status, province, type, subject_kind, worst_severity, document_check;
