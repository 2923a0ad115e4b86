-- Feed polling state, kept so that a restart resumes where it stopped (FeedLedger).
CREATE TABLE feed_state (
  url            TEXT PRIMARY KEY,
  etag           TEXT,
  last_modified  TEXT,
  interval_ms    INTEGER NOT NULL,
  next_poll      TEXT NOT NULL,
  last_polled    TEXT,
  last_error     TEXT,
  failures       INTEGER NOT NULL DEFAULT 0
);

-- Feed entries handled already (stored, or rejected for good): never fetched again.
CREATE TABLE seen_items (
  url      TEXT PRIMARY KEY,
  feed     TEXT NOT NULL,
  outcome  TEXT NOT NULL,
  at       TEXT NOT NULL
);
