-- Decisions and the audit trail are append-only: the record of who decided what cannot be rewritten.
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_reasons_no_update BEFORE UPDATE ON decision_reasons BEGIN SELECT RAISE(ABORT, 'decision_reasons are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_reasons_no_delete BEFORE DELETE ON decision_reasons BEGIN SELECT RAISE(ABORT, 'decision_reasons are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_overrides_no_update BEFORE UPDATE ON decision_overrides BEGIN SELECT RAISE(ABORT, 'decision_overrides are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_overrides_no_delete BEFORE DELETE ON decision_overrides BEGIN SELECT RAISE(ABORT, 'decision_overrides are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER qa_reviews_no_update BEFORE UPDATE ON qa_reviews BEGIN SELECT RAISE(ABORT, 'qa_reviews are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER qa_reviews_no_delete BEFORE DELETE ON qa_reviews BEGIN SELECT RAISE(ABORT, 'qa_reviews are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events are append-only'); END;
--> statement-breakpoint
-- Reasons are deactivated, never deleted: old decisions keep pointing at them.
CREATE TRIGGER reasons_no_delete BEFORE DELETE ON reasons BEGIN SELECT RAISE(ABORT, 'reasons are deactivated, never deleted'); END;
--> statement-breakpoint
-- Queue search: trigram full-text index over the searchable summary columns of filings.
CREATE VIRTUAL TABLE filings_fts USING fts5(
  external_id, subject_name, certificate_number, domains, principal_name, principal_mobile,
  content='filings', content_rowid='id', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER filings_fts_insert AFTER INSERT ON filings BEGIN
  INSERT INTO filings_fts(rowid, external_id, subject_name, certificate_number, domains, principal_name, principal_mobile)
  VALUES (new.id, new.external_id, new.subject_name, new.certificate_number, new.domains, new.principal_name, new.principal_mobile);
END;
--> statement-breakpoint
-- Only the searchable columns re-index: claims and status changes must stay cheap.
CREATE TRIGGER filings_fts_update AFTER UPDATE OF external_id, subject_name, certificate_number, domains, principal_name, principal_mobile ON filings BEGIN
  INSERT INTO filings_fts(filings_fts, rowid, external_id, subject_name, certificate_number, domains, principal_name, principal_mobile)
  VALUES ('delete', old.id, old.external_id, old.subject_name, old.certificate_number, old.domains, old.principal_name, old.principal_mobile);
  INSERT INTO filings_fts(rowid, external_id, subject_name, certificate_number, domains, principal_name, principal_mobile)
  VALUES (new.id, new.external_id, new.subject_name, new.certificate_number, new.domains, new.principal_name, new.principal_mobile);
END;
--> statement-breakpoint
CREATE TRIGGER filings_fts_delete AFTER DELETE ON filings BEGIN
  INSERT INTO filings_fts(filings_fts, rowid, external_id, subject_name, certificate_number, domains, principal_name, principal_mobile)
  VALUES ('delete', old.id, old.external_id, old.subject_name, old.certificate_number, old.domains, old.principal_name, old.principal_mobile);
END;
