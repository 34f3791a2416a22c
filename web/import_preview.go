package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"strconv"

	"github.com/tizim/tizim"
)

// Preview limits: the records shown as a sample, the warnings kept (invalid rows are always
// kept), and the problems on one page.
const (
	previewSample   = 10
	previewWarnings = 10000
	problemsPerPage = 100
)

// importPreviewPage is the data of the preview: what a dry run of the upload found.
type importPreviewPage struct {
	Token     string // the upload's token, for the confirm button and the problem pages
	File      string
	Size      int64
	Summary   *tizim.ImportSummary
	Sample    []sampleRecord
	Problems  []string
	Pager     pager
	Error     string // why the import would be refused; the confirm button is then absent
	MoreWarns int    // warnings counted but not listed
}

// sampleRecord is one parsed record of the preview, as the importer read it.
type sampleRecord struct {
	Name, Sex, Birth, IDNumber, Ethnicity, Home, Status, Facility, Consent, Source, RecordID string
}

// importPreview saves the uploaded file and shows what importing it would do: a dry run that
// writes nothing.
func (s *Server) importPreview(w http.ResponseWriter, r *http.Request, v *visitor) {
	if s.cfg.Importer == nil {
		s.fail(w, r, v, errNoImporter)
		return
	}
	u, form, err := s.readUpload(w, r, v)
	if err == nil {
		u.opt, err = importOptions(form, v)
		if err != nil {
			os.Remove(u.path)
		}
	}
	if err != nil {
		status, msg := tizim.HTTPStatus(err), tizim.ErrorMessage(err)
		if errors.Is(err, errTooLarge) {
			status, msg = http.StatusRequestEntityTooLarge, translate(v.lang, "import.too_large", s.imports.max>>20)
		} else if status == http.StatusInternalServerError {
			s.log.Error("import upload", "user", v.user.Name, "err", err)
		}
		s.renderImportForm(w, r, v, status, importFormPage{Form: form, Error: msg})
		return
	}
	if err := s.dryRun(r.Context(), u, v); err != nil {
		os.Remove(u.path)
		s.renderImportForm(w, r, v, tizim.HTTPStatus(err), importFormPage{Form: form, Error: tizim.ErrorMessage(err)})
		return
	}
	if u.err != "" {
		// A refused file cannot be committed: only its preview is kept, for the problem pages.
		os.Remove(u.path)
		u.path = ""
	}
	s.imports.addUpload(u)
	s.log.Info("import previewed", "user", v.user.Name, "file", u.name, "bytes", u.size, "rows", u.preview.Rows)
	s.renderPreview(w, r, v, u, 1)
}

// importPreviewShow shows another page of an upload's preview.
func (s *Server) importPreviewShow(w http.ResponseWriter, r *http.Request, v *visitor) {
	u := s.imports.findUpload(r.URL.Query().Get("upload"), v.user.ID)
	if u == nil {
		s.fail(w, r, v, errNoUpload)
		return
	}
	page, err := pageParam(r.URL.Query())
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	s.renderPreview(w, r, v, u, page)
}

// errNoUpload answers a token that names no upload of the visitor's.
var errNoUpload = tizim.Errorf(tizim.ENOTFOUND, "There is no such upload; it may have expired. Upload the file again.")

// importOptions turns the form into import options, refusing levels above the visitor's.
func importOptions(form importForm, v *visitor) (tizim.ImportOptions, error) {
	opt := tizim.ImportOptions{Source: form.Source, MaxWarnings: previewWarnings}
	var err error
	if opt.Consent, err = tizim.ParseConsent(form.Consent, tizim.DefaultConsent); err != nil {
		return opt, err
	}
	if !opt.Consent.Allows(v.clearance()) {
		return opt, tizim.Errorf(tizim.EFORBIDDEN, "You may not import records at the level %s.", opt.Consent)
	}
	if form.Mapping != "" {
		if opt.Mapping, err = tizim.ParseMapping(form.Mapping); err != nil {
			return opt, tizim.Errorf(tizim.EINVALID, "Column mapping: %s", tizim.ErrorMessage(err))
		}
	}
	return opt, nil
}

// dryRun imports the upload in a transaction that is rolled back, keeping what it found. A
// file with invalid rows is still a preview (its problems are the point); other errors are
// returned.
func (s *Server) dryRun(ctx context.Context, u *upload, v *visitor) error {
	f, err := os.Open(u.path)
	if err != nil {
		return err
	}
	defer f.Close()
	opt := u.opt
	opt.DryRun, opt.Sample = true, previewSample
	sum, err := s.cfg.Importer.Import(ctx, u.name, f, opt)
	if sum == nil {
		return err
	}
	u.preview = sum
	if err != nil {
		if sum.Invalid == 0 {
			return err
		}
		u.err = translate(v.lang, "import.invalid_rows", sum.Invalid)
	}
	return nil
}

// renderPreview shows the preview of an upload at a page of its problems.
func (s *Server) renderPreview(w http.ResponseWriter, r *http.Request, v *visitor, u *upload, page int) {
	sum := u.preview
	p := importPreviewPage{Token: u.token, File: u.name, Size: u.size, Summary: sum, Error: u.err,
		MoreWarns: sum.Warnings - min(sum.Warnings, previewWarnings)}
	for _, rec := range sum.Sample {
		p.Sample = append(p.Sample, sampleOf(rec))
	}
	p.Problems, p.Pager = problemPage(sum.Problems, page, func(n int) string {
		return "/import/preview?" + url.Values{"upload": {u.token}, "page": {strconv.Itoa(n)}}.Encode()
	})
	status := http.StatusOK
	if u.err != "" {
		status = http.StatusUnprocessableEntity
	}
	s.render(w, r, v, status, "import_preview.html", translate(v.lang, "import.preview"), p)
}

// problemPage cuts one page out of a list of problems.
func problemPage(all []string, page int, link func(int) string) ([]string, pager) {
	pg := newPager(len(all), problemsPerPage, page, link)
	if pg.First == 0 {
		return nil, pg
	}
	return all[pg.First-1 : pg.Last], pg
}

// sampleOf is a record as the preview shows it.
func sampleOf(r *tizim.Record) sampleRecord {
	out := sampleRecord{Name: r.DisplayName(), Sex: string(r.Sex), Birth: r.BirthDate.String(), IDNumber: r.IDNumber,
		Ethnicity: r.Ethnicity, Home: r.HomePlace, Consent: string(r.Consent), Source: r.Source, RecordID: r.RecordID}
	if r.HomeCode != "" {
		out.Home += " (" + r.HomeCode + ")"
	}
	if len(r.Episodes) > 0 {
		out.Status, out.Facility = string(r.Episodes[0].Status), r.Episodes[0].Facility
	}
	return out
}
