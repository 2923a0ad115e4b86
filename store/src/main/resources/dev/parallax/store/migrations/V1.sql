-- Articles as acknowledged: one row per distinct body text (the id hashes it), and per URL.
CREATE TABLE articles (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,   -- arrival order
  id          TEXT NOT NULL UNIQUE,
  input       TEXT NOT NULL,
  url         TEXT UNIQUE,
  title       TEXT,
  outlet      TEXT,
  agency      TEXT,
  byline      TEXT,
  dateline    TEXT,
  published   TEXT,
  language    TEXT,
  text        TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Each story's derived view (the digest's story object) and its members.
CREATE TABLE stories (
  id          TEXT PRIMARY KEY,
  headline    TEXT,
  view_json   TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE TABLE story_articles (
  story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_by_article ON story_articles(article_id);

-- What happened to stories: articles joining, merges, splits.
CREATE TABLE story_history (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  story_id    TEXT NOT NULL,
  at          TEXT NOT NULL,
  event       TEXT NOT NULL,
  detail      TEXT
);

-- Inputs that did not become articles, with their reasons.
CREATE TABLE rejections (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  input       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  at          TEXT NOT NULL
);
