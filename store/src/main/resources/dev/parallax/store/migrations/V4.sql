-- The latest update an article states (ISO 8601 like published; null when none is stated).
ALTER TABLE articles ADD COLUMN updated TEXT;
