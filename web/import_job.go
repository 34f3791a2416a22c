package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/tizim/tizim"
)

// importJobPage is the data of a job's status page.
type importJobPage struct {
	File      string
	Done      bool
	Rows      int64
	Rate      int64  // rows a second so far
	Percent   int    // of the file's bytes read; -1 when unknown
	Left      string // time left, "" when unknown
	Summary   *tizim.ImportSummary
	Error     string
	Problems  []string
	Pager     pager
	MoreWarns int
}

// importJobShow shows how an import is going: rows read, rate and time left while it runs,
// refreshing itself every two seconds without JavaScript; the summary when it is done. A job
// is visible only to the user who started it.
func (s *Server) importJobShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	j := s.imports.findJob(r.PathValue("id"), v.user.ID)
	if j == nil {
		s.fail(w, r, v, tizim.Errorf(tizim.ENOTFOUND, "There is no such import; it may have ended more than an hour ago."))
		return
	}
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	fin, sum, jerr := j.state()
	p := importJobPage{File: j.name, Done: !fin.IsZero(), Rows: j.rows.Load(), Summary: sum, Percent: -1}
	end := s.now()
	if p.Done {
		end = fin
	}
	if el := end.Sub(j.started).Seconds(); el > 0 {
		p.Rate = int64(float64(p.Rows) / el)
		if read := j.read.Load(); j.size > 0 && read > 0 && !p.Done {
			frac := min(float64(read)/float64(j.size), 1)
			p.Percent = int(frac * 100)
			p.Left = (time.Duration(el/frac*(1-frac)) * time.Second).Round(time.Second).String()
		}
	}
	if sum != nil {
		p.Rows = int64(sum.Rows)
		p.MoreWarns = sum.Warnings - min(sum.Warnings, previewWarnings)
		p.Problems, p.Pager = problemPage(sum.Problems, page, func(n int) string {
			return "/import/jobs/" + j.id + "?page=" + strconv.Itoa(n)
		})
	}
	if jerr != nil {
		p.Error = translate(v.lang, "import.failed")
		if sum != nil && sum.Invalid > 0 {
			p.Error = translate(v.lang, "import.invalid_rows", sum.Invalid)
		} else if tizim.ErrorCode(jerr) != tizim.EINTERNAL {
			p.Error += " " + tizim.ErrorMessage(jerr)
		}
	}
	if !p.Done {
		// The meta element in the page does the same for browsers that ignore the header.
		w.Header().Set("Refresh", "2")
	}
	s.render(w, r, v, http.StatusOK, "import_job.html", translate(v.lang, "import.job"), p)
}
