package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// sourcePage is the data of the source page.
type sourcePage struct {
	Source  *tizim.Source
	Records []*tizim.Record
	Pager   pager
}

// sourceShow shows a source's provenance and the records it holds that the visitor may see, a
// page at a time.
func (s *Server) sourceShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	ctx := r.Context()
	id, err := pathID(r.PathValue("id"), "source")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	src, err := s.findSource(r, v, id)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	size := s.cfg.PageSize
	recs, total, err := s.cfg.Records.FindRecords(ctx, tizim.RecordFilter{
		Source: &src.Key, Clearance: v.readClearance(), Page: tizim.Page{Offset: offset(page, size), Limit: size},
	})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	for i, rec := range recs {
		recs[i] = v.redact(rec)
	}
	data := sourcePage{Source: src, Records: recs, Pager: newPager(total, size, page, func(n int) string {
		return "/sources/" + strconv.FormatInt(id, 10) + "?page=" + strconv.Itoa(n)
	})}
	s.render(w, r, v, http.StatusOK, "source.html", src.Key, data)
}

// findSource returns the source with the id when the visitor may see it.
func (s *Server) findSource(r *http.Request, v *visitor, id int64) (*tizim.Source, error) {
	src, err := s.cfg.Sources.FindSourceByID(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if !src.Consent.Allows(v.clearance()) {
		return nil, tizim.Errorf(tizim.ENOTFOUND, "There is no source with the id %d.", id)
	}
	return src, nil
}
