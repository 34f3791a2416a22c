package web

// pager is the pagination of a list: links to the first and last pages, the pages around the
// current one, and the total, so every row is reachable however long the list.
type pager struct {
	Total, Page, Pages int
	Beyond             bool // the page is past the end of the list
	More               bool // more rows follow than Total counts (a ranked search's lower bound)
	First, Last        int  // 1-based positions of the rows on this page
	Links              []pageLink
	Prev, Next         string
}

// pageLink is one link of the pagination; Gap marks an ellipsis.
type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool
}

// newPager paginates total rows by size, at page; link gives the address of page n.
func newPager(total, size, page int, link func(n int) string) pager {
	p := pager{Total: total, Page: page, Pages: max(1, (total+size-1)/size)}
	if total > 0 && page <= p.Pages {
		p.First = (page-1)*size + 1
		p.Last = min(page*size, total)
	}
	p.Beyond = total > 0 && page > p.Pages
	if page > 1 {
		p.Prev = link(min(page-1, p.Pages))
	}
	if page < p.Pages {
		p.Next = link(page + 1)
	}
	last := 0
	for _, n := range []int{1, page - 2, page - 1, page, page + 1, page + 2, p.Pages} {
		if n <= last || n < 1 || n > p.Pages {
			continue
		}
		if last != 0 && n > last+1 {
			p.Links = append(p.Links, pageLink{Gap: true})
		}
		p.Links = append(p.Links, pageLink{N: n, URL: link(n), Current: n == page})
		last = n
	}
	return p
}

// offset is where page starts.
func offset(page, size int) int { return (page - 1) * size }
