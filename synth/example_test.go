package synth_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/tizim/tizim/synth"
)

// Generate a small corpus in memory: records.csv, truth.csv (which person each record is
// about) and facilities.csv.
func ExampleGenerate() {
	var records, truth bytes.Buffer
	var st synth.Stats
	err := synth.Generate(synth.Config{Persons: 100, Seed: 1, Stats: &st},
		synth.Writers{Records: &records, Truth: &truth, Facilities: io.Discard})
	if err != nil {
		fmt.Println(err)
		return
	}
	header, _, _ := strings.Cut(truth.String(), "\n")
	fmt.Println(header)
	fmt.Println(st.People, "people,", strings.Count(records.String(), "\n")-1 == st.Records)
	// Output:
	// source,record_id,person
	// 100 people, true
}
