-- Holds (short leases on a counsellor's time) and bookings.
--
-- No double booking, ever, and the database says so, not the application:
-- a counsellor cannot have two confirmed bookings whose times overlap
-- (bookings_no_double_booking), nor two holds whose times overlap
-- (holds_no_overlap). Both are exclusion constraints on
-- (counsellor, [start, end)), which also covers services of different lengths
-- and configuration changes that move the slot grid. btree_gist lets a GiST
-- index compare the counsellor id with `=`.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE holds (
  id uuid PRIMARY KEY,
  slot_id text NOT NULL,
  counsellor_id text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  -- An expired hold is dead but may linger until someone wants its time:
  -- whoever does deletes it in the same transaction before inserting theirs.
  expires_at timestamptz NOT NULL,
  -- Service, centre, mode and language as offered when held: what the booking copies.
  snapshot jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  CONSTRAINT holds_time_order CHECK (ends_at > starts_at),
  CONSTRAINT holds_no_overlap EXCLUDE USING gist (
    counsellor_id WITH =,
    tstzrange(starts_at, ends_at) WITH &&
  )
);

CREATE INDEX holds_expires_at ON holds (expires_at);

CREATE TABLE bookings (
  -- Chosen by the client (a UUID), so that a retried PUT names the same booking.
  id uuid PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
  slot_id text NOT NULL,
  counsellor_id text NOT NULL,
  -- A snapshot of the slot: the booking keeps its meaning when the configuration changes.
  service_id text NOT NULL,
  centre_id text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('on-site', 'phone', 'video')),
  language text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  snapshot jsonb NOT NULL,
  -- Personal data: erased on cancellation, deleted with the row by the purge.
  name text,
  email text,
  phone text,
  message text,
  -- SHA-256 of the canonical request body: a repeated PUT is recognised without storing it again.
  request_hash text NOT NULL,
  -- SHA-256 of the cancel token; the token itself is never stored in the clear.
  cancel_token_hash text NOT NULL,
  -- The token sealed (AES-256-GCM) with a key derived from the request body,
  -- so only a client repeating the exact request (secret hold id included) can
  -- get it back from an idempotent replay.
  sealed_token text NOT NULL,
  created_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  CONSTRAINT bookings_time_order CHECK (ends_at > starts_at),
  CONSTRAINT bookings_contact CHECK (
    status = 'cancelled' OR (name IS NOT NULL AND (email IS NOT NULL OR phone IS NOT NULL))
  ),
  CONSTRAINT bookings_no_double_booking EXCLUDE USING gist (
    counsellor_id WITH =,
    tstzrange(starts_at, ends_at) WITH &&
  ) WHERE (status = 'confirmed')
);

CREATE INDEX bookings_starts_at ON bookings (starts_at);
CREATE INDEX bookings_ends_at ON bookings (ends_at);
