package resolve

// pairPages is an array of counted pairs (see packPair) kept in pages of pageWords words. Each
// pass merges its pairs into the pairs of the passes before it; in one array, growing meant a
// new array half as large again and a copy, both held at once: at a million people 77 and 117
// million pairs, 1.5 GB, the largest thing blocking held. Pages grow by adding pages.
type pairPages struct {
	pages [][]uint64 // every page pageWords long
	// spare holds the pages a shrink let go of, for the next pass to grow into: each pass
	// grows the pairs by its own and shrinks them by those the passes before found too.
	spare [][]uint64
	n     int // the pairs held: the first n words
}

const (
	pageShift = 17
	pageWords = 1 << pageShift // a megabyte
	pageMask  = pageWords - 1
)

func (p *pairPages) at(i int) uint64     { return p.pages[i>>pageShift][i&pageMask] }
func (p *pairPages) set(i int, w uint64) { p.pages[i>>pageShift][i&pageMask] = w }

// page returns the pairs of page k.
func (p *pairPages) page(k int) []uint64 {
	return p.pages[k][:min(pageWords, p.n-k<<pageShift)]
}

// resize makes the length n, adding pages (spare ones first) or setting aside those it no
// longer needs; the words a resize adds hold anything.
func (p *pairPages) resize(n int) {
	need := (n + pageMask) >> pageShift
	for len(p.pages) < need {
		if k := len(p.spare) - 1; k >= 0 {
			p.pages, p.spare = append(p.pages, p.spare[k]), p.spare[:k]
			continue
		}
		p.pages = append(p.pages, make([]uint64, pageWords))
	}
	for len(p.pages) > need {
		k := len(p.pages) - 1
		p.spare, p.pages = append(p.spare, p.pages[k]), p.pages[:k]
	}
	p.n = n
}

// free lets go of every page.
func (p *pairPages) free() { *p = pairPages{} }

// mergeVotes merges the sorted distinct pairs ps, each worth votes, into the sorted distinct
// counted pairs acc, in place from the end: acc grows by len(ps), pairs already in acc add the
// votes, and acc shrinks to the pairs it then holds.
func mergeVotes(acc *pairPages, ps []uint64, votes uint64) {
	n := acc.n
	end := n + len(ps)
	acc.resize(end)
	w, a, p := end, n-1, len(ps)-1
	// av is acc's pair at a; the page that holds it is read once per pair anyway.
	var av uint64
	if a >= 0 {
		av = acc.at(a)
	}
	for p >= 0 {
		w--
		switch {
		case a >= 0 && av&^votesMask == ps[p]:
			acc.set(w, av&^votesMask|min(votesMask, av&votesMask+votes))
			a, p = a-1, p-1
			if a >= 0 {
				av = acc.at(a)
			}
		case a >= 0 && av > ps[p]:
			acc.set(w, av)
			a--
			if a >= 0 {
				av = acc.at(a)
			}
		default:
			acc.set(w, ps[p]|min(votesMask, votes))
			p--
		}
	}
	// acc[:a+1] is in place; the merged rest starts at w.
	if k := a + 1; k < w {
		for i := w; i < end; i++ {
			acc.set(k+i-w, acc.at(i))
		}
		acc.resize(k + end - w)
	}
}
