package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestAddAndCorrectRecords(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	res, _ := f.do(tizim.Editor, "POST", "/sources", url.Values{"key": {"ngo-list"}, "kind": {"dataset"}, "title": {"NGO list"},
		"acquired": {"2022年5月"}, "consent": {"partners"}, "reliability": {"probable"}})
	if res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/sources/") {
		t.Fatalf("add source: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	for _, tc := range []struct {
		form   url.Values
		status int
	}{
		{url.Values{"key": {"ngo-list"}, "kind": {"dataset"}, "consent": {"partners"}}, 409},                   // taken
		{url.Values{"key": {"x"}, "kind": {"dataset"}, "consent": {"sealed"}}, 403},                            // above the editor's clearance
		{url.Values{"key": {"y"}, "kind": {"rumour"}, "consent": {"public"}}, 400},                             // no such kind
		{url.Values{"key": {"z"}, "kind": {"dataset"}, "consent": {"public"}, "acquired": {"yesterday"}}, 400}, // unreadable date
	} {
		if res, _ := f.do(tizim.Editor, "POST", "/sources", tc.form); res.StatusCode != tc.status {
			t.Errorf("add source %v: %d, want %d", tc.form, res.StatusCode, tc.status)
		}
	}
	add := url.Values{"source": {"ngo-list"}, "names": {"Aygul Tursun\nئايگۈل تۇرسۇن"}, "sex": {"女"}, "birth_date": {"26.01.1984"},
		"status": {"教培"}, "detained_on": {"2017-05"}, "facility": {"Kashgar camp 3"}, "consent": {"partners"}, "notes": {"<b>x</b>"}}
	res, _ = f.do(tizim.Editor, "POST", "/records", add)
	if res.StatusCode != 303 {
		t.Fatalf("add record: %d", res.StatusCode)
	}
	loc := res.Header.Get("Location")
	_, body := f.get(tizim.Viewer, loc)
	for _, want := range []string{"Aygul Tursun", "ئايگۈل تۇرسۇن", "1984-01-26", "female", "camp", "entered_by", "editor-user", "&lt;b&gt;x&lt;/b&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("new record page lacks %q", want)
		}
	}
	id, _ := pathID(strings.TrimPrefix(loc, "/records/"), "record")
	for _, tc := range []struct {
		role   tizim.Role
		form   url.Values
		status int
	}{
		{tizim.Editor, url.Values{"source": {"police"}, "names": {"X"}, "consent": {"sealed"}}, 403},
		{tizim.Editor, url.Values{"source": {"no-such-source"}, "names": {"X"}}, 400},
		{tizim.Editor, url.Values{"source": {"ngo-list"}, "names": {""}}, 400},
		{tizim.Editor, url.Values{"source": {"ngo-list"}, "names": {"X"}, "birth_date": {"soon"}}, 400},
		{tizim.Viewer, url.Values{"source": {"ngo-list"}, "names": {"X"}}, 403},
		// An existing key would overwrite what the source said.
		{tizim.Editor, url.Values{"source": {"family"}, "record_id": {"f1"}, "names": {"Someone Else"}, "consent": {"public"}}, 409},
	} {
		if res, _ := f.do(tc.role, "POST", "/records", tc.form); res.StatusCode != tc.status {
			t.Errorf("add record as %s %v: %d, want %d", tc.role, tc.form, res.StatusCode, tc.status)
		}
	}

	// Correct it: the original stays, the correction is its own record, judged the same person.
	if res, _ := f.do(tizim.Editor, "POST", loc+"/correct", url.Values{"names": {"Aygul Tursun"}, "birth_date": {"1985"}, "consent": {"partners"}}); res.StatusCode != 400 {
		t.Errorf("a correction without a reason: %d", res.StatusCode)
	}
	res, _ = f.do(tizim.Editor, "POST", loc+"/correct", url.Values{"names": {"Aygul Tursun"}, "birth_date": {"1985-01-26"},
		"consent": {"partners"}, "why": {"her passport says 1985"}})
	if res.StatusCode != 303 {
		t.Fatalf("correct: %d", res.StatusCode)
	}
	if r, _ := f.st.FindRecord(ctx, tizim.RecordKey{Source: "family", RecordID: "f1"}); r.DisplayName() != "Ilham Tohti" {
		t.Errorf("the form overwrote family:f1: %q", r.DisplayName())
	}
	orig, err := f.st.FindRecordByID(ctx, id)
	if err != nil || orig.BirthDate.String() != "1984-01-26" {
		t.Errorf("the corrected record changed: %v %v", orig.BirthDate, err)
	}
	_, body = f.get(tizim.Viewer, "/people/"+itoa(orig.PersonID))
	for _, want := range []string{"corrections", "1985-01-26", "1984-01-26", "Where the sources disagree"} {
		if !strings.Contains(body, want) {
			t.Errorf("person page after the correction lacks %q", want)
		}
	}
	_, body = f.get(tizim.Editor, "/people/"+itoa(orig.PersonID))
	if !strings.Contains(body, "correction: her passport says 1985") || !strings.Contains(body, "editor-user") {
		t.Error("the judgement does not say who corrected and why")
	}
	if res, _ := f.get(tizim.Editor, "/records/"+f.id("police:p2")+"/correct"); res.StatusCode != 404 {
		t.Errorf("an editor may open the correction form of a sealed record: %d", res.StatusCode)
	}
}
