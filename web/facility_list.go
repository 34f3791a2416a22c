package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// facilityListPage is the data of the list of facilities.
type facilityListPage struct {
	Facilities []*tizim.Facility
	Pager      pager
}

// facilityList lists the places of detention, a page at a time. Facilities are places, not
// people: every visitor may see them; who was held there is on each facility's page.
func (s *Server) facilityList(w http.ResponseWriter, r *http.Request, v *visitor) {
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	size := s.cfg.PageSize
	fs, total, err := s.cfg.Facilities.FindFacilities(r.Context(), tizim.Page{Offset: offset(page, size), Limit: size})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	data := facilityListPage{Facilities: fs, Pager: newPager(total, size, page, func(n int) string {
		return "/facilities?page=" + strconv.Itoa(n)
	})}
	s.render(w, r, v, http.StatusOK, "facilities.html", translate(v.lang, "person.facilities"), data)
}
