-- A profile holds one account's tasks, so the task indexes no longer repeat the owner in every
-- entry; the due-date index holds only tasks with a date. Pages of all tasks are read from the
-- table in id order.
DROP INDEX `tasks_user_completed_idx`;--> statement-breakpoint
DROP INDEX `tasks_user_due_idx`;--> statement-breakpoint
DROP INDEX `tasks_user_id_idx`;--> statement-breakpoint
CREATE INDEX `tasks_completed_idx` ON `tasks` (`completed`);--> statement-breakpoint
CREATE INDEX `tasks_due_idx` ON `tasks` (`completed`,`due_date`,`due_time`) WHERE "tasks"."due_date" IS NOT NULL;