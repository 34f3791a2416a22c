// Package tizim holds the domain of Tizim, a database of people who are arbitrarily detained:
// sources and the records they contain, the people that records are clustered into, the
// judgements that say which records are one person, facilities, and the services that the
// parts of the system implement.
//
// Records are sourced claims, kept as the source said them; a Person is a cluster of records
// that follows from Judgements. This package has no dependencies beyond the standard library;
// storage, resolution, the web server and the command line live in subpackages that speak in
// these types.
package tizim

// Version is the release of Tizim; the build may override it with -ldflags "-X".
var Version = "0.1.0-dev"

// Columns are the interchange columns of CSV files and JSON Lines keys, in their canonical order.
var Columns = []string{
	"source", "record_id", "name", "sex", "birth_date", "id_number", "ethnicity", "hometown",
	"status", "detained_on", "facility", "sentence", "charges", "notes", "consent",
}
