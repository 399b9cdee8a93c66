-- clientele export sqlite: the records, one table per kind.
-- Dates are TEXT 'YYYY-MM-DD', moments TEXT 'YYYY-MM-DDTHH:MM:SS' in the
-- team's time zone (see meta), money and scores REAL, counts INTEGER,
-- yes/no INTEGER 0/1. Contacts' phones and emails are masked unless the
-- export was made with --reveal (meta.revealed).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  joined TEXT NOT NULL,
  reports_to TEXT REFERENCES members(id),
  left_on TEXT,
  base_bonus REAL,
  birthday TEXT
);
CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  stage TEXT NOT NULL,
  owner TEXT NOT NULL REFERENCES members(id),
  specialist TEXT REFERENCES members(id),
  industry TEXT,
  source TEXT,
  found TEXT NOT NULL,
  since TEXT,
  potential INTEGER NOT NULL,
  tier TEXT,
  tier_reason TEXT,
  notes TEXT
);
CREATE INDEX clients_owner ON clients(owner);
CREATE TABLE contacts (
  client TEXT NOT NULL REFERENCES clients(id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  phone TEXT,
  email TEXT,
  birthday TEXT,
  is_primary INTEGER NOT NULL,
  PRIMARY KEY (client, seq)
);
CREATE TABLE deals (
  id TEXT PRIMARY KEY,
  client TEXT NOT NULL REFERENCES clients(id),
  title TEXT NOT NULL,
  owner TEXT REFERENCES members(id),
  stage TEXT NOT NULL,
  amount REAL NOT NULL,
  opened TEXT NOT NULL,
  closed TEXT,
  due TEXT,
  delivered TEXT
);
CREATE INDEX deals_client ON deals(client);
CREATE INDEX deals_owner ON deals(owner);
CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  client TEXT NOT NULL REFERENCES clients(id),
  received TEXT NOT NULL,
  severity TEXT NOT NULL,
  channel TEXT,
  summary TEXT NOT NULL,
  handler TEXT NOT NULL REFERENCES members(id),
  responded TEXT,
  resolved TEXT,
  satisfaction INTEGER,
  departments TEXT NOT NULL
);
CREATE INDEX complaints_client ON complaints(client);
CREATE INDEX complaints_handler ON complaints(handler);
CREATE TABLE interactions (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES members(id),
  date TEXT NOT NULL,
  client TEXT NOT NULL REFERENCES clients(id),
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  satisfaction INTEGER
);
CREATE INDEX interactions_client ON interactions(client, date);
CREATE INDEX interactions_member ON interactions(member, date);
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES members(id),
  date TEXT NOT NULL,
  client TEXT NOT NULL REFERENCES clients(id),
  purpose TEXT
);
CREATE INDEX plans_member ON plans(member, date);
CREATE INDEX plans_client ON plans(client);
CREATE TABLE attendance (
  member TEXT NOT NULL REFERENCES members(id),
  date TEXT NOT NULL,
  clock_in TEXT,
  clock_out TEXT,
  status TEXT,
  PRIMARY KEY (member, date)
);
CREATE TABLE leave (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES members(id),
  kind TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  requested TEXT NOT NULL,
  status TEXT NOT NULL,
  approved_by TEXT REFERENCES members(id),
  decided TEXT,
  reason TEXT
);
CREATE INDEX leave_member ON leave(member, from_date);
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  meeting_id TEXT,
  chair TEXT NOT NULL REFERENCES members(id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT,
  minutes TEXT
);
CREATE INDEX meetings_date ON meetings(date);
CREATE TABLE meeting_attendees (
  meeting INTEGER NOT NULL REFERENCES meetings(id),
  member TEXT NOT NULL REFERENCES members(id),
  PRIMARY KEY (meeting, member)
);
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  meeting INTEGER NOT NULL REFERENCES meetings(id),
  number INTEGER NOT NULL,
  task TEXT NOT NULL,
  owner TEXT NOT NULL REFERENCES members(id),
  due TEXT NOT NULL,
  done TEXT
);
CREATE INDEX actions_owner ON actions(owner, due);
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  reviewer TEXT NOT NULL REFERENCES members(id),
  period TEXT NOT NULL,
  of_member TEXT NOT NULL REFERENCES members(id),
  score REAL NOT NULL,
  comment TEXT
);
CREATE INDEX reviews_of ON reviews(of_member, period);
CREATE TABLE awards (
  id INTEGER PRIMARY KEY,
  given_by TEXT NOT NULL REFERENCES members(id),
  member TEXT NOT NULL REFERENCES members(id),
  kind TEXT NOT NULL,
  period TEXT,
  amount REAL,
  reason TEXT NOT NULL
);
CREATE INDEX awards_member ON awards(member);
CREATE TABLE training_sessions (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  topic TEXT NOT NULL,
  category TEXT NOT NULL,
  method TEXT NOT NULL,
  hours REAL NOT NULL,
  trainer TEXT
);
CREATE TABLE training_attendees (
  session TEXT NOT NULL REFERENCES training_sessions(id),
  member TEXT NOT NULL REFERENCES members(id),
  PRIMARY KEY (session, member)
);
CREATE TABLE training_scores (
  session TEXT NOT NULL REFERENCES training_sessions(id),
  member TEXT NOT NULL REFERENCES members(id),
  attempt TEXT NOT NULL CHECK (attempt IN ('first', 'retake')),
  score REAL NOT NULL,
  PRIMARY KEY (session, member, attempt)
);
CREATE INDEX training_scores_member ON training_scores(member);
