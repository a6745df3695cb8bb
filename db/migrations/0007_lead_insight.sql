CREATE TABLE `decision_releases` (
	`decision_id` integer PRIMARY KEY NOT NULL,
	`released_at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `decision_undos` (
	`decision_id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `document_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`filing_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`material_idx` integer NOT NULL,
	`opened_at` integer NOT NULL,
	`seconds` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`filing_id`) REFERENCES `filings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `filing_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_views_revision_user_idx` ON `document_views` (`revision_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `hold_until` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `documents_opened` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `documents_total` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `flagged_unopened` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `pii_revealed` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `decisions_hold_idx` ON `decisions` (`hold_until`);--> statement-breakpoint
ALTER TABLE `saved_views` ADD `shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Undos, releases and document views are records of what happened: append-only like decisions.
CREATE TRIGGER decision_undos_no_update BEFORE UPDATE ON decision_undos BEGIN SELECT RAISE(ABORT, 'decision_undos are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_undos_no_delete BEFORE DELETE ON decision_undos BEGIN SELECT RAISE(ABORT, 'decision_undos are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_releases_no_update BEFORE UPDATE ON decision_releases BEGIN SELECT RAISE(ABORT, 'decision_releases are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER decision_releases_no_delete BEFORE DELETE ON decision_releases BEGIN SELECT RAISE(ABORT, 'decision_releases are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER document_views_no_update BEFORE UPDATE ON document_views BEGIN SELECT RAISE(ABORT, 'document_views are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER document_views_no_delete BEFORE DELETE ON document_views BEGIN SELECT RAISE(ABORT, 'document_views are append-only'); END;
