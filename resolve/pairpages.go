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
// pass's keys are sorted, so it keeps the pages it reads and writes in hand (pageCursor)
// instead of finding each word's page (BenchmarkMergeVotes, 79 million
// pairs: 533-571 ms against 642-689 on a Xeon).
func mergeVotes(acc *pairPages, ps []uint64, votes uint64) {
	n := acc.n
	end := n + len(ps)
	acc.resize(end)
	a, p := n-1, len(ps)-1
	r := acc.cursor(a)
	w := acc.cursor(end - 1)
	written := 0
	for p >= 0 {
		var out uint64
		switch av := r.word(a); {
		case a >= 0 && av&^votesMask == ps[p]:
			out = av&^votesMask | min(votesMask, av&votesMask+votes)
			a, p = a-1, p-1
			r.back()
		case a >= 0 && av > ps[p]:
			out = av
			a--
			r.back()
		default:
			out = ps[p] | min(votesMask, votes)
			p--
		}
		w.page[w.i] = out
		w.back()
		written++
	}
	// acc[:a+1] is in place; the merged rest is the last words written.
	if k := a + 1; k < end-written {
		acc.move(k, end-written, written)
		acc.resize(k + written)
	}
}

// A pageCursor walks the words of a pairPages backwards, holding the page it is on.
type pageCursor struct {
	pages [][]uint64
	page  []uint64
	k, i  int // the page and the word in it
}

// cursor returns a cursor at word at (none for at < 0).
func (p *pairPages) cursor(at int) pageCursor {
	c := pageCursor{pages: p.pages, k: at >> pageShift, i: at & pageMask}
	if at >= 0 {
		c.page = p.pages[c.k]
	}
	return c
}

// back moves the cursor to the word before.
func (c *pageCursor) back() {
	if c.i--; c.i < 0 {
		if c.k--; c.k >= 0 {
			c.page, c.i = c.pages[c.k], pageMask
		}
	}
}

// word returns the word at the cursor, which is at position at (0 when at < 0, past the
// first).
func (c *pageCursor) word(at int) uint64 {
	if at < 0 {
		return 0
	}
	return c.page[c.i]
}

// move copies the n words from src on to dst, dst < src, a page's run at a time.
func (p *pairPages) move(dst, src, n int) {
	for n > 0 {
		d, s := p.pages[dst>>pageShift][dst&pageMask:], p.pages[src>>pageShift][src&pageMask:]
		c := copy(d[:min(len(d), len(s), n)], s)
		dst, src, n = dst+c, src+c, n-c
	}
}
