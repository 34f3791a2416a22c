package export_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/export"
)

// A public export writes the public record with its allowed fields, the anonymised one without
// anything that identifies the person, and nothing of the internal one.
func ExampleWrite() {
	recs := []*tizim.Record{
		{Source: "ngo", RecordID: "1", Names: []tizim.Name{{Text: "Ilham Tohti", Role: tizim.FullName}}, Sex: tizim.Male,
			IDNumber: "650102196910250011", Episodes: []tizim.Episode{{Status: tizim.Sentenced, Sentence: "life"}}, Consent: tizim.Public},
		{Source: "ngo", RecordID: "2", Names: []tizim.Name{{Text: "Gulnar", Role: tizim.FullName}}, Sex: tizim.Female,
			BirthDate: tizim.PartialDate{Year: 1984, Month: 2, Day: 3}, Episodes: []tizim.Episode{{Status: tizim.Camp, Facility: "Camp 3"}}, Consent: tizim.Anonymised},
		{Source: "ngo", RecordID: "3", Names: []tizim.Name{{Text: "Memet", Role: tizim.FullName}}, Consent: tizim.Internal},
	}
	err := export.Write(context.Background(), os.Stdout, export.Slice(recs), export.Options{Format: "jsonl", Public: true, PublicSources: map[string]bool{"ngo": true}})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"source":"ngo","record_id":"1","name":["Ilham Tohti"],"sex":"m","status":"sentenced","sentence":"life","consent":"public"}
	// {"record_id":"anon-1","sex":"f","birth_date":"1984","status":"camp","facility":"Camp 3","consent":"anonymised"}
}
