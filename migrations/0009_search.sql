-- Search (FTS5) over tasks (title, description, labels) and chat messages, kept current by
-- triggers. Case and diacritics are ignored; prefixes of 2 and 3 characters are indexed so the
-- word being typed matches quickly.
-- Tasks: the words of each task's title, description and labels, read from a view (external
-- content: the text is not stored twice). The index must be told a row's old words before they
-- change, so each change has a trigger before it (the old words out) and after it (the new in).
CREATE VIEW `tasks_search` AS
SELECT t.`id` AS id, t.`title` AS title, t.`description` AS description,
  coalesce((SELECT group_concat(l.`name`, ' ') FROM `task_labels` tl
    JOIN `labels` l ON l.`id` = tl.`label_id` WHERE tl.`task_id` = t.`id`), '') AS labels
FROM `tasks` t;
--> statement-breakpoint
CREATE VIRTUAL TABLE `tasks_fts` USING fts5(
  title, description, labels, content = 'tasks_search', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `tasks_fts` (`tasks_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_insert` AFTER INSERT ON `tasks` BEGIN
  INSERT INTO `tasks_fts` (rowid, title, description, labels)
  SELECT id, title, description, labels FROM `tasks_search` WHERE id = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_before_update` BEFORE UPDATE OF `title`, `description` ON `tasks` BEGIN
  INSERT INTO `tasks_fts` (`tasks_fts`, rowid, title, description, labels)
  SELECT 'delete', id, title, description, labels FROM `tasks_search` WHERE id = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_update` AFTER UPDATE OF `title`, `description` ON `tasks` BEGIN
  INSERT INTO `tasks_fts` (rowid, title, description, labels)
  SELECT id, title, description, labels FROM `tasks_search` WHERE id = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_delete` BEFORE DELETE ON `tasks` BEGIN
  INSERT INTO `tasks_fts` (`tasks_fts`, rowid, title, description, labels)
  SELECT 'delete', id, title, description, labels FROM `tasks_search` WHERE id = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_before_label_added` BEFORE INSERT ON `task_labels` BEGIN
  INSERT INTO `tasks_fts` (`tasks_fts`, rowid, title, description, labels)
  SELECT 'delete', id, title, description, labels FROM `tasks_search` WHERE id = NEW.`task_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_label_added` AFTER INSERT ON `task_labels` BEGIN
  INSERT INTO `tasks_fts` (rowid, title, description, labels)
  SELECT id, title, description, labels FROM `tasks_search` WHERE id = NEW.`task_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_before_label_removed` BEFORE DELETE ON `task_labels` BEGIN
  INSERT INTO `tasks_fts` (`tasks_fts`, rowid, title, description, labels)
  SELECT 'delete', id, title, description, labels FROM `tasks_search` WHERE id = OLD.`task_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_fts_label_removed` AFTER DELETE ON `task_labels` BEGIN
  INSERT INTO `tasks_fts` (rowid, title, description, labels)
  SELECT id, title, description, labels FROM `tasks_search` WHERE id = OLD.`task_id`;
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
