package resolve

import (
	"slices"
	"strings"
	"testing"
)

// producedEvidence returns every field and level the model's evidence names, over comparisons
// that put each field at each of its levels, with and without the value read from an identity
// number or an age and with and without a rarity adjustment.
func producedEvidence(m *Model) map[[2]string]bool {
	seen := map[[2]string]bool{}
	for f := range nFields {
		for l := range m.Fields[f].Levels {
			for _, fromID := range []uint16{0, 1 << f} {
				for _, c := range []comparison{{}, {logFreq: -30}, {fromAge: true}} {
					c.fromID = fromID
					for g := range c.v {
						c.v[g] = -1
					}
					c.v[f] = int8(l)
					for _, e := range m.evidence(&c) {
						seen[[2]string{e.Field, e.Level}] = true
					}
				}
			}
		}
	}
	return seen
}

func TestEvidenceLevelsCoverTheModel(t *testing.T) {
	m := DefaultModel(Options{})
	listed := map[[2]string]bool{}
	fields := map[string]bool{}
	for _, fl := range EvidenceLevels() {
		if fields[fl.Field] {
			t.Errorf("field %q listed twice", fl.Field)
		}
		fields[fl.Field] = true
		if len(fl.Levels) == 0 {
			t.Errorf("field %q has no levels", fl.Field)
		}
		for _, l := range fl.Levels {
			listed[[2]string{fl.Field, l}] = true
		}
	}
	for _, f := range m.Fields {
		if !fields[f.Name] {
			t.Errorf("the model compares %q, which EvidenceLevels does not list", f.Name)
		}
		for _, l := range f.Levels {
			if !listed[[2]string{f.Name, l.Name}] {
				t.Errorf("the model's level %s.%s is not listed", f.Name, l.Name)
			}
		}
	}
	produced := producedEvidence(m)
	fromID, fromAge := 0, 0
	for fl := range produced {
		level, cut := strings.CutSuffix(fl[1], FromAge)
		if cut {
			fromAge++
		}
		level, cut = strings.CutSuffix(level, FromIDNumber)
		if cut {
			fromID++
		}
		if !listed[[2]string{fl[0], level}] {
			t.Errorf("the evidence names %s at level %q, which EvidenceLevels does not list", fl[0], fl[1])
		}
	}
	if fromID == 0 || fromAge == 0 {
		t.Errorf("evidence read from an identity number %d times, from an age %d: the test does not reach both", fromID, fromAge)
	}
	for fl := range listed {
		if !produced[fl] {
			t.Errorf("EvidenceLevels lists %s at level %q, which the evidence never names", fl[0], fl[1])
		}
	}
}

func TestEvidenceLevelsAreACopy(t *testing.T) {
	first := EvidenceLevels()
	want := slices.Clone(first[0].Levels)
	first[0].Levels[0] = "changed"
	first[0].Levels = append(first[0].Levels[:1], "more")
	if got := EvidenceLevels()[0].Levels; !slices.Equal(got, want) {
		t.Errorf("changing the list changed the matcher's: %v, want %v", got, want)
	}
	if nameLevels[0] != "exact" {
		t.Errorf("the name's first level is %q", nameLevels[0])
	}
}
