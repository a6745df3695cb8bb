DROP INDEX `filings_status_sla_idx`;--> statement-breakpoint
DROP INDEX `filings_status_province_sla_idx`;--> statement-breakpoint
DROP INDEX `filings_status_severity_submitted_idx`;--> statement-breakpoint
DROP INDEX `filings_status_submitted_idx`;--> statement-breakpoint
DROP INDEX `filings_status_type_sla_idx`;--> statement-breakpoint
DROP INDEX `filings_status_kind_sla_idx`;--> statement-breakpoint
CREATE INDEX `filings_status_sla_idx` ON `filings` (`status`,`sla_due_at`,`id`,`claimed_by`,`claim_expires_at`);--> statement-breakpoint
CREATE INDEX `filings_status_province_sla_idx` ON `filings` (`status`,`province`,`sla_due_at`,`id`,`claimed_by`,`claim_expires_at`);--> statement-breakpoint
CREATE INDEX `filings_status_severity_submitted_idx` ON `filings` (`status`,`worst_severity`,`submitted_at`,`id`,`claimed_by`,`claim_expires_at`);--> statement-breakpoint
CREATE INDEX `filings_status_submitted_idx` ON `filings` (`status`,`submitted_at`,`id`,`claimed_by`,`claim_expires_at`);--> statement-breakpoint
CREATE INDEX `filings_status_type_sla_idx` ON `filings` (`status`,`type`,`sla_due_at`,`id`,`claimed_by`,`claim_expires_at`);--> statement-breakpoint
CREATE INDEX `filings_status_kind_sla_idx` ON `filings` (`status`,`subject_kind`,`sla_due_at`,`id`,`claimed_by`,`claim_expires_at`);