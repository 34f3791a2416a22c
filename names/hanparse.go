package names

// A run of characters is read as a row of units of hanUnitRows, in every way the table allows,
// and each reading as one name or as two. A name is one unit that stands alone, or two or three
// units where each unit after the first closes a compound or follows a head (阿不都|热合曼,
// 吐尔逊|江, 阿不都|热依木|江). A run is cut where the cheapest reading is two names and all its
// cheapest readings cut at the same place; where no reading covers the whole run, a name that
// the table reads whole at one end shows the cut, if the other end does not show another.

// hanSeg is one unit of a reading: its syllables [start, end) and its unit.
type hanSeg struct {
	start, end int
	unit       hanUnit
}

// maxReadings bounds the readings of a run tried, against hostile input of many short units.
const maxReadings = 256

// unitCut returns after how many syllables the run syl is cut into two names, or 0 to keep it
// whole. A run that is not the whole name (alone) but one part of a name written with marks
// (伊力哈木·土赫提) is cut only where the table reads it whole: a mark already shows a cut.
func unitCut(syl []string, alone bool) int {
	if len(syl) < 4 || len(syl) > 2*hanUnitMax+2 {
		return 0
	}
	readings := unitReadings(syl, 0, nil, nil)
	if len(readings) == 0 {
		if !alone {
			return 0
		}
		return partialCut(syl)
	}
	const none = 1e9
	one, two := none, none
	cuts := map[int]bool{}
	for _, r := range readings {
		one = min(one, nameCost(r, true))
		for j := 1; j < len(r); j++ {
			c := nameCost(r[:j], true) + nameCost(r[j:], false)
			switch {
			case c < two-1e-9:
				two = c
				clear(cuts)
				cuts[r[j].start] = true
			case c < two+1e-9:
				cuts[r[j].start] = true
			}
		}
	}
	if two >= none || one <= two || len(cuts) != 1 {
		return 0
	}
	for k := range cuts {
		return k
	}
	return 0
}

// unitReadings appends to out every reading of syl[i:] as units, each after the units of cur.
func unitReadings(syl []string, i int, cur []hanSeg, out [][]hanSeg) [][]hanSeg {
	if i == len(syl) {
		return append(out, append([]hanSeg(nil), cur...))
	}
	for n := min(hanUnitMax, len(syl)-i); n >= 1 && len(out) < maxReadings; n-- {
		if u, ok := unitBySound(syl[i : i+n]); ok {
			out = unitReadings(syl, i+n, append(cur, hanSeg{i, i + n, u}), out)
		}
	}
	return out
}

// nameCost returns what reading units as one name costs, or a huge cost where they cannot be
// one name. A unit alone costs its alone cost unless it opens the run (买买提 first is the
// given name Memet); a compound of two units 1, of three 2.5, and 1 more where a closing unit
// follows another (玉山|江|古丽 is Hüsenjan and the head of the next name).
func nameCost(units []hanSeg, first bool) float64 {
	const invalid = 1e9
	switch len(units) {
	case 1:
		if units[0].unit.role&unitStands == 0 {
			return invalid
		}
		if first {
			return 0
		}
		return units[0].unit.alone
	case 2, 3:
	default:
		return invalid
	}
	head, last := units[0].unit.role, units[len(units)-1].unit.role
	// 阿依|努尔 Aynur ends with a head after a head; 祖热|阿不都 ends with no name.
	afterHead := units[len(units)-2].unit.role&unitOpens != 0 && last&unitEndsAfterHead != 0
	if head&(unitStands|unitOpens) == 0 || last&(unitStands|unitCloses) == 0 && !afterHead {
		return invalid
	}
	cost := 1.0
	if len(units) == 3 {
		cost = 2.5
	}
	for i := 1; i < len(units); i++ {
		p, u := units[i-1].unit, units[i].unit
		switch {
		case p.id == u.id:
			return invalid // no Memetmemet
		case p.role&(unitOpens|unitCloses) == unitOpens|unitCloses && u.role&(unitStands|unitCloses) == unitStands|unitCloses:
			return invalid // 古丽 closes before 买买提: Gülmemet is no name
		case p.role&unitOpens != 0:
			continue // after a head, any unit: 阿不都|热合曼, 阿依|古丽
		case u.role&unitCloses == 0:
			return invalid
		case i > 1 && p.role&unitCloses != 0:
			cost++
		}
	}
	return cost
}

// partialCut cuts a run that the table does not read whole where it reads one end as a name
// and the rest opens as a name may: not with an ending (江, 古丽) nor with a syllable that only
// closes one (尔 -r, 提 -t). At the start the longest such name is taken where three syllables
// or more are left (阿力玛孜 is Alimaz, not Ali + Maz); at the end, where two are left, the
// longest that does not open with an ending, or that follows an ending closing syllables the
// table does not know (阿曼|古丽|阿不都克力木). An ending inside the
// run (别克, 江, 古丽) after two syllables or more closes the first name where two syllables or
// more follow that do not open with another ending. The cut is made where these agree, or only
// one shows a cut.
func partialCut(syl []string) int {
	n := len(syl)
	atStart, atEnd, atEnding := 0, 0, 0
	for k := n - 3; k >= 2 && atStart == 0; k-- {
		if isOneName(syl[:k]) && opensName(syl[k:]) {
			atStart = k
		}
	}
	for k := 2; k <= n-2 && atEnd == 0; k++ {
		if !opensName(syl[k:]) || endsWithHead(syl[:k]) || endsWithHead(syl[:k-1]) {
			if m := closerAt(syl[k:]); m > 0 && k+m <= n-2 && isOneName(syl[k+m:]) && opensName(syl[k+m:]) {
				atEnd = k + m
			}
			continue
		}
		if isOneName(syl[k:]) {
			atEnd = k
		}
	}
	for k := 2; k <= n-3 && atEnding == 0; k++ {
		if m := endingAt(syl[k:]); m > 0 && k+m <= n-2 && opensAfterEnding(syl[k+m:]) && !opensAfterName(syl[:k], syl[k:k+m]) {
			atEnding = k + m
		}
	}
	cut := 0
	for _, k := range [3]int{atStart, atEnd, atEnding} {
		switch {
		case k == 0 || k == cut:
		case cut == 0:
			cut = k
		default:
			return 0 // the ends disagree
		}
	}
	return cut
}

// endingAt returns how many of the first syllables of syl spell an ending that closes
// compounds and is no name alone (江 -jan, 别克 -bek, 古丽 -gül), or 0: the longest unit read
// there decides (阿依先木 is Ayshem, not -ay).
func endingAt(syl []string) int {
	for n := min(hanUnitMax, len(syl)); n >= 1; n-- {
		if u, ok := unitBySound(syl[:n]); ok {
			if u.role&unitCloses != 0 && u.role&unitStands == 0 {
				return n
			}
			return 0 // the longest unit read there is no ending: 阿依先木 Ayshem
		}
	}
	return 0
}

// opensAfterName reports whether the ending e, which also opens names (阿依 Ay-, 古丽 Gül-),
// opens the second name after first: after a name that an ending closes already, since two
// endings do not follow each other (乌兰别克|古丽米拉).
func opensAfterName(first, e []string) bool {
	u, _ := unitBySound(e)
	if u.role&unitOpens == 0 {
		return false
	}
	return endsWithEnding(first)
}

// endsWithEnding reports whether syl ends with a unit that only closes compounds.
func endsWithEnding(syl []string) bool {
	for n := 1; n <= min(hanUnitMax, len(syl)); n++ {
		if u, ok := unitBySound(syl[len(syl)-n:]); ok && u.role&unitCloses != 0 && u.role&(unitStands|unitOpens) == 0 {
			return true
		}
	}
	return false
}

// opensAfterEnding reports whether syl may be a name after an ending: it opens as a name may,
// with a name that also closes compounds (买买提: 古丽|买买提 is no compound), or with an ending
// that also opens names (别克|古丽米拉: two endings do not follow each other).
func opensAfterEnding(syl []string) bool {
	if neverOpensName[syl[0]] {
		return false
	}
	m := endingAt(syl)
	if m == 0 {
		return true
	}
	u, _ := unitBySound(syl[:m])
	return u.role&unitOpens != 0
}

// neverOpensName are the syllables that close a syllable of a transcribed name and open none:
// 尔 -r, 甫 -p, 提 -t, 孜 -z. Source: the reference's "Chinese-character forms" (Tursun →
// tu-er-xun, Memet → mai-mai-ti) and transcribes (hanrun.go).
var neverOpensName = map[string]bool{"er": true, "fu": true, "ti": true, "zi": true}

// opensName reports whether syl may open a name: not with a syllable of neverOpensName nor
// with a unit that closes compounds.
func opensName(syl []string) bool {
	return len(syl) > 0 && !neverOpensName[syl[0]] && closerAt(syl) == 0
}

// closerAt returns how many of the first syllables of syl spell a unit that closes compounds,
// or 0.
func closerAt(syl []string) int {
	for n := min(hanUnitMax, len(syl)); n >= 1; n-- {
		if u, ok := unitBySound(syl[:n]); ok && u.role&unitCloses != 0 {
			return n
		}
	}
	return 0
}

// isOneName reports whether some reading of syl as units is one name.
func isOneName(syl []string) bool {
	for _, r := range unitReadings(syl, 0, nil, nil) {
		if nameCost(r, true) < 1e9 {
			return true
		}
	}
	return false
}

// endsWithHead reports whether syl ends with a unit that only opens compounds.
func endsWithHead(syl []string) bool {
	for n := 1; n <= min(hanUnitMax, len(syl)); n++ {
		if u, ok := unitBySound(syl[len(syl)-n:]); ok && u.role&unitOpens != 0 && u.role&unitCloses == 0 {
			return true
		}
	}
	return false
}
