-- Exam invigilation requests, and the seats confirmed requests take.
--
-- Never more confirmed requests than seats, and the database says so: a
-- confirmation adds one to the counter row of its centre, day and sitting
-- (exam_seats) in the same transaction that confirms the request, and the
-- CHECK exam_seats_not_overbooked refuses the row once `confirmed` would pass
-- `seats`. Two staff members confirming the last seat at once both upsert the
-- same row: the second waits for the first's row lock, then sees its count.
CREATE TABLE exam_requests (
  -- Chosen by the client (a UUID), so that a repeated POST names the same request.
  id uuid PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'declined', 'cancelled')),
  centre_id text NOT NULL,
  exam_date date NOT NULL,
  -- Where its seat is counted: '' the whole day, 'HH:MM-HH:MM' one sitting.
  seat_pool text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  university text NOT NULL,
  provider_id text,
  course_code text,
  course_name text NOT NULL,
  support jsonb NOT NULL,
  -- As they were when requested: the request keeps them whatever the configuration later says.
  exam_email text NOT NULL,
  fee_amount numeric,
  fee_currency text,
  snapshot jsonb NOT NULL,
  -- Personal data: erased on cancellation, deleted with the row by the purge.
  support_note text,
  name text,
  email text,
  phone text,
  municipality text,
  decline_reason text,
  -- SHA-256 of the canonical request body: a repeated POST is recognised.
  request_hash text NOT NULL,
  -- SHA-256 of the status token; the token itself is never stored.
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  decided_at timestamptz,
  cancelled_at timestamptz,
  CONSTRAINT exam_requests_time_order CHECK (ends_at > starts_at),
  CONSTRAINT exam_requests_contact CHECK (
    status = 'cancelled' OR (name IS NOT NULL AND email IS NOT NULL)
  ),
  CONSTRAINT exam_requests_declined_reason CHECK (
    status <> 'declined' OR decline_reason IS NOT NULL
  )
);

CREATE INDEX exam_requests_centre_date ON exam_requests (centre_id, exam_date);
CREATE INDEX exam_requests_exam_date ON exam_requests (exam_date);

CREATE TABLE exam_seats (
  centre_id text NOT NULL,
  exam_date date NOT NULL,
  seat_pool text NOT NULL,
  -- The centre's seats when last confirmed into (the configuration may change).
  seats integer NOT NULL CHECK (seats >= 0),
  confirmed integer NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
  PRIMARY KEY (centre_id, exam_date, seat_pool),
  CONSTRAINT exam_seats_not_overbooked CHECK (confirmed <= seats)
);

-- Secrets the service makes for itself when none is configured (the key that
-- derives status tokens). Set TOKEN_SECRET instead, so a copy of the database
-- alone gives no token.
CREATE TABLE service_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
