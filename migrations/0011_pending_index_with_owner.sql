-- Pending and completed tasks keep the owner in their indexes again: paging past thousands of
-- them checks it there, not in each row (0010 left it out). The state comes first, so pages of
-- all tasks, which name no state, still read the table in id order.
DROP INDEX `tasks_completed_idx`;--> statement-breakpoint
DROP INDEX `tasks_due_idx`;--> statement-breakpoint
CREATE INDEX `tasks_completed_user_idx` ON `tasks` (`completed`,`user_id`);--> statement-breakpoint
CREATE INDEX `tasks_due_idx` ON `tasks` (`completed`,`user_id`,`due_date`,`due_time`) WHERE "tasks"."due_date" IS NOT NULL;