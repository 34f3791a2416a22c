// Package search finds people by any of their names, in any script, with an index held in
// memory beside the store.
//
// Every name of every record is cut into parts and each part into the phonetic keys of package
// names (Keys), which are shared by all scripts: 伊力哈木, YILIHAMU, ئىلھام, Илһам and Ilham all
// give the key "ilham". The index maps each key to a compact posting list of record slots. A
// query is keyed the same way; the postings of its rarest parts are walked in full, its common
// parts (Memet, Tursun) only checked on the candidates the rare ones found, so that the work
// stays bounded. The few hundred best candidates are re-ranked with names.Compare, weighted by
// name frequencies learned from the indexed records, and grouped into one hit per person.
//
// Each record carries its consent rank: a record above the caller's clearance is skipped before
// it is counted or scored, and the frequencies that weigh a query are those of the records the
// caller may see, so hidden records leak neither through the hits nor through their ranking.
// Load and Sync keep the index current by reading the records created or updated since the
// last read (tizim.RecordFilter.UpdatedAfter).
package search
