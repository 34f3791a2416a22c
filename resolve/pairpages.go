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
// votes, and acc shrinks to the pairs it then holds. It runs on one goroutine while the next
// pass's keys are sorted, so it is written for speed: the pages it reads and writes are held
// in locals rather than found for each word, and which pair comes next is chosen without a
// branch, since the two runs interleave at random (BenchmarkMergeVotes, 79 million pairs on a
// Xeon: 511-555 ms against 722-884 with a page look-up and a switch for each word).
func mergeVotes(acc *pairPages, ps []uint64, votes uint64) {
	n := acc.n
	end := n + len(ps)
	acc.resize(end)
	a, p := n-1, len(ps)-1
	rpage, ri, rk := acc.pageOf(a)       // where acc's pair at a is
	wpage, wi, wk := acc.pageOf(end - 1) // where the next merged pair goes
	written := 0
	add := min(votesMask, votes)
	for p >= 0 && a >= 0 {
		av, pk := rpage[ri], ps[p]
		ak := av &^ votesMask
		sum := ak | min(votesMask, av&votesMask+votes)
		out := pk | add
		if ak > pk {
			out = av
		}
		if ak == pk {
			out = sum
		}
		takeA := b2i(ak >= pk)
		a, p = a-takeA, p-b2i(ak <= pk)
		rpage, ri, rk = acc.back(rpage, ri, rk, takeA)
		wpage[wi] = out
		written++
		wpage, wi, wk = acc.back(wpage, wi, wk, 1)
	}
	for ; p >= 0; p-- {
		wpage[wi] = ps[p] | add
		written++
		wpage, wi, wk = acc.back(wpage, wi, wk, 1)
	}
	// acc[:a+1] is in place; the merged rest is the last words written.
	if k := a + 1; k < end-written {
		acc.move(k, end-written, written)
		acc.resize(k + written)
	}
}

// b2i is 1 for true and 0 for false, which the compiler makes without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// back returns where the word step words (0 or 1) before word i of page k is: page k itself,
// or the page before it; before the first word of the first page, i is -1.
func (p *pairPages) back(page []uint64, i, k, step int) ([]uint64, int, int) {
	if i -= step; i < 0 && k > 0 {
		return p.pages[k-1], pageMask, k - 1
	}
	return page, i, k
}

// pageOf returns the page that holds word at, the word's place in it and the page's number
// (no page for at < 0).
func (p *pairPages) pageOf(at int) (page []uint64, i, k int) {
	if at < 0 {
		return nil, 0, 0
	}
	return p.pages[at>>pageShift], at & pageMask, at >> pageShift
}

// move copies the n words from src on to dst, dst < src, a page's run at a time.
func (p *pairPages) move(dst, src, n int) {
	for n > 0 {
		d, s := p.pages[dst>>pageShift][dst&pageMask:], p.pages[src>>pageShift][src&pageMask:]
		c := copy(d[:min(len(d), len(s), n)], s)
		dst, src, n = dst+c, src+c, n-c
	}
}
