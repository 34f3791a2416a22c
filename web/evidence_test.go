package web

import (
	"strings"
	"testing"

	"github.com/tizim/tizim/resolve"
)

// TestEvidenceLevelsAreTranslated holds every catalog to the matcher's vocabulary: a field or
// level the matcher gains fails here until a reviewer can read it in each language, and a
// level's words that no level uses any more fail too.
func TestEvidenceLevelsAreTranslated(t *testing.T) {
	if fromIDNumber != resolve.FromIDNumber {
		t.Errorf("the web reads values from an ID number by %q, the matcher writes %q", fromIDNumber, resolve.FromIDNumber)
	}
	if fromAge != resolve.FromAge {
		t.Errorf("the web reads years worked out from an age by %q, the matcher writes %q", fromAge, resolve.FromAge)
	}
	used := map[string]bool{"level.from_id": true, "level.from_age": true}
	for _, l := range langs {
		for _, fl := range resolve.EvidenceLevels() {
			if _, ok := catalogs[l.Code]["field."+fl.Field]; !ok {
				t.Errorf("%s: no name for the evidence field %q (field.%s)", l.Code, fl.Field, fl.Field)
			}
			for _, level := range fl.Levels {
				if level == "" {
					continue
				}
				found := false
				for _, key := range []string{"level." + fl.Field + "." + level, "level." + level} {
					if _, ok := catalogs[l.Code][key]; ok {
						used[key], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("%s: no words for %s at level %q (level.%s.%s or level.%s)", l.Code, fl.Field, level, fl.Field, level, level)
				}
			}
		}
	}
	for _, l := range langs {
		for key := range catalogs[l.Code] {
			if strings.HasPrefix(key, "level.") && !used[key] {
				t.Errorf("%s: %q names no level the matcher has", l.Code, key)
			}
		}
	}
}

func TestLevel(t *testing.T) {
	for _, tc := range []struct {
		lang, field, level, want string
	}{
		{"en", "id_number", "one_digit", "one digit differs"},
		{"en", "id_number", "masked_compatible", "fits the masked digits"},
		{"en", "name", "subset", "one name contains the other"},
		{"en", "birth_date", "approximate", "about the same year"},
		// a level's words for one field before its words for any
		{"en", "birth_date", "near", "within two years"},
		{"en", "detained_on", "near", "within three months"},
		{"en", "sex", "different", "different"},
		{"ru", "sex", "different", "различается"},
		{"ug", "id_number", "masked_compatible", "كۆرۈنگەن رەقەملەر ماس"},
		{"zh", "detained_on", "month", "同月"},
		// a value read from an identity number says so, in the reader's words
		{"zh", "birth_date", "exact (from id number)", "同一天（据身份证号）"},
		{"en", "home", "area (from id number)", "same area (read from the ID number)"},
		{"ru", "home", "new_level (from id number)", "new_level (по номеру удостоверения)"},
		// and a year worked out from an age, after the identity number when both are said
		{"en", "birth_date", "approximate (from an age)", "about the same year (worked out from an age)"},
		{"zh", "birth_date", "near (from id number) (from an age)", "相差两年以内（据身份证号）（据年龄推算）"},
		// the prior has no level; a newer matcher's level or field is shown as it is named
		{"en", "prior", "", ""},
		{"zh", "name", "phonetic", "phonetic"},
		{"zh", "shoe_size", "exact", "相同"},
		{"en", "name", "\xff<b>\u202e", "\xff<b>\u202e"},
		{"en", "name.subset", "", ""},
		{"xx", "name", "weak", "only spelled alike"},
	} {
		w := &view{v: anonymous(tc.lang)}
		if got := w.Level(tc.field, tc.level); got != tc.want {
			t.Errorf("%s: Level(%q, %q) = %q, want %q", tc.lang, tc.field, tc.level, got, tc.want)
		}
	}
}
