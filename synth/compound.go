package synth

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Turkic given names are built from parts: a common stem alone (Memet, Tursun), a head and a
// tail (Abdu- + -rehim, Gül- + -nar, Nur- + -memet), or a stem with an ending (Memet + -jan,
// Tursun + -ay, Almaz + -bek). A handful of parts are everywhere, so the common names collide
// as in life, while their combinations give the thousands of distinct names a real population
// carries. A name table is therefore a list of rules, each a set of heads, a set of tails and an
// invented share of the people named by it; the rows of the table are every head joined to every
// tail that the joining rules allow, weighted by share × head weight × tail weight.

// nameRule is one way of forming names: heads alone (tails nil) or each head joined to each
// tail. share is the part of the table's people named by the rule; the head and tail weights
// rank the parts within it. evenness, when not zero, is an exponent applied to the head
// weights: at 0.5 the ranking of the heads counts less, as for endings that any stem takes
// (Memetjan is common, but so are Ilyasjan and Qasimjan).
type nameRule struct {
	share    float64
	heads    []nameRow
	tails    []nameRow
	evenness float64
}

// maxForms bounds the Chinese and press forms kept for a compound: the usual one and a variant
// of each part.
const maxForms = 3

// ruleRows expands rules into name rows. A name formed by two rules (Memetjan as a stem and as
// Memet + -jan) is one row: the forms of its first appearance and the sum of the weights. Rows
// come out in rule order, so the table, and the corpus, is the same on every run.
func ruleRows(rules []nameRule) []nameRow {
	var out []nameRow
	at := map[string]int{}
	add := func(r nameRow) {
		if i, ok := at[r.uly]; ok {
			out[i].weight += r.weight
			return
		}
		at[r.uly] = len(out)
		out = append(out, r)
	}
	for _, rule := range rules {
		heads := rule.heads
		if rule.evenness != 0 {
			heads = slices.Clone(heads)
			for i := range heads {
				heads[i].weight = math.Pow(heads[i].weight, rule.evenness)
			}
		}
		hs := total(heads)
		if rule.tails == nil {
			for _, h := range heads {
				h.weight = rule.share * h.weight / hs
				add(h)
			}
			continue
		}
		ts := total(rule.tails)
		for _, h := range heads {
			for _, t := range rule.tails {
				if c, ok := join(h, t); ok {
					c.weight = rule.share * h.weight / hs * t.weight / ts
					add(c)
				}
			}
		}
	}
	return out
}

func total(rows []nameRow) float64 {
	s := 0.0
	for _, r := range rows {
		s += r.weight
	}
	return s
}

// join forms the compound of head h and tail t, or reports false where the parts do not join:
// two vowels meet (Uyghur elides or inserts a glide there, in ways particular to each name),
// or the head already ends with the tail.
// Where the last letter of h and the first of t would read as one ULY digraph (Tursun + gül:
// n+g is not ng), the ULY gets the apostrophe that keeps them apart, as the ULY rules require;
// the Arabic and Cyrillic forms are made from it and the Latin writings drop it.
func join(h, t nameRow) (nameRow, bool) {
	last, _ := utf8.DecodeLastRuneInString(h.uly)
	first, _ := utf8.DecodeRuneInString(t.uly)
	if isVowel(last) && isVowel(first) || strings.HasSuffix(strings.ToLower(h.uly), t.uly) {
		return nameRow{}, false // no Memetmemet either
	}
	sep := ""
	if digraphs[string([]rune{last, first})] {
		sep = "'"
	}
	c := nameRow{
		uly:   h.uly + sep + t.uly,
		han:   combine(h.han, t.han, ""),
		press: combine(h.press, t.press, ""),
	}
	if h.cyr != "" && t.cyr != "" {
		c.cyr = h.cyr + t.cyr
	}
	return c, true
}

// combine joins "|"-separated forms of a head and a tail: the usual form of each, then a
// variant of the head with the usual tail and the usual head with a variant of the tail, without
// repeats, at most maxForms. The tail is written in lower case after the head (Mehmet + jan).
func combine(heads, tails, sep string) string {
	hs, ts := strings.Split(heads, "|"), strings.Split(tails, "|")
	for i := range ts {
		ts[i] = strings.ToLower(ts[i])
	}
	forms := []string{hs[0] + sep + ts[0]}
	for _, f := range []string{hs[min(1, len(hs)-1)] + sep + ts[0], hs[0] + sep + ts[min(1, len(ts)-1)]} {
		if len(forms) < maxForms && !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	return strings.Join(forms, "|")
}

// isVowel reports whether r is a vowel letter of ULY (or of the Latin spellings of Kazakh,
// Kyrgyz and Uzbek names in the tables).
func isVowel(r rune) bool { return strings.ContainsRune("aeiouöüéëAEIOUÖÜÉË", r) }

// digraphs are the letter pairs that ULY reads as one letter (ng, sh, ch, zh, gh) and so must
// be split by an apostrophe where two parts of a word meet. Source: the ULY rules as summarised
// in /work/shared/reference/uyghur-names.md ("ULY writes n'g, s'h, c'h, z'h, g'h").
var digraphs = map[string]bool{"ng": true, "sh": true, "ch": true, "zh": true, "gh": true}
