package resolve

// jaroWinkler returns the Jaro–Winkler similarity of two strings, 0 (nothing shared) to 1
// (equal), by the textbook definition (Winkler 1990): matches within half the longer length,
// transpositions halved, and up to four characters of common prefix rewarded with p = 0.1.
func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	var bufA, bufB [64]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	if len(ra) > 64 || len(rb) > 64 {
		ra, rb = ra[:min(len(ra), 64)], rb[:min(len(rb), 64)]
	}
	window := max(len(ra), len(rb))/2 - 1
	window = max(window, 0)
	var ma, mb [64]bool
	matches := 0
	for i, c := range ra {
		lo, hi := max(0, i-window), min(len(rb), i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && rb[j] == c {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	trans, j := 0, 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			trans++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(len(ra)) + m/float64(len(rb)) + (m-float64(trans)/2)/m) / 3
	prefix := 0
	for prefix < 4 && prefix < len(ra) && prefix < len(rb) && ra[prefix] == rb[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}
