CREATE TABLE `labels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `labels_user_name_idx` ON `labels` (`user_id`,`name`);--> statement-breakpoint
CREATE TABLE `reminders` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`occurrence` text NOT NULL,
	`fired_at` text,
	`snoozed_until` text,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `task_completions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`task_id` integer NOT NULL,
	`due_date` text,
	`due_time` text,
	`completed_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `task_completions_task_idx` ON `task_completions` (`task_id`,`id`);--> statement-breakpoint
CREATE TABLE `task_labels` (
	`task_id` integer NOT NULL,
	`label_id` integer NOT NULL,
	PRIMARY KEY(`task_id`, `label_id`),
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`label_id`) REFERENCES `labels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `task_labels_label_idx` ON `task_labels` (`label_id`,`task_id`);--> statement-breakpoint
ALTER TABLE `tasks` ADD `completed_at` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `due_date` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `due_time` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `priority` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `repeat` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `repeat_from` text;--> statement-breakpoint
CREATE INDEX `tasks_user_due_idx` ON `tasks` (`user_id`,`completed`,`due_date`,`due_time`);--> statement-breakpoint
-- Tasks completed before this migration: their last change is the best record of when.
UPDATE `tasks` SET `completed_at` = `updated_at` WHERE `completed` = 1;
