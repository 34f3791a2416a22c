package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// homePage is the data of the home page.
type homePage struct {
	People, Records, Sources, Facilities int
}

// Empty reports whether there is nothing the visitor may see, so the page explains how to start.
func (h homePage) Empty() bool { return h.People == 0 && h.Records == 0 }

// home shows what the database holds for this visitor, a search box, and how to import data when
// it holds nothing yet. Every count is of what the visitor may see.
func (s *Server) home(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	one := tizim.Page{Limit: 1}
	var h homePage
	var err error
	if _, h.People, err = s.cfg.People.FindPeople(ctx, tizim.PersonFilter{Clearance: v.clearance(), Page: one}); err != nil {
		s.fail(w, r, v, err)
		return
	}
	if _, h.Records, err = s.cfg.Records.FindRecords(ctx, tizim.RecordFilter{Clearance: v.clearance(), Page: one}); err != nil {
		s.fail(w, r, v, err)
		return
	}
	if _, h.Sources, err = s.cfg.Sources.FindSources(ctx, v.clearance(), one); err != nil {
		s.fail(w, r, v, err)
		return
	}
	if _, h.Facilities, err = s.cfg.Facilities.FindFacilities(ctx, one); err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.render(w, r, v, http.StatusOK, "home.html", translate(v.lang, "home.title"), h)
}
