package tizim

import "strings"

// Sex as a source states it: "m", "f", or "" when not stated.
type Sex string

// The sexes a record can state.
const (
	Male   Sex = "m"
	Female Sex = "f"
)

// sexSynonyms maps the words lists use (English, Chinese, Uyghur in Arabic and Latin script,
// Russian, Kazakh) to a sex.
var sexSynonyms = map[string]Sex{
	"m": Male, "male": Male, "man": Male, "男": Male, "男性": Male, "ئەر": Male, "er": Male, "м": Male, "муж": Male,
	"мужской": Male, "ер": Male, "1": Male,
	"f": Female, "female": Female, "woman": Female, "女": Female, "女性": Female, "ئايال": Female, "ayal": Female,
	"ж": Female, "жен": Female, "женский": Female, "әйел": Female, "2": Female,
}

// ParseSex reads a stated sex; an empty string is "", an unknown word is EINVALID.
func ParseSex(s string) (Sex, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	if k == "" || k == "?" || k == "unknown" || k == "未知" {
		return "", nil
	}
	if v, ok := sexSynonyms[k]; ok {
		return v, nil
	}
	return "", Errorf(EINVALID, "unknown sex %q", s)
}
