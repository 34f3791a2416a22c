package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// apiRecord returns one record, redacted as on its page.
func (s *Server) apiRecord(w http.ResponseWriter, r *http.Request, v *visitor) {
	id, err := pathID(r.PathValue("id"), "record")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	rec, err := s.findRecord(r, v, id)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.json(w, http.StatusOK, v.redact(rec))
}

// apiSource returns one source.
func (s *Server) apiSource(w http.ResponseWriter, r *http.Request, v *visitor) {
	id, err := pathID(r.PathValue("id"), "source")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	src, err := s.findSource(r, v, id)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	// The store counts all of the source's records; say only how many the caller may see.
	_, n, err := s.cfg.Records.FindRecords(r.Context(), tizim.RecordFilter{Source: &src.Key, Clearance: v.readClearance(), Page: tizim.Page{Limit: 1}})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	cp := *src
	cp.Records = n
	s.json(w, http.StatusOK, &cp)
}

// apiNotFound answers API addresses that do not exist, in JSON.
func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request, v *visitor) {
	s.fail(w, r, v, tizim.Errorf(tizim.ENOTFOUND, "There is no API endpoint at this address."))
}
