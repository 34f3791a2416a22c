package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// facilityPage is the data of the facility page.
type facilityPage struct {
	Facility *tizim.Facility
	Sources  []string // keys of the sources the visitor may see
	People   []*tizim.Person
	Pager    pager
}

// facilityShow shows a place of detention: its names, kind and place, the sources that speak of
// it, and the people held there whom the visitor may see.
func (s *Server) facilityShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	id, err := pathID(r.PathValue("id"), "facility")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	f, err := s.cfg.Facilities.FindFacilityByID(ctx, id)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	data := facilityPage{Facility: f}
	for _, key := range f.Sources {
		src, err := s.cfg.Sources.FindSource(ctx, key)
		if err == nil && src.Consent.Allows(v.clearance()) {
			data.Sources = append(data.Sources, key)
		} else if err != nil && tizim.ErrorCode(err) != tizim.ENOTFOUND {
			s.fail(w, r, v, err)
			return
		}
	}
	// The store matches episodes by the facility's name as records write it.
	name := f.DisplayName()
	size := s.cfg.PageSize
	people, total, err := s.cfg.People.FindPeople(ctx, tizim.PersonFilter{
		Facility: &name, Clearance: v.clearance(), Page: tizim.Page{Offset: offset(page, size), Limit: size},
	})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	data.People = people
	data.Pager = newPager(total, size, page, func(n int) string {
		return "/facilities/" + strconv.FormatInt(id, 10) + "?page=" + strconv.Itoa(n)
	})
	s.render(w, r, v, http.StatusOK, "facility.html", f.DisplayName(), data)
}
