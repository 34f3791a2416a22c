-- The read cache's stamp (store/readcache.go) is the largest record id and the latest update
-- time: with this index the latter is one index lookup instead of a read of every record
-- (measured: 0.1 ms instead of 0.2 s at a million records). Readers that follow
-- RecordFilter.UpdatedAfter (the search index's Sync) read only what changed, too. Updates
-- write increasing times, so new entries go to the index's right edge.
CREATE INDEX records_updated ON records(updated);
