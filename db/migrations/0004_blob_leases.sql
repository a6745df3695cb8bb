CREATE TABLE `blob_leases` (
	`sha256` text NOT NULL,
	`owner` text NOT NULL,
	`kind` text NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`sha256`, `owner`)
);
--> statement-breakpoint
CREATE INDEX `blob_leases_owner_idx` ON `blob_leases` (`owner`);--> statement-breakpoint
CREATE INDEX `materials_preview_sha_idx` ON `materials` (`preview_sha256`);--> statement-breakpoint
CREATE INDEX `materials_thumb_sha_idx` ON `materials` (`thumb_sha256`);