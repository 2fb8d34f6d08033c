CREATE TABLE `agent_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`batch_id` integer NOT NULL,
	`tool` text NOT NULL,
	`task_id` integer NOT NULL,
	`before` text,
	`after` text,
	`undone` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agent_actions_conversation_batch_idx` ON `agent_actions` (`conversation_id`,`batch_id`);--> statement-breakpoint
ALTER TABLE `conversations` ADD `state` text;