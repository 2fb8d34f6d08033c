CREATE TABLE `task_counts` (
	`user_id` text PRIMARY KEY NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`completed` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `messages_conversation_id_idx` ON `messages` (`conversation_id`,`id`);--> statement-breakpoint
INSERT INTO `task_counts` (`user_id`, `total`, `completed`)
SELECT `user_id`, count(*), coalesce(sum(`completed`), 0) FROM `tasks` GROUP BY `user_id`;
--> statement-breakpoint
CREATE TRIGGER `tasks_count_insert` AFTER INSERT ON `tasks` BEGIN
  INSERT INTO `task_counts` (`user_id`, `total`, `completed`) VALUES (NEW.`user_id`, 1, NEW.`completed`)
  ON CONFLICT (`user_id`) DO UPDATE SET `total` = `total` + 1, `completed` = `completed` + excluded.`completed`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_count_delete` AFTER DELETE ON `tasks` BEGIN
  UPDATE `task_counts` SET `total` = `total` - 1, `completed` = `completed` - OLD.`completed`
  WHERE `user_id` = OLD.`user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_count_update` AFTER UPDATE OF `completed`, `user_id` ON `tasks` BEGIN
  UPDATE `task_counts` SET `total` = `total` - 1, `completed` = `completed` - OLD.`completed`
  WHERE `user_id` = OLD.`user_id`;
  INSERT INTO `task_counts` (`user_id`, `total`, `completed`) VALUES (NEW.`user_id`, 1, NEW.`completed`)
  ON CONFLICT (`user_id`) DO UPDATE SET `total` = `total` + 1, `completed` = `completed` + excluded.`completed`;
END;
