// Package ingest reads the files researchers bring — CSV in any delimiter and encoding, XLSX
// workbooks, JSON Lines — into tizim.Record values, one row at a time.
//
// The idea is that a list is taken as it is, not as we would like it: headers are matched to
// the interchange columns through a table of aliases in English, Chinese, Uyghur and Russian
// (or an explicit mapping file), values are parsed in the forms real lists use, and whatever
// cannot be read is reported with its file, line and column while the cell stays in the
// record's raw row. A Problem is a warning unless the row cannot be read at all or nothing in
// it identifies a person; then the row is invalid and the caller decides (the import command
// writes nothing, or with --skip-invalid rejects the row). Readers stream: memory does not grow
// with the file, and every record is capped in size so that a hostile file gets a clear error
// instead of exhausting the machine. NewImporter is the whole import built on the readers — a
// file's rows written in one transaction, whole or not at all — and is what both `tizim import`
// and the web import page run, through the root package's tizim.Importer.
package ingest
