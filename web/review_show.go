package web

import (
	"net/http"

	"github.com/tizim/tizim"
)

// reviewPage is the data of one review pair's page.
type reviewPage struct {
	Pair       *tizim.ReviewPair
	Records    []*tizim.Record // A and B
	Judgements []tizim.Judgement
	Error      string
}

// reviewShow shows two records side by side with the matcher's evidence, field by field, and
// the form to decide: same person, different people, or unsure.
func (s *Server) reviewShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	page, err := s.reviewPair(r, v)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.render(w, r, v, http.StatusOK, "review.html", translate(v.lang, "review.pair"), page)
}

// reviewPair loads a pair whose two records the visitor may see in full.
func (s *Server) reviewPair(r *http.Request, v *visitor) (*reviewPage, error) {
	if s.cfg.Reviews == nil {
		return nil, errNoReviews
	}
	id, err := pathID(r.PathValue("id"), "review pair")
	if err != nil {
		return nil, err
	}
	p, err := s.cfg.Reviews.FindReviewPair(r.Context(), id)
	if err != nil {
		return nil, err
	}
	page := &reviewPage{Pair: p}
	for _, rid := range []int64{p.A, p.B} {
		rec, err := s.findRecord(r, v, rid)
		if err != nil || v.redacts(rec.Consent) {
			return nil, tizim.Errorf(tizim.ENOTFOUND, "There is no review pair with the id %d.", id)
		}
		page.Records = append(page.Records, rec)
	}
	js, err := s.visibleJudgements(r, v, page.Records)
	for _, j := range js {
		if (j.A == p.A && j.B == p.B) || (j.A == p.B && j.B == p.A) {
			page.Judgements = append(page.Judgements, j)
		}
	}
	return page, err
}
