CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`actor_email` text,
	`action` text NOT NULL,
	`filing_id` integer,
	`detail` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`filing_id`) REFERENCES `filings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_filing_idx` ON `audit_events` (`filing_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_events_action_idx` ON `audit_events` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `decision_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`violation_id` integer NOT NULL,
	`rule` text NOT NULL,
	`path` text NOT NULL,
	`justification` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_overrides_decision_idx` ON `decision_overrides` (`decision_id`);--> statement-breakpoint
CREATE TABLE `decision_reasons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`code` text NOT NULL,
	`field` text,
	`material_index` integer,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`code`) REFERENCES `reasons`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_reasons_decision_idx` ON `decision_reasons` (`decision_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`filing_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`internal_note` text DEFAULT '' NOT NULL,
	`claimed_at` integer,
	`decided_at` integer NOT NULL,
	`override_count` integer DEFAULT 0 NOT NULL,
	`qa_sampled` integer DEFAULT false NOT NULL,
	`province` text NOT NULL,
	FOREIGN KEY (`filing_id`) REFERENCES `filings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `filing_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_filing_idx` ON `decisions` (`filing_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_decided_idx` ON `decisions` (`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_reviewer_idx` ON `decisions` (`reviewer_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_qa_idx` ON `decisions` (`qa_sampled`,`decided_at`);--> statement-breakpoint
CREATE TABLE `filing_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`filing_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`certificate_number` text NOT NULL,
	`subject_kind` text NOT NULL,
	FOREIGN KEY (`filing_id`) REFERENCES `filings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `filing_contacts_kind_value_idx` ON `filing_contacts` (`kind`,`value`);--> statement-breakpoint
CREATE INDEX `filing_contacts_filing_idx` ON `filing_contacts` (`filing_id`);--> statement-breakpoint
CREATE TABLE `filing_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`filing_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`document` text NOT NULL,
	`received_at` integer NOT NULL,
	`rule_set_version` text NOT NULL,
	FOREIGN KEY (`filing_id`) REFERENCES `filings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `filing_revisions_filing_revision_uq` ON `filing_revisions` (`filing_id`,`revision`);--> statement-breakpoint
CREATE TABLE `filings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text NOT NULL,
	`current_revision` integer NOT NULL,
	`current_revision_id` integer NOT NULL,
	`status` text NOT NULL,
	`type` text NOT NULL,
	`province` text NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_name` text NOT NULL,
	`certificate_number` text NOT NULL,
	`principal_name` text NOT NULL,
	`principal_mobile` text NOT NULL,
	`domains` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`sla_due_at` integer NOT NULL,
	`error_count` integer NOT NULL,
	`warning_count` integer NOT NULL,
	`worst_severity` integer NOT NULL,
	`claimed_by` integer,
	`claimed_at` integer,
	`claim_expires_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`claimed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `filings_external_id_unique` ON `filings` (`external_id`);--> statement-breakpoint
CREATE INDEX `filings_status_sla_idx` ON `filings` (`status`,`sla_due_at`,`id`);--> statement-breakpoint
CREATE INDEX `filings_status_province_sla_idx` ON `filings` (`status`,`province`,`sla_due_at`);--> statement-breakpoint
CREATE INDEX `filings_status_severity_submitted_idx` ON `filings` (`status`,`worst_severity`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `filings_status_submitted_idx` ON `filings` (`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `filings_status_type_sla_idx` ON `filings` (`status`,`type`,`sla_due_at`);--> statement-breakpoint
CREATE INDEX `filings_status_kind_sla_idx` ON `filings` (`status`,`subject_kind`,`sla_due_at`);--> statement-breakpoint
CREATE INDEX `filings_claimed_by_idx` ON `filings` (`claimed_by`,`status`);--> statement-breakpoint
CREATE INDEX `filings_certificate_idx` ON `filings` (`certificate_number`);--> statement-breakpoint
CREATE INDEX `filings_principal_mobile_idx` ON `filings` (`principal_mobile`);--> statement-breakpoint
CREATE INDEX `filings_subject_name_idx` ON `filings` (`subject_name`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_start` integer NOT NULL,
	`blocked_until` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`idx` integer NOT NULL,
	`kind` text NOT NULL,
	`website` integer,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`media_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer,
	`height` integer,
	`preview_sha256` text,
	`thumb_sha256` text,
	`chroma` real,
	`laplacian_variance` real,
	FOREIGN KEY (`revision_id`) REFERENCES `filing_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `materials_revision_idx_uq` ON `materials` (`revision_id`,`idx`);--> statement-breakpoint
CREATE INDEX `materials_sha_idx` ON `materials` (`sha256`);--> statement-breakpoint
CREATE TABLE `qa_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`lead_id` integer NOT NULL,
	`verdict` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `qa_reviews_decision_uq` ON `qa_reviews` (`decision_id`);--> statement-breakpoint
CREATE TABLE `reasons` (
	`code` text PRIMARY KEY NOT NULL,
	`zh` text NOT NULL,
	`en` text NOT NULL,
	`fix_zh` text NOT NULL,
	`fix_en` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `saved_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_views_user_name_uq` ON `saved_views` (`user_id`,`name`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `violations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`path` text NOT NULL,
	`material_index` integer,
	`reason` text NOT NULL,
	`message_zh` text NOT NULL,
	`message_en` text NOT NULL,
	`rule_set_version` text NOT NULL,
	`superseded_at` integer,
	FOREIGN KEY (`revision_id`) REFERENCES `filing_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violations_revision_idx` ON `violations` (`revision_id`,`superseded_at`);