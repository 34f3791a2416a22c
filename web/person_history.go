package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// A person's history page is where a reviewer changes who is who by hand: merge the person with
// another, split a record off, or undo an earlier merge or split. Each of these is a judgement
// with the reviewer's name and reason (DESIGN.md: merging and splitting are judgements, so both
// are reversible and audited), and the page lists every judgement on the person's records.

// historyPage is the data of a person's history page.
type historyPage struct {
	Person     *tizim.Person
	Judgements []historyRow
	Other      string // the merge form's value, shown back after an error
	Error      string
}

// historyRow is one judgement as the history lists it.
type historyRow struct {
	tizim.Judgement
	NameA, NameB string // display names of the two records
	InEffect     bool   // the judgement that counts for its pair (tizim.Effective)
	Undoable     bool   // a reviewer's merge or split in effect, which a withdrawal undoes
}

// personHistory shows the records of a person, the forms to merge and split, and every
// judgement on its records with who made it, when and why. A merged-away id goes to the
// survivor's history.
func (s *Server) personHistory(w http.ResponseWriter, r *http.Request, v *visitor) {
	id, err := pathID(r.PathValue("id"), "person")
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	p, err := s.cfg.People.FindPerson(r.Context(), id, v.clearance())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	if p.ID != id {
		// Not permanent: undoing the merge brings this id back.
		http.Redirect(w, r, historyPath(p.ID), http.StatusSeeOther)
		return
	}
	s.renderHistory(w, r, v, http.StatusOK, &historyPage{Person: p})
}

// historyFailed answers a merge or split that failed: the history page again with the error's
// message and status, or the internal-error page when the error is not the visitor's to read.
func (s *Server) historyFailed(w http.ResponseWriter, r *http.Request, v *visitor, page *historyPage, err error) {
	if tizim.ErrorCode(err) == tizim.EINTERNAL {
		s.fail(w, r, v, err)
		return
	}
	page.Error = tizim.ErrorMessage(err)
	s.renderHistory(w, r, v, tizim.HTTPStatus(err), page)
}

// renderHistory fills in the judgements of page.Person and renders the page.
func (s *Server) renderHistory(w http.ResponseWriter, r *http.Request, v *visitor, status int, page *historyPage) {
	js, err := s.visibleJudgements(r, v, page.Person.Records)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	names := map[int64]string{}
	for _, rec := range page.Person.Records {
		names[rec.ID] = rec.DisplayName()
	}
	effective := map[int64]bool{}
	for _, j := range tizim.Effective(js) {
		effective[j.ID] = true
	}
	for _, j := range js {
		row := historyRow{Judgement: j, InEffect: effective[j.ID]}
		row.Undoable = row.InEffect && !j.Automatic()
		for _, x := range []struct {
			id   int64
			name *string
		}{{j.A, &row.NameA}, {j.B, &row.NameB}} {
			if _, ok := names[x.id]; !ok {
				// visibleJudgements let the judgement through, so the visitor may see the record
				if rec, err := s.findRecord(r, v, x.id); err == nil && !v.redacts(rec.Consent) {
					names[x.id] = rec.DisplayName()
				}
			}
			*x.name = names[x.id]
		}
		page.Judgements = append(page.Judgements, row)
	}
	title := page.Person.Name
	if title == "" {
		title = translate(v.lang, "person.withheld")
	}
	s.render(w, r, v, status, "person_history.html", translate(v.lang, "history.title")+": "+title, page)
}

// historyPath is the address of a person's history page.
func historyPath(person int64) string {
	return "/people/" + strconv.FormatInt(person, 10) + "/history"
}

// formPerson reads the person named in the path for a merge or split, with the records the
// visitor may see in full, and parses the posted form.
func (s *Server) formPerson(w http.ResponseWriter, r *http.Request, v *visitor) (*tizim.Person, error) {
	id, err := pathID(r.PathValue("id"), "person")
	if err != nil {
		return nil, err
	}
	p, err := s.cfg.People.FindPerson(r.Context(), id, v.clearance())
	if err != nil {
		return nil, err
	}
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	return p, nil
}

// personOf returns the id of the person the record belongs to now.
func (s *Server) personOf(r *http.Request, record int64) (int64, error) {
	rec, err := s.cfg.Records.FindRecordByID(r.Context(), record)
	if err != nil {
		return 0, err
	}
	return rec.PersonID, nil
}
