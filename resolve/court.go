package resolve

import "github.com/tizim/tizim"

// A court's verdict, where a source gives it, tells namesakes apart: among a county's hundred
// Memet Tursuns of one birth year, the one sentenced to ten years for separatism is rarely
// another's. Sources write a sentence and its charges in four languages (有期徒刑10年 and
// "10 лет"; 分裂国家罪 and "separatism"); tizim.ParseSentence and tizim.ParseCharges read them
// to terms and charge codes, and only those are compared: text neither reads is left out, not
// counted as a difference.

// court is what an entry keeps of its episodes' verdicts: the first sentence it can read, as
// a tizim.Term (0 for none), and the union of their charges. One sentence, not a list, keeps an
// entry within its 136 bytes; a person sentenced twice is rare.
type court struct {
	term    int16
	charges tizim.ChargeSet
}

// courtOf reads the verdicts of a record's episodes.
func courtOf(eps []tizim.Episode) court {
	var c court
	for _, ep := range eps {
		if t, ok := tizim.ParseSentence(ep.Sentence); ok && c.term == 0 {
			c.term = int16(t)
		}
		c.charges |= tizim.ParseCharges(ep.Charges)
	}
	return c
}

// compareShared compares two records' sets of codes (charges that ParseCharges knows, statuses):
// -1 when either has none, 0 when they share one, 1 when they share none.
func compareShared[S ~uint16](a, b S) int8 {
	switch {
	case a == 0 || b == 0:
		return -1
	case a&b != 0:
		return 0
	}
	return 1
}
