-- Search (FTS5) over tasks (title, description, labels) and chat messages, kept current by
-- triggers. Case and diacritics are ignored; prefixes of 2 and 3 characters are indexed so the
-- word being typed matches quickly.
-- Tasks: the index keeps its own copy of the text (labels live in another table).
CREATE VIRTUAL TABLE `tasks_fts` USING fts5(
  title, description, labels,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `tasks_fts` (rowid, title, description, labels)
SELECT t.`id`, t.`title`, t.`description`,
  coalesce((SELECT group_concat(l.`name`, ' ') FROM `task_labels` tl
    JOIN `labels` l ON l.`id` = tl.`label_id` WHERE tl.`task_id` = t.`id`), '')
FROM `tasks` t;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_insert` AFTER INSERT ON `tasks` BEGIN
  INSERT INTO `tasks_fts` (rowid, title, description, labels)
  VALUES (NEW.`id`, NEW.`title`, NEW.`description`, '');
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_update` AFTER UPDATE OF `title`, `description` ON `tasks` BEGIN
  UPDATE `tasks_fts` SET title = NEW.`title`, description = NEW.`description`
  WHERE rowid = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_delete` AFTER DELETE ON `tasks` BEGIN
  DELETE FROM `tasks_fts` WHERE rowid = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_label_added` AFTER INSERT ON `task_labels` BEGIN
  UPDATE `tasks_fts` SET labels = coalesce((SELECT group_concat(l.`name`, ' ')
    FROM `task_labels` tl JOIN `labels` l ON l.`id` = tl.`label_id`
    WHERE tl.`task_id` = NEW.`task_id`), '')
  WHERE rowid = NEW.`task_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_label_removed` AFTER DELETE ON `task_labels` BEGIN
  UPDATE `tasks_fts` SET labels = coalesce((SELECT group_concat(l.`name`, ' ')
    FROM `task_labels` tl JOIN `labels` l ON l.`id` = tl.`label_id`
    WHERE tl.`task_id` = OLD.`task_id`), '')
  WHERE rowid = OLD.`task_id`;
END;
--> statement-breakpoint
-- Messages: what people and the assistant said (tool receipts are not text to search). The text
-- stays in `messages` (external content); the index holds only the words.
CREATE VIRTUAL TABLE `messages_fts` USING fts5(
  content, content = 'messages', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `messages_fts` (rowid, content)
SELECT `id`, `content` FROM `messages` WHERE `role` <> 'tool';
--> statement-breakpoint
CREATE TRIGGER `messages_fts_insert` AFTER INSERT ON `messages` WHEN NEW.`role` <> 'tool' BEGIN
  INSERT INTO `messages_fts` (rowid, content) VALUES (NEW.`id`, NEW.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `messages_fts_delete` AFTER DELETE ON `messages` WHEN OLD.`role` <> 'tool' BEGIN
  INSERT INTO `messages_fts` (`messages_fts`, rowid, content) VALUES ('delete', OLD.`id`, OLD.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `messages_fts_update_old` AFTER UPDATE OF `content`, `role` ON `messages`
WHEN OLD.`role` <> 'tool' BEGIN
  INSERT INTO `messages_fts` (`messages_fts`, rowid, content) VALUES ('delete', OLD.`id`, OLD.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `messages_fts_update_new` AFTER UPDATE OF `content`, `role` ON `messages`
WHEN NEW.`role` <> 'tool' BEGIN
  INSERT INTO `messages_fts` (rowid, content) VALUES (NEW.`id`, NEW.`content`);
END;
