package divisions

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// townshipsXinjiang is derived from modood/Administrative-divisions-of-China @ 57a0aa9,
// dist/streets.csv (WTFPL), the 2023 statistical township codes of Xinjiang; see data/README.md.
//
//go:embed data/townships_xinjiang.csv
var townshipsXinjiang []byte

// Township is a township-level division of Xinjiang (乡, 镇, 街道, and the farms, XPCC regiments
// and other units the statistics count with them), as coded in 2023. Unlike counties, these
// codes have no history here: a township renamed or merged before 2023 is not found.
type Township struct {
	Code   string // nine-digit statistical code
	Name   string // Chinese name, e.g. 托格日尕孜乡
	County string // six-digit code of its county in 2023
	Pinyin string // toneless pinyin, stem first: Tuogerigazi Xiang
}

type townships struct {
	all      []Township
	byCounty map[string][]int
	byKey    map[string][]int
}

var (
	townshipOnce   sync.Once
	townshipLoaded *townships
)

func loadTownships() *townships {
	townshipOnce.Do(func() {
		recs, err := csv.NewReader(bytes.NewReader(townshipsXinjiang)).ReadAll()
		if err != nil || len(recs) == 0 {
			panic(fmt.Sprintf("divisions: embedded township table: %v (%d rows)", err, len(recs)))
		}
		t := &townships{byCounty: map[string][]int{}, byKey: map[string][]int{}}
		for i, rec := range recs[1:] {
			tw := Township{Code: rec[0], Name: rec[1], County: rec[2]}
			var pyStem string
			tw.Pinyin, pyStem = pinyinName(tw.Name, townshipSuffixes)
			stem, _ := splitWith(tw.Name, townshipSuffixes)
			t.all = append(t.all, tw)
			t.byCounty[tw.County] = append(t.byCounty[tw.County], i)
			for _, k := range []string{key(tw.Name), key(stem), key(tw.Pinyin), key(pyStem)} {
				if k != "" && !slices.Contains(t.byKey[k], i) {
					t.byKey[k] = append(t.byKey[k], i)
				}
			}
		}
		townshipLoaded = t
	})
	return townshipLoaded
}

// Townships returns the townships of a Xinjiang county (by its 2023 code), in code order.
func Townships(county string) []Township {
	t := loadTownships()
	var out []Township
	for _, i := range t.byCounty[county] {
		out = append(out, t.all[i])
	}
	return out
}

// FindTownship returns the Xinjiang townships called name: Chinese with or without 乡, 镇 or
// 街道 (and the nationality of a 民族乡), or pinyin; matched like Find. Many names recur in
// several counties, so callers should narrow by county where they know it.
func FindTownship(name string) []Township {
	if len(name) > 200 {
		return nil
	}
	t := loadTownships()
	k := key(toSimplified(name))
	hits := t.byKey[k]
	for _, w := range []string{"township", "town", "subdistrict", "xiang", "zhen", "jiedao"} {
		if len(hits) > 0 {
			break
		}
		if rest, ok := strings.CutSuffix(k, w); ok && rest != "" {
			hits = t.byKey[rest]
		}
	}
	out := make([]Township, len(hits))
	for j, i := range hits {
		out[j] = t.all[i]
	}
	return out
}
