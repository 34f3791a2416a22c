package web

import "net/http"

// homePage is the data of the home page.
type homePage struct {
	People, Records, Sources, Facilities int
}

// Empty reports whether there is nothing the visitor may see, so the page explains how to start.
func (h homePage) Empty() bool { return h.People == 0 && h.Records == 0 }

// home shows what the database holds for this visitor, a search box, and how to import data when
// it holds nothing yet. Every count is of what the visitor may see.
func (s *Server) home(w http.ResponseWriter, r *http.Request, v *visitor) {
	h, err := s.counts.get(r.Context(), &s.cfg, v.clearance())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.render(w, r, v, http.StatusOK, "home.html", translate(v.lang, "home.title"), h)
}
