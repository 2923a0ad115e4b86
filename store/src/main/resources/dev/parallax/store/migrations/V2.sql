-- Serving stories: what the story list shows without reading each view, a change counter for
-- "newest first" and feeds, and each article's vector so that a restart need not re-embed.
ALTER TABLE stories ADD COLUMN lead TEXT;
ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN independent_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN created_at TEXT;
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
CREATE INDEX stories_by_version ON stories(version);

-- Filter keys of a story: kind 'entity' or 'outlet', value folded to lower case.
CREATE TABLE story_keys (
  story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (story_id, kind, value)
);
CREATE INDEX story_keys_by_value ON story_keys(kind, value);

-- The article's unit embedding (float32, little-endian) as the annotate stage computed it.
CREATE TABLE article_vectors (
  article_id  TEXT PRIMARY KEY REFERENCES articles(id),
  vector      BLOB NOT NULL
);
