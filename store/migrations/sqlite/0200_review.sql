-- The review queue of entity resolution (owned by the review queue's author; numbered 0200 so
-- as not to collide with the record schema's or the users' migrations). A pair is two records,
-- a < b, that the matcher could not decide on, with its evidence as a JSON array of
-- {"field","level","weight"}. verdict is the latest judgement a reviewer made on the pair (''
-- when none): the trigger below keeps it in step with the judgements table, so a pair leaves
-- the queue when a reviewer says same or different, and comes back when that is withdrawn.
-- 'matcher' is tizim.Matcher, the author of automatic judgements. Times are Unix nanoseconds.

CREATE TABLE review_pairs (
	id       INTEGER PRIMARY KEY,
	a        INTEGER NOT NULL REFERENCES records(id),
	b        INTEGER NOT NULL REFERENCES records(id),
	prob     REAL NOT NULL,
	weight   REAL NOT NULL,
	evidence TEXT NOT NULL,
	created  INTEGER NOT NULL,
	verdict  TEXT,
	stale    INTEGER NOT NULL DEFAULT 0,
	UNIQUE (a, b)
);
CREATE INDEX review_pairs_queue ON review_pairs(prob);
CREATE INDEX review_pairs_b ON review_pairs(b);

CREATE TRIGGER review_pairs_follow AFTER INSERT ON judgements
WHEN new.by_whom <> 'matcher'
BEGIN
	UPDATE review_pairs SET verdict = (SELECT j.verdict FROM judgements j
		WHERE ((j.a = review_pairs.a AND j.b = review_pairs.b) OR (j.a = review_pairs.b AND j.b = review_pairs.a))
			AND j.by_whom <> 'matcher'
		ORDER BY j.created DESC, j.id DESC LIMIT 1)
	WHERE a = min(new.a, new.b) AND b = max(new.a, new.b);
END;
