package tizim

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"
)

// ImportOptions say how to import one file. The command line and the web page fill them from
// their flags and forms; the importer does the same work for both.
type ImportOptions struct {
	// Source is the source key for files without a source column.
	Source string
	// Consent is the level for rows without a consent value; "" means DefaultConsent.
	Consent Consent
	// Format is "csv", "xlsx" or "jsonl"; "" detects it from the name and the content.
	Format string
	// DryRun reads and checks everything in a transaction that is rolled back, so the counts
	// are exact and nothing is written.
	DryRun bool
	// SkipInvalid writes the valid rows of a file with invalid ones, and returns the invalid
	// rows in ImportSummary.Rejected. Without it a file with an invalid row writes nothing.
	SkipInvalid bool
	// MaxWarnings caps the warnings listed in ImportSummary.Problems (all are counted, and each
	// stays on its record); invalid rows are always listed.
	MaxWarnings int
	// Sample, when above 0, keeps the first Sample valid records read in ImportSummary.Sample,
	// for previews (the invalid rows are in Problems).
	Sample int
	// Mapping maps headers to fields ("name", "birth_date", ... or "-" to keep a column in the
	// raw row only) before the built-in aliases; see ParseMapping.
	Mapping map[string]string
	// Progress, when not nil, is called now and then while the file is read (and once at the
	// end) with the rows read so far and the bytes consumed from the input.
	Progress func(rows int, bytesRead int64)
}

// ImportSummary is what an import did with one file.
type ImportSummary struct {
	File      string `json:"file"`
	Rows      int    `json:"rows"`
	Created   int    `json:"created"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Invalid   int    `json:"invalid"`
	Warnings  int    `json:"warnings"`
	DryRun    bool   `json:"dry_run,omitempty"`
	// Written is true when the file's transaction was committed.
	Written bool `json:"written"`
	// Problems lists every invalid row and the first MaxWarnings warnings, each as one line
	// naming the file, line and column.
	Problems []string `json:"problems,omitempty"`
	// Columns says how each header maps to a field, as "header → field" ("-" for none).
	Columns []string `json:"columns,omitempty"`
	// Rejected holds the invalid rows when SkipInvalid is set, for the caller to write.
	Rejected []RejectedRow `json:"-"`
	// Sample holds the first records read when ImportOptions.Sample asks for them.
	Sample []*Record `json:"-"`
}

// RejectedRow is an invalid row: its line, why it is invalid, and its cells as they arrived.
type RejectedRow struct {
	Line    int
	Reasons []string
	Raw     []Field
}

// Importer reads one file of records and writes it in one transaction: whole, or (when a row is
// invalid and SkipInvalid is not set) not at all. name is used for format detection and
// messages; r is the content, which the caller closes. When the error is not nil the summary,
// if any, still says what was read and lists the problems.
type Importer interface {
	Import(ctx context.Context, name string, r io.Reader, opt ImportOptions) (*ImportSummary, error)
}

// ParseMapping reads the text of a column mapping: either a JSON object {"header": "field", ...}
// or lines "header = field", with blank lines and lines starting with # ignored. Whether the
// fields exist is the importer's to check.
func ParseMapping(text string) (map[string]string, error) {
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.HasPrefix(strings.TrimSpace(text), "{") {
		var raw map[string]string
		if err := json.Unmarshal([]byte(text), &raw); err != nil {
			return nil, Errorf(EINVALID, "not a JSON object of strings: %v", err)
		}
		return raw, nil
	}
	raw := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h, f, ok := strings.Cut(line, "=")
		if !ok {
			return nil, Errorf(EINVALID, "line %d: want \"header = field\", got %q", n, line)
		}
		raw[strings.TrimSpace(h)] = strings.TrimSpace(f)
	}
	if err := sc.Err(); err != nil {
		return nil, Errorf(EINVALID, "%v", err)
	}
	return raw, nil
}
