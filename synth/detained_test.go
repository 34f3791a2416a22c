package synth

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// layoutPrecision is how much of a date each layout writes.
var layoutPrecision = map[layout]tizim.Precision{
	layoutZh: tizim.DayPrecision, layoutZhPadded: tizim.DayPrecision, layoutISO: tizim.DayPrecision,
	layoutCompact: tizim.DayPrecision, layoutDotted: tizim.DayPrecision, layoutMonthName: tizim.DayPrecision,
	layoutYear: tizim.YearPrecision, layoutAbout: tizim.YearPrecision, layoutMonth: tizim.MonthPrecision,
	layoutMonthDot: tizim.MonthPrecision,
}

// months counts the months from a to b, ignoring days.
func months(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// sameAt reports whether a written date d says the day t at d's precision.
func sameAt(d tizim.PartialDate, t time.Time) bool {
	switch d.Precision() {
	case tizim.YearPrecision:
		return d.Year == t.Year()
	case tizim.MonthPrecision:
		return d.Year == t.Year() && d.Month == int(t.Month())
	}
	return d.Year == t.Year() && d.Month == int(t.Month()) && d.Day == t.Day()
}

// writtenDates writes a record of every source about each of the people of 3,000 families,
// with the two kinds of detention-date noise at the given rates and no field left empty, and
// calls check with each person, source, date as tizim.ParseDate reads it, and whether each
// kind of noise was applied to that record.
func writtenDates(t *testing.T, later, off float64, check func(p *person, src *source, d tizim.PartialDate, isLater, isOff bool)) {
	t.Helper()
	g := newGenerator(3)
	for i := range g.sources {
		g.sources[i].rates[LaterEpisode], g.sources[i].rates[DetainedOff], g.sources[i].rates[MissingField] = later, off, 0
	}
	r, d := newRand(3, 0), newRand(3, streamDates)
	tl := newTally(g.sources)
	var fam []person
	pool := &episodePool{}
	for f := 0; f < 3000; f++ {
		fam = g.family(r, 1+f%3, fam, pool)
		for i := range fam {
			for s := range g.sources {
				src := &g.sources[s]
				n := &tl.sources[s].Noise
				laterBefore, offBefore := n[LaterEpisode].Applied, n[DetainedOff].Applied
				rw := g.record(r, d, &fam[i], src, tl)
				written := rw.cells[colDetainedOn]
				date, err := tizim.ParseDate(written)
				if err != nil || date.IsZero() {
					t.Fatalf("%s wrote detained_on %q, which tizim.ParseDate does not read: %v", src.key, written, err)
				}
				if _, ok := src.sourceDef.detained[layoutOf(src, date)]; !ok {
					t.Errorf("%s wrote %q at %v precision, not at one of its layouts", src.key, written, date.Precision())
				}
				check(&fam[i], src, date, n[LaterEpisode].Applied > laterBefore, n[DetainedOff].Applied > offBefore)
			}
		}
	}
	for _, s := range tl.sources {
		if later > 0 && s.Noise[LaterEpisode].Applied == 0 {
			t.Errorf("%s: no later_episode date at rate %v", s.Key, later)
		}
		if off > 0 && s.Noise[DetainedOff].Applied == 0 {
			t.Errorf("%s: no detained_off date at rate %v", s.Key, off)
		}
	}
}

// layoutOf returns the source's detention-date layout of the written date's precision.
func layoutOf(src *source, d tizim.PartialDate) layout {
	for l := range src.sourceDef.detained {
		if layoutPrecision[l] == d.Precision() {
			return l
		}
	}
	return -1
}

// TestDetainedOnIsFirstArrestWithoutNoise: with no noise every source gives the start of the
// person's first episode, at its own precision.
func TestDetainedOnIsFirstArrestWithoutNoise(t *testing.T) {
	writtenDates(t, 0, 0, func(p *person, src *source, d tizim.PartialDate, isLater, isOff bool) {
		if first := p.episodes[0].start; !sameAt(d, first) {
			t.Errorf("%s wrote %v, the first arrest was %v", src.key, d, first.Format(time.DateOnly))
		}
	})
}

// TestLaterEpisodeIsALaterStart: a later_episode date is the start of one of the person's
// later episodes, not an arbitrary date; the noise never touches a one-episode history.
func TestLaterEpisodeIsALaterStart(t *testing.T) {
	applied := 0
	writtenDates(t, 1, 0, func(p *person, src *source, d tizim.PartialDate, isLater, isOff bool) {
		if !isLater {
			if !sameAt(d, p.episodes[0].start) {
				t.Errorf("%s: no later_episode, yet it wrote %v for a first arrest on %v", src.key, d, p.episodes[0].start.Format(time.DateOnly))
			}
			return
		}
		applied++
		if len(p.episodes) < 2 {
			t.Fatalf("%s: later_episode on a history of one episode", src.key)
		}
		for _, e := range p.episodes[1:] {
			if sameAt(d, e.start) {
				return
			}
		}
		t.Errorf("%s wrote %v, the start of none of the person's later episodes", src.key, d)
	})
	if applied < 1000 {
		t.Errorf("only %d later_episode dates at rate 1", applied)
	}
}

// TestDetainedOffMovesMonths: a detained_off date is 1–12 months from the first arrest (a
// year-only date at most a year); a date to the day keeps its day, or the month's last day.
func TestDetainedOffMovesMonths(t *testing.T) {
	byPrecision := map[tizim.Precision]int{}
	writtenDates(t, 0, 1, func(p *person, src *source, d tizim.PartialDate, isLater, isOff bool) {
		first := p.episodes[0].start
		if !isOff {
			t.Fatalf("%s: detained_off not applied at rate 1", src.key)
		}
		switch d.Precision() {
		case tizim.YearPrecision:
			if dy := d.Year - first.Year(); dy < -1 || dy > 1 {
				t.Errorf("%s wrote year %d for a first arrest in %d", src.key, d.Year, first.Year())
			}
			if d.Year != first.Year() {
				byPrecision[tizim.YearPrecision]++
			}
			return
		}
		written := time.Date(d.Year, time.Month(d.Month), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
		if m := months(first, written); m == 0 || m < -12 || m > 12 {
			t.Errorf("%s wrote %v, %d months from the first arrest on %v", src.key, d, m, first.Format(time.DateOnly))
		}
		byPrecision[d.Precision()]++
		if d.Precision() == tizim.DayPrecision {
			lastDay := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if d.Day != min(first.Day(), lastDay) {
				t.Errorf("%s wrote %v for a first arrest on %v: the day changed", src.key, d, first.Format(time.DateOnly))
			}
		}
	})
	for _, p := range []tizim.Precision{tizim.YearPrecision, tizim.MonthPrecision, tizim.DayPrecision} {
		if byPrecision[p] == 0 {
			t.Errorf("no detained_off date at %v precision changed what it says", p)
		}
	}
}

func TestAddMonths(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		from time.Time
		k    int
		want time.Time
	}{
		{day(2017, 3, 14), 1, day(2017, 4, 14)},
		{day(2017, 3, 31), 1, day(2017, 4, 30)},   // April has no 31st
		{day(2016, 1, 31), 1, day(2016, 2, 29)},   // leap year
		{day(2017, 12, 15), 1, day(2018, 1, 15)},  // into the next year
		{day(2018, 1, 10), -1, day(2017, 12, 10)}, // into the year before
		{day(2017, 5, 20), 12, day(2018, 5, 20)},
		{day(2017, 5, 31), -12, day(2016, 5, 31)},
	} {
		if got := addMonths(tc.from, tc.k); !got.Equal(tc.want) {
			t.Errorf("addMonths(%s, %d) = %s, want %s", tc.from.Format(time.DateOnly), tc.k,
				got.Format(time.DateOnly), tc.want.Format(time.DateOnly))
		}
	}
}

// TestRecordDateDiffersFromFirstArrest: a person first taken to a camp on 14 March 2017 and
// sentenced on 2 September 2018 is listed by police-list-b (2019) under the prison; with
// later_episode the list gives the day of the sentence, not the day the person was first taken.
func TestRecordDateDiffersFromFirstArrest(t *testing.T) {
	g := newGenerator(1)
	var fam []person
	fam = g.family(newRand(1, 0), 1, fam, &episodePool{})
	p := &fam[0]
	p.episodes = []episode{
		{status: tizim.Camp, start: time.Date(2017, 3, 14, 0, 0, 0, 0, time.UTC), facility: g.facilitiesOfKind[tizim.CampFacility][0]},
		{status: tizim.Sentenced, start: time.Date(2018, 9, 2, 0, 0, 0, 0, time.UTC), facility: g.facilitiesOfKind[tizim.Prison][0], sentence: 10},
	}
	var src *source
	for i := range g.sources {
		if g.sources[i].key == "police-list-b" {
			src = &g.sources[i]
		}
	}
	for _, tc := range []struct {
		later float64
		want  string
	}{{0, "2017-03-14"}, {1, "2018-09-02"}} {
		src.rates[LaterEpisode], src.rates[DetainedOff], src.rates[MissingField] = tc.later, 0, 0
		rw := g.record(newRand(1, 1), newRand(1, streamDates), p, src, newTally(g.sources))
		if got := rw.cells[colDetainedOn]; got != tc.want {
			t.Errorf("later_episode rate %v: police-list-b gives detained_on %q, want %q (first arrest 2017-03-14)", tc.later, got, tc.want)
		}
		if got := rw.cells[colSentence]; got == "" {
			t.Errorf("later_episode rate %v: no sentence written for the current episode", tc.later)
		}
	}
}

// TestDateNoiseChangesOnlyDates: the detention-date noise draws from streams of its own, so a
// corpus generated with it and one generated without it differ in detained_on and nowhere
// else, and their truth is the same.
func TestDateNoiseChangesOnlyDates(t *testing.T) {
	gen := func(noise bool) (records [][]string, truth []byte) {
		g := newGenerator(11)
		if !noise {
			for i := range g.sources {
				g.sources[i].rates[LaterEpisode], g.sources[i].rates[DetainedOff] = 0, 0
			}
		}
		var rec, tr bytes.Buffer
		if err := g.generate(Config{Persons: 5000, Seed: 11}, Writers{Records: &rec, Truth: &tr, Facilities: io.Discard}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&rec).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows, tr.Bytes()
	}
	with, truthWith := gen(true)
	without, truthWithout := gen(false)
	if !bytes.Equal(truthWith, truthWithout) || len(with) != len(without) {
		t.Fatalf("truth.csv differs with the date noise (%d records against %d)", len(with), len(without))
	}
	changed := 0
	for i := range with {
		for col := range with[i] {
			if with[i][col] == without[i][col] {
				continue
			}
			if col != colDetainedOn {
				t.Fatalf("record %d: %s is %q with the date noise, %q without", i, tizim.Columns[col], with[i][col], without[i][col])
			}
			changed++
		}
	}
	if share := float64(changed) / float64(len(with)-1); share < 0.05 || share > 0.25 {
		t.Errorf("the date noise changed %.3f of detention dates, want about 0.14", share)
	}
}
