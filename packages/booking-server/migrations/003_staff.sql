-- Staff accounts and their sessions, for the staff desk (/staff/).
--
-- An account belongs to one centre and sees only that centre's bookings and
-- exam requests. It signs in with a password (argon2id, PHC string) or with
-- OpenID Connect (`oidc_subject` = issuer#subject), never both.
CREATE TABLE staff_users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  centre_id text NOT NULL,
  password_hash text,
  oidc_subject text UNIQUE,
  created_at timestamptz NOT NULL,
  CONSTRAINT staff_users_one_way_in CHECK ((password_hash IS NULL) <> (oidc_subject IS NULL))
);

-- A session is a random 256-bit cookie value; the database keeps its SHA-256
-- only, so a copy of this table signs nobody in. `csrf_token` is the
-- synchronizer token every form of the session carries.
CREATE TABLE staff_sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE INDEX staff_sessions_expires_at ON staff_sessions (expires_at);
CREATE INDEX staff_sessions_user_id ON staff_sessions (user_id);
