package web

import (
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/tizim/tizim"
)

// errTooLarge is an upload over the server's cap; it is answered with 413.
var errTooLarge = errors.New("upload too large")

// readUpload streams the multipart form of the import page: the file goes straight to a private
// temporary file (never into memory, never past the cap), the text fields into form. The
// caller owns the returned upload's file.
func (s *Server) readUpload(w http.ResponseWriter, r *http.Request, v *visitor) (*upload, importForm, error) {
	var form importForm
	if r.ContentLength > s.imports.max+maxFormBytes {
		return nil, form, errTooLarge // said before a byte is stored
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.imports.max+maxFormBytes)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, form, tizim.Errorf(tizim.EINVALID, "The form could not be read.")
	}
	u := &upload{owner: v.user.ID}
	fail := func(err error) (*upload, importForm, error) {
		if u.path != "" {
			os.Remove(u.path)
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			err = errTooLarge
		}
		return nil, form, err
	}
	texts := map[string]*string{"source": &form.Source, "consent": &form.Consent, "mapping": &form.Mapping}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		} else if err != nil {
			return fail(tizim.Errorf(tizim.EINVALID, "The form could not be read."))
		}
		name := part.FormName()
		if name == "file" && u.path == "" {
			if err := s.saveUpload(u, part); err != nil {
				return fail(err)
			}
			continue
		}
		if dst, ok := texts[name]; ok {
			b, err := io.ReadAll(io.LimitReader(part, maxFormBytes+1))
			if err != nil || len(b) > maxFormBytes || !utf8.Valid(b) {
				return fail(tizim.Errorf(tizim.EINVALID, "The form could not be read."))
			}
			*dst = strings.TrimSpace(string(b))
		}
	}
	if u.path == "" || u.size == 0 {
		return fail(tizim.Errorf(tizim.EINVALID, "Choose a file that is not empty."))
	}
	return u, form, nil
}

// saveUpload copies the file part to a new temporary file, up to the cap.
func (s *Server) saveUpload(u *upload, part io.Reader) error {
	f, err := s.imports.tempFile()
	if err != nil {
		return err
	}
	u.path = f.Name()
	n, err := io.Copy(f, io.LimitReader(part, s.imports.max+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if n > s.imports.max {
		return errTooLarge
	}
	u.size = n
	if p, ok := part.(interface{ FileName() string }); ok {
		u.name = uploadName(p.FileName())
	}
	return nil
}

// uploadName makes the browser's file name safe to show and to guess a format from: its last
// element, valid UTF-8, at most 200 bytes, "upload" when nothing is left.
func uploadName(name string) string {
	name = strings.ToValidUTF8(filepath.Base(strings.ReplaceAll(name, `\`, "/")), "")
	for len(name) > 200 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	if name == "" || name == "." || name == "/" {
		return "upload"
	}
	return name
}
