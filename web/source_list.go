package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// sourceListPage is the data of the list of sources.
type sourceListPage struct {
	Sources []*tizim.Source
	Pager   pager
}

// sourceList lists the sources the visitor may see, each with the number of its records the
// visitor may see, a page at a time.
func (s *Server) sourceList(w http.ResponseWriter, r *http.Request, v *visitor) {
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	size := s.cfg.PageSize
	srcs, total, err := s.cfg.Sources.FindSources(r.Context(), v.clearance(), tizim.Page{Offset: offset(page, size), Limit: size})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	data := sourceListPage{Sources: srcs, Pager: newPager(total, size, page, func(n int) string {
		return "/sources?page=" + strconv.Itoa(n)
	})}
	s.render(w, r, v, http.StatusOK, "sources.html", translate(v.lang, "person.sources"), data)
}
