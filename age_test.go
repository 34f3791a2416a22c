package tizim

import (
	"fmt"
	"strings"
	"testing"
)

func TestBirthFromAge(t *testing.T) {
	for _, c := range []struct {
		text string
		want int // 0: no age read
	}{
		{"aged 42 in 2019", 1977},
		{"Aged 42 in 2019; his father Memet Tursun is also detained", 1977},
		{"his father Memet Tursun is also detained; aged 42 in 2019", 1977},
		{"age 30 in 2018", 1988},
		{"was 42 years old in 2019", 1977},
		{"a 42-year-old teacher, detained in 2017", 1975},
		{"taken in 2017 at the age of 35", 1982},
		{"born 1977, aged 42 in 2019", 1977},
		{"2019年42岁", 1977},
		{"2019年时42周岁，被送往教培中心", 1977},
		{"２０１９年４２岁", 1977},
		{"в 2019 году ему было 42 года", 1977},
		{"в возрасте 35 лет, задержан в 2017 году", 1982},
		{"2019-يىلى 42 ياشتا", 1977},
		{"٢٠١٩-يىلى ٤٢ ياشتا", 1977},
		{"2019-yili 42 yashta", 1977},
		{"aged 0 in 2019", 2019},

		{"", 0},
		{"aged 42", 0},                       // no year: when the source wrote it is not known
		{"sentenced to 10 years in 2019", 0}, // a sentence, not an age
		{"приговорён к 10 годам в 2019 году", 0}, // the same in Russian
		{"осуждён на 10 лет в 2019 году", 0},     // and without было
		{"aged 42 in 1850", 0},                                 // not a year an age is stated at
		{"aged 130 in 2019", 0},                                // no one is
		{"aged 42. Detained in 2019", 0},                       // the year is of another clause
		{"aged 1234 in 2019", 0},                               // four digits are not an age
		{"detained 2017-02, released 2019", 0},                 // years, no age
		{"aged 99999999999999999999 in 2019", 0},               // no overflow
		{"aged 42 in 99999999999999999999999", 0},              // nor here
		{strings.Repeat("x ", AgeText) + "aged 42 in 2019", 0}, // too far into a long text
	} {
		d, ok := BirthFromAge(c.text)
		switch {
		case c.want == 0 && ok:
			t.Errorf("BirthFromAge(%.60q) = %v, want none", c.text, d)
		case c.want != 0 && (!ok || d.String() != fmt.Sprintf("%d/%d", c.want-1, c.want)):
			t.Errorf("BirthFromAge(%.60q) = %v, %v, want %d/%d", c.text, d, ok, c.want-1, c.want)
		}
	}
}

func FuzzBirthFromAge(f *testing.F) {
	for _, s := range []string{"aged 42 in 2019", "2019年42岁", "в 2019 году ему было 42 года", "2019-يىلى 42 ياشتا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := BirthFromAge(s)
		if !ok {
			if !d.IsZero() {
				t.Fatalf("BirthFromAge(%q) = %v with false", s, d)
			}
			return
		}
		if d.Year < earliestBirthYear-1 || d.Year > lastAgeYear || d.Month != 0 || d.End == nil || d.End.Year != d.Year+1 {
			t.Fatalf("BirthFromAge(%q) = %v", s, d)
		}
	})
}
