package web

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// maxQueryLength bounds every text parameter, in characters.
const maxQueryLength = 200

// filterForm is the people list's filter form as the visitor filled it in, kept as text so the
// form shows back exactly what was typed.
type filterForm struct {
	Q, Status, Home, Facility, Sex, BornFrom, BornTo, Source, Ethnicity, Consent string
	Page                                                                         int
}

// filterParams are the query parameters of the filter form, in the order links write them.
var filterParams = []string{"q", "status", "home", "facility", "sex", "born_from", "born_to", "source", "ethnicity", "consent"}

// fields returns pointers to the form's text fields in filterParams order.
func (f *filterForm) fields() []*string {
	return []*string{&f.Q, &f.Status, &f.Home, &f.Facility, &f.Sex, &f.BornFrom, &f.BornTo, &f.Source, &f.Ethnicity, &f.Consent}
}

// Filtered reports whether any filter other than the name search is set, so the form shows
// them open.
func (f filterForm) Filtered() bool {
	for _, p := range f.fields()[1:] {
		if *p != "" {
			return true
		}
	}
	return false
}

// searchable reports whether the form's filters, if any, are those the ranked name search
// narrows by: home, birth years and sex. A filter added to the form later is not one of them
// until it is named here.
func (f filterForm) searchable() bool {
	rest := f
	rest.Home, rest.BornFrom, rest.BornTo, rest.Sex = "", "", "", ""
	return !rest.Filtered()
}

// query writes the form back as URL parameters, with page p (omitted for page 1).
func (f *filterForm) query(p int) url.Values {
	q := url.Values{}
	for i, ptr := range f.fields() {
		if *ptr != "" {
			q.Set(filterParams[i], *ptr)
		}
	}
	if p > 1 {
		q.Set("page", strconv.Itoa(p))
	}
	return q
}

// text reads one text parameter: valid UTF-8, trimmed, not too long.
func text(q url.Values, name string) (string, error) {
	s := strings.TrimSpace(q.Get(name))
	if !utf8.ValidString(s) {
		return "", tizim.Errorf(tizim.EINVALID, "The %s parameter is not valid text (UTF-8).", name)
	}
	if utf8.RuneCountInString(s) > maxQueryLength {
		return "", tizim.Errorf(tizim.EINVALID, "The %s parameter is too long (at most %d characters).", name, maxQueryLength)
	}
	return s, nil
}

// parseFilter reads the people filter from URL parameters.
func parseFilter(q url.Values) (filterForm, tizim.PersonFilter, error) {
	var form filterForm
	var f tizim.PersonFilter
	for i, p := range form.fields() {
		s, err := text(q, filterParams[i])
		if err != nil {
			return form, f, err
		}
		*p = s
	}
	var err error
	if form.Page, err = pageParam(q); err != nil {
		return form, f, err
	}
	f.Query = form.Q
	if form.Status != "" {
		st, err := tizim.ParseStatus(form.Status)
		if err != nil {
			return form, f, err
		}
		f.Status = &st
	}
	if form.Sex != "" {
		sex, err := tizim.ParseSex(form.Sex)
		if err != nil {
			return form, f, err
		}
		f.Sex = &sex
	}
	if form.Consent != "" {
		c, err := tizim.ParseConsent(form.Consent, "")
		if err != nil {
			return form, f, err
		}
		f.Consent = &c
	}
	for _, y := range []struct {
		s   string
		dst **int
	}{{form.BornFrom, &f.BornFrom}, {form.BornTo, &f.BornTo}} {
		if y.s == "" {
			continue
		}
		n, err := strconv.Atoi(y.s)
		if err != nil || n < 1000 || n > 9999 {
			return form, f, tizim.Errorf(tizim.EINVALID, "A birth year must be four digits, not %q.", y.s)
		}
		*y.dst = &n
	}
	for _, s := range []struct {
		s   string
		dst **string
	}{{form.Home, &f.HomeCode}, {form.Facility, &f.Facility}, {form.Source, &f.Source}, {form.Ethnicity, &f.Ethnicity}} {
		if s.s != "" {
			v := s.s
			*s.dst = &v
		}
	}
	return form, f, nil
}

// pageParam reads ?page=, 1 when absent.
func pageParam(q url.Values) (int, error) {
	s := q.Get("page")
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 1<<30 {
		return 0, tizim.Errorf(tizim.EINVALID, "The page number must be a whole number from 1.")
	}
	return n, nil
}

// pathID reads the numeric id at the end of a path; anything else names nothing.
func pathID(raw, what string) (int64, error) {
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, tizim.Errorf(tizim.ENOTFOUND, "There is no %s with the id %q.", what, raw)
	}
	return id, nil
}
