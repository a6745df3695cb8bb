CREATE TABLE `document_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`material_idx` integer NOT NULL,
	`sha256` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`queued_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`revision_id`) REFERENCES `filing_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_jobs_revision_material_uq` ON `document_jobs` (`revision_id`,`material_idx`);--> statement-breakpoint
CREATE INDEX `document_jobs_status_idx` ON `document_jobs` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `document_readings` (
	`sha256` text NOT NULL,
	`kind` text NOT NULL,
	`reading` text NOT NULL,
	`engine` text NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`sha256`, `kind`)
);
--> statement-breakpoint
ALTER TABLE `filings` ADD `document_check` text DEFAULT 'done' NOT NULL;--> statement-breakpoint
CREATE INDEX `filings_status_document_check_sla_idx` ON `filings` (`status`,`document_check`,`sla_due_at`,`id`,`claimed_by`,`claim_expires_at`);