package synth

import (
	"fmt"
	"sort"
	"testing"

	"github.com/tizim/tizim/names"
)

// formKinds names the writings of a name part that the matcher must read as the same name.
var formKinds = []string{"arabic", "cyrillic", "han", "pinyin", "press"}

// maxUnread is the share of a table's writings of one kind that the matcher may fail to read
// as the name's ULY: a few Chinese forms in use (古丽扎尔 Gülzar: 扎 is read as ja) defeat it,
// and the corpus keeps them because lists write them.
const maxUnread = 0.04

// forms returns the writings of n of each kind, other than its ULY.
func forms(n *name) map[string][]string {
	return map[string][]string{
		"arabic": {n.arabic}, "cyrillic": {n.cyr}, "han": n.han, "pinyin": n.pinyin, "press": n.press,
	}
}

// TestNamesReadEveryForm: the names package reads every writing of every generated Turkic name
// part as the same name as its ULY form, so that the corpus tests the matcher on names it can
// read, and a compound whose Chinese form the matcher misreads shows up here rather than as a
// lost match in resolution.
func TestNamesReadEveryForm(t *testing.T) {
	g := newGenerator(1)
	type miss struct {
		uly, form string
		score     float64
	}
	for _, e := range g.eths {
		if e.chinese {
			continue
		}
		misses := map[string][]miss{}
		total := map[string]int{}
		for _, tb := range []nameTable{e.male, e.female} {
			for i := range tb.names {
				n := &tb.names[i]
				for kind, fs := range forms(n) {
					for _, f := range fs {
						total[kind]++
						if s := names.Compare(n.uly, f, nil).Score; s < names.Threshold {
							misses[kind] = append(misses[kind], miss{n.uly, f, s})
						}
					}
				}
			}
		}
		for _, kind := range formKinds {
			ms := misses[kind]
			sort.Slice(ms, func(i, j int) bool { return ms[i].score < ms[j].score })
			share := float64(len(ms)) / float64(total[kind])
			ex := ""
			for _, m := range ms[:min(len(ms), 6)] {
				ex += fmt.Sprintf(" %s/%s %.2f;", m.uly, m.form, m.score)
			}
			t.Logf("%s %s: %d of %d forms below the threshold (%.1f%%):%s", e.key, kind, len(ms), total[kind], 100*share, ex)
			if share > maxUnread {
				t.Errorf("%s %s: %.1f%% of forms not read as their ULY, want at most %.0f%%", e.key, kind, 100*share, 100*maxUnread)
			}
		}
	}
}
