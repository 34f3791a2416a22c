package resolve

import (
	"slices"
	"strings"
	"sync"

	"github.com/tizim/tizim/divisions"
	"github.com/tizim/tizim/names"
)

// maxHomes bounds the codes kept for one home: a county re-coded and split has a few successors.
const maxHomes = 4

// homeCodes returns the codes a record's home stands for. A division code brings the codes that
// cover its area today (Turpan's retired 652101 meets today's 650402); a place without a code is
// looked up by name (Hami, 伊州区, قەشقەر), when the name is not ambiguous. Other codes (postcodes)
// are kept as written, without spaces.
func homeCodes(code, place string) []string {
	code = strings.ReplaceAll(fold(code), " ", "")
	if code != "" {
		if isDigits(code) && len(code) == 6 {
			return divisionCodes(code)
		}
		return []string{code}
	}
	if place == "" {
		return nil
	}
	return placeCodes(place)
}

// divisionCodes returns code and the codes that cover its area today. Callers must not change
// the list: it is shared by every record of that code.
func divisionCodes(code string) []string {
	counties.RLock()
	out, ok := counties.m[code]
	counties.RUnlock()
	if ok {
		return out
	}
	out = []string{code}
	for _, d := range divisions.Current(code) {
		if len(out) < maxHomes && d.Code != code {
			out = append(out, d.Code)
		}
	}
	out = slices.Clip(out)
	counties.Lock()
	if len(counties.m) < maxCachedPlaces {
		counties.m[strings.Clone(code)] = out
	}
	counties.Unlock()
	return out
}

// counties caches divisionCodes: a million records name a few thousand county codes, and
// looking up what covers one today allocated as much as preparing the records' names.
var counties = struct {
	sync.RWMutex
	m map[string][]string
}{m: map[string][]string{}}

// places caches the codes of place names: lists repeat their places many times over.
var places = struct {
	sync.RWMutex
	m map[string][]string
}{m: map[string][]string{}}

// maxCachedPlaces bounds the cache against a list with a different place in every row.
const maxCachedPlaces = 200_000

// placeCodes finds a place name among the divisions; an ambiguous name (several counties of
// one name in different prefectures) gives nothing.
func placeCodes(place string) []string {
	places.RLock()
	codes, ok := places.m[place]
	places.RUnlock()
	if ok {
		return codes
	}
	found := divisions.Find(place)
	if len(found) > 0 && (len(found) == 1 || found[0].Level != found[1].Level || found[0].Code[:4] == found[1].Code[:4]) {
		codes = divisionCodes(found[0].Code)
	}
	places.Lock()
	if len(places.m) < maxCachedPlaces {
		places.m[place] = codes
	}
	places.Unlock()
	return codes
}

// placeScript is the script of a place name's first letter, Latin when it has none.
func placeScript(s string) names.Script {
	if sc := names.FirstScript(s); sc != names.Unknown {
		return sc
	}
	return names.Latin
}
