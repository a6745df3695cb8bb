-- Material URLs: a random public id per material (existing rows get one here).
ALTER TABLE `materials` ADD `public_id` text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `materials` SET `public_id` = lower(hex(randomblob(16)));--> statement-breakpoint
CREATE UNIQUE INDEX `materials_public_id_uq` ON `materials` (`public_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `login_attempts_window_idx` ON `login_attempts` (`window_start`);--> statement-breakpoint
-- Search no longer indexes certificate numbers and mobiles as text: masked numbers match only
-- as whole values (exact lookups on their own indexes), never by prefix or substring.
DROP TRIGGER `filings_fts_insert`;--> statement-breakpoint
DROP TRIGGER `filings_fts_update`;--> statement-breakpoint
DROP TRIGGER `filings_fts_delete`;--> statement-breakpoint
DROP TABLE `filings_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE filings_fts USING fts5(
  external_id, subject_name, domains, principal_name,
  content='filings', content_rowid='id', tokenize='trigram'
);--> statement-breakpoint
CREATE TRIGGER filings_fts_insert AFTER INSERT ON filings BEGIN
  INSERT INTO filings_fts(rowid, external_id, subject_name, domains, principal_name)
  VALUES (new.id, new.external_id, new.subject_name, new.domains, new.principal_name);
END;--> statement-breakpoint
CREATE TRIGGER filings_fts_update AFTER UPDATE OF external_id, subject_name, domains, principal_name ON filings BEGIN
  INSERT INTO filings_fts(filings_fts, rowid, external_id, subject_name, domains, principal_name)
  VALUES ('delete', old.id, old.external_id, old.subject_name, old.domains, old.principal_name);
  INSERT INTO filings_fts(rowid, external_id, subject_name, domains, principal_name)
  VALUES (new.id, new.external_id, new.subject_name, new.domains, new.principal_name);
END;--> statement-breakpoint
CREATE TRIGGER filings_fts_delete AFTER DELETE ON filings BEGIN
  INSERT INTO filings_fts(filings_fts, rowid, external_id, subject_name, domains, principal_name)
  VALUES ('delete', old.id, old.external_id, old.subject_name, old.domains, old.principal_name);
END;--> statement-breakpoint
INSERT INTO filings_fts(filings_fts) VALUES ('rebuild');
