CREATE TABLE `trash` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`task` text NOT NULL,
	`deleted_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trash_user_deleted_idx` ON `trash` (`user_id`,`deleted_at`);--> statement-breakpoint
CREATE TABLE `undo_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`step` text NOT NULL,
	`source` text NOT NULL,
	`conversation_id` integer,
	`tool` text NOT NULL,
	`task_id` integer NOT NULL,
	`before` text,
	`after` text,
	`undone` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "undo_history_source" CHECK("undo_history"."source" in ('app', 'chat'))
);
--> statement-breakpoint
CREATE INDEX `undo_history_user_undone_idx` ON `undo_history` (`user_id`,`undone`,`id`);--> statement-breakpoint
CREATE INDEX `undo_history_user_step_idx` ON `undo_history` (`user_id`,`step`);--> statement-breakpoint
CREATE INDEX `undo_history_conversation_idx` ON `undo_history` (`conversation_id`,`id`);--> statement-breakpoint
INSERT INTO `undo_history` (`user_id`, `step`, `source`, `conversation_id`, `tool`, `task_id`, `before`, `after`, `undone`, `created_at`)
SELECT `user_id`, 'm' || `batch_id`, 'chat', `conversation_id`, `tool`, `task_id`, `before`, `after`, `undone`, `created_at`
FROM `agent_actions` ORDER BY `id`;
--> statement-breakpoint
DROP TABLE `agent_actions`;