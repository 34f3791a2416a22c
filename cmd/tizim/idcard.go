package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/divisions"
	"github.com/tizim/tizim/idcard"
)

func init() {
	register("idcard", "validity, birth date, sex, county of a PRC identity number", runIDCard)
}

// idcardReport is what `tizim idcard --json` prints.
type idcardReport struct {
	Number        string         `json:"number"`
	Valid         bool           `json:"valid"`
	Normalized    string         `json:"normalized"`
	Masked        bool           `json:"masked"`
	Fifteen       bool           `json:"fifteen,omitempty"`
	BirthDate     string         `json:"birth_date"` // EDTF: 1984-01-26, 1984, XXXX-01-26
	Sex           string         `json:"sex"`
	CountyCode    string         `json:"county_code"`
	County        string         `json:"county"`
	CountyLatin   string         `json:"county_latin,omitempty"`
	CountyYears   string         `json:"county_years,omitempty"` // 1984/2015, 1981/.. in use
	CountyCurrent []divisionJSON `json:"county_current"`
	Prefecture    string         `json:"prefecture,omitempty"`
	Province      string         `json:"province,omitempty"`
	Problems      []string       `json:"problems"`
	Notes         []string       `json:"notes"`

	countyYears string // the same years in words, for the text report
}

type divisionJSON struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Latin string `json:"latin"`
}

func runIDCard(ctx context.Context, e *env, args []string) error {
	fs := e.flags("idcard")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim idcard NUMBER")
	}
	// "tizim idcard 653101 19840126 1233" is one number typed in groups.
	n, _ := idcard.Parse(strings.Join(pos, " "))
	rep := report(n)
	if e.json {
		if err := json.NewEncoder(e.stdout).Encode(rep); err != nil {
			return err
		}
	} else {
		writeIDCard(e.stdout, &rep)
	}
	if len(n.Problems) > 0 {
		return tizim.Errorf(tizim.EINVALID, "the identity number is not valid: %s", n.Problems[0])
	}
	return nil
}

func report(n idcard.Number) idcardReport {
	rep := idcardReport{
		Number: n.Raw, Valid: n.Valid, Normalized: n.Normalized, Masked: n.Masked, Fifteen: n.Fifteen,
		BirthDate: birthEDTF(n), Sex: n.Sex, Province: n.Province.Name, Prefecture: n.Prefecture.Name,
		Problems: n.Problems, Notes: n.Notes, CountyCurrent: []divisionJSON{},
	}
	if rep.Problems == nil {
		rep.Problems = []string{}
	}
	if rep.Notes == nil {
		rep.Notes = []string{}
	}
	if n.CountyKnown {
		c := n.County
		rep.CountyCode, rep.County, rep.CountyLatin = c.Code, c.Name, c.Latin
		since := fmt.Sprint(c.Start)
		if c.Start == divisions.FirstYear {
			since += " or earlier"
		}
		rep.CountyYears = fmt.Sprintf("%d/..", c.Start)
		rep.countyYears = "code in use since " + since
		if c.End != 0 {
			rep.CountyYears = fmt.Sprintf("%d/%d", c.Start, c.End)
			rep.countyYears = fmt.Sprintf("code in use from %s until %d", since, c.End)
		}
	}
	for _, d := range n.CountyCurrent {
		rep.CountyCurrent = append(rep.CountyCurrent, divisionJSON{d.Code, d.Name, d.Latin})
	}
	return rep
}

// birthEDTF writes the readable part of the birth date in EDTF, with X for hidden digits.
func birthEDTF(n idcard.Number) string {
	switch {
	case !n.Birth.IsZero():
		return n.Birth.Format("2006-01-02")
	case n.BirthYear == 0 && n.BirthMonth == 0 && n.BirthDay == 0:
		return ""
	}
	part := func(v, width int) string {
		if v == 0 {
			return strings.Repeat("X", width)
		}
		return fmt.Sprintf("%0*d", width, v)
	}
	s := part(n.BirthYear, 4)
	if n.BirthMonth != 0 || n.BirthDay != 0 {
		s += "-" + part(n.BirthMonth, 2)
	}
	if n.BirthDay != 0 {
		s += "-" + part(n.BirthDay, 2)
	}
	return s
}

func writeIDCard(w io.Writer, rep *idcardReport) {
	row := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-12s %s\n", label, value)
		}
	}
	row("Number", rep.Normalized)
	if rep.Normalized == "" {
		row("Number", quoteShort(rep.Number))
	}
	switch {
	case rep.Valid:
		row("Valid", "yes")
	case len(rep.Problems) > 0:
		row("Valid", "NO")
	case rep.Masked:
		row("Valid", "masked: only the visible characters were checked")
	}
	row("Birth date", rep.BirthDate)
	row("Sex", map[string]string{"m": "male", "f": "female"}[rep.Sex])
	if rep.CountyCode != "" {
		row("County", fmt.Sprintf("%s %s (%s), %s", rep.CountyCode, rep.County, rep.CountyLatin, rep.countyYears))
	}
	row("Prefecture", rep.Prefecture)
	row("Province", rep.Province)
	if len(rep.CountyCurrent) > 0 && (len(rep.CountyCurrent) > 1 || rep.CountyCurrent[0].Code != rep.CountyCode ||
		rep.CountyCurrent[0].Name != rep.County) {
		var now []string
		for _, d := range rep.CountyCurrent {
			now = append(now, fmt.Sprintf("%s %s (%s)", d.Code, d.Name, d.Latin))
		}
		row("Now", strings.Join(now, ", "))
	}
	for _, p := range rep.Problems {
		row("Problem", p)
	}
	for _, n := range rep.Notes {
		row("Note", n)
	}
}

// quoteShort shows unreadable input briefly and safely.
func quoteShort(s string) string {
	if len(s) > 40 {
		s = s[:40]
	}
	return fmt.Sprintf("%q", s)
}
