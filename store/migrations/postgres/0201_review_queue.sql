-- The review queue, indexed for long queues (a million records give about a million pairs).
-- queue is where a pair stands: 0 open, 1 open but judged unsure (listed after the others),
-- 2 decided (a reviewer said same or different); the judgements trigger keeps it with
-- verdict. consent_rank is the pair's consent rank, the more closed of its two records' (see
-- records.consent_rank), kept in step with the records by the second trigger, so the queue is
-- listed and counted for a clearance from this table alone (review_pairs_order serves both).

ALTER TABLE review_pairs ADD COLUMN queue BIGINT NOT NULL DEFAULT 0;
ALTER TABLE review_pairs ADD COLUMN consent_rank BIGINT NOT NULL DEFAULT 0;
UPDATE review_pairs SET
	queue = CASE WHEN verdict IN ('same', 'different') THEN 2 WHEN verdict = 'unsure' THEN 1 ELSE 0 END,
	consent_rank = (SELECT MAX(r.consent_rank) FROM records r WHERE r.id = review_pairs.a OR r.id = review_pairs.b);
DROP INDEX review_pairs_queue;
CREATE INDEX review_pairs_order ON review_pairs(queue, prob DESC, id, consent_rank);
-- Reviewers' judgements alone (they are few: people make them), for the queue to start new
-- pairs from what reviewers already said.
CREATE INDEX judgements_reviewer ON judgements(created, id, a, b, verdict) WHERE by_whom <> 'matcher';

CREATE OR REPLACE FUNCTION review_pairs_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE review_pairs p SET verdict = (SELECT j.verdict FROM judgements j
		WHERE ((j.a = p.a AND j.b = p.b) OR (j.a = p.b AND j.b = p.a)) AND j.by_whom <> 'matcher'
		ORDER BY j.created DESC, j.id DESC LIMIT 1)
	WHERE p.a = LEAST(NEW.a, NEW.b) AND p.b = GREATEST(NEW.a, NEW.b);
	UPDATE review_pairs p SET queue = CASE WHEN p.verdict IN ('same', 'different') THEN 2 WHEN p.verdict = 'unsure' THEN 1 ELSE 0 END
	WHERE p.a = LEAST(NEW.a, NEW.b) AND p.b = GREATEST(NEW.a, NEW.b);
	RETURN NULL;
END
$$;

CREATE FUNCTION review_pairs_consent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE review_pairs p SET consent_rank = (SELECT MAX(r.consent_rank) FROM records r WHERE r.id = p.a OR r.id = p.b)
	WHERE p.a = NEW.id OR p.b = NEW.id;
	RETURN NULL;
END
$$;

CREATE TRIGGER review_pairs_consent AFTER UPDATE OF consent_rank ON records
FOR EACH ROW WHEN (OLD.consent_rank <> NEW.consent_rank) EXECUTE FUNCTION review_pairs_consent();
