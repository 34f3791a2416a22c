package resolve

// pagesOf returns the pairs of ws in pages (ws is copied).
func pagesOf(ws []uint64) *pairPages {
	p := &pairPages{}
	p.resize(len(ws))
	for k := 0; k < len(ws); k += pageWords {
		copy(p.pages[k>>pageShift], ws[k:])
	}
	return p
}

// words returns the pairs in one array.
func (p *pairPages) words() []uint64 {
	out := make([]uint64, 0, p.n)
	for k := range p.pages {
		out = append(out, p.page(k)...)
	}
	return out
}
