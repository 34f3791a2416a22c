// Package export writes records and people out of Tizim: CSV and XLSX with the interchange
// columns (so that what is exported can be imported again), JSON Lines, and FollowTheMoney
// entities for Aleph and OpenSanctions tooling.
//
// Two ideas shape it. First, export is where data leaves the protection of the database, so
// --public is built from allowlists: a record is copied field by field into a fresh record
// that holds only what its consent level allows (everything else is never read, so a field
// added to tizim.Record later stays private until someone adds it here). Second, exported
// spreadsheets are opened by people, so a cell that a spreadsheet program would run as a
// formula is neutralised: in CSV it gets a leading apostrophe, which the ingest package takes
// off again; XLSX cells are always written as text, never as formulas.
//
// Write streams: records come from an iterator that the caller feeds page by page from the
// store, and nothing but the current person is held in memory.
package export
