package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// reviewRow is one pair of the review queue as the list shows it.
type reviewRow struct {
	tizim.ReviewPair
	A, B *tizim.Record
}

// reviewListPage is the data of the review queue page.
type reviewListPage struct {
	Rows  []reviewRow
	Pager pager
	Done  string // the pair just decided, to say so
}

// errNoReviews answers the review pages when the server has no review queue.
var errNoReviews = tizim.Errorf(tizim.ENOTFOUND, "The review queue is not set up on this server.")

// reviewList shows the open pairs the reviewer may see, most likely matches first.
func (s *Server) reviewList(w http.ResponseWriter, r *http.Request, v *visitor) {
	if s.cfg.Reviews == nil {
		s.fail(w, r, v, errNoReviews)
		return
	}
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	size := s.cfg.PageSize
	pairs, total, err := s.cfg.Reviews.FindReviewPairs(r.Context(), v.clearance(), tizim.Page{Offset: offset(page, size), Limit: size})
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	data := reviewListPage{Done: r.URL.Query().Get("done"), Pager: newPager(total, size, page, func(n int) string {
		return "/review?page=" + strconv.Itoa(n)
	})}
	for _, p := range pairs {
		a, errA := s.findRecord(r, v, p.A)
		b, errB := s.findRecord(r, v, p.B)
		if errA != nil || errB != nil {
			continue // gone or not visible: the store should not have listed it
		}
		data.Rows = append(data.Rows, reviewRow{ReviewPair: p, A: a, B: b})
	}
	s.render(w, r, v, http.StatusOK, "review_list.html", translate(v.lang, "review.title"), data)
}
