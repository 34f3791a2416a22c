package web

import (
	"context"
	"net/http"
	"os"

	"github.com/tizim/tizim"
)

// importCommit starts the real import of a previewed upload in the background and sends the
// visitor to the job's status page. The upload is taken, so a second click imports nothing
// twice; its file is removed when the job ends.
func (s *Server) importCommit(w http.ResponseWriter, r *http.Request, v *visitor) {
	if s.cfg.Importer == nil {
		s.fail(w, r, v, errNoImporter)
		return
	}
	if !s.readForm(w, r, v) {
		return
	}
	u := s.imports.takeUpload(r.PostForm.Get("upload"), v.user.ID)
	if u == nil {
		s.fail(w, r, v, errNoUpload)
		return
	}
	if u.path == "" {
		s.fail(w, r, v, tizim.Errorf(tizim.EINVALID, "This file has invalid rows; nothing can be imported from it."))
		return
	}
	j := &importJob{owner: v.user.ID, name: u.name, size: u.size}
	s.imports.addJob(j)
	s.log.Info("import started", "user", v.user.Name, "file", u.name, "bytes", u.size, "job", j.id[:8])
	go s.runImport(j, u, v.user.Name)
	http.Redirect(w, r, "/import/jobs/"+j.id, http.StatusSeeOther)
}

// runImport imports the upload for the job. It does not use the request's context: the import
// goes on after the redirect, whole or not at all.
func (s *Server) runImport(j *importJob, u *upload, user string) {
	defer os.Remove(u.path)
	opt := u.opt
	opt.DryRun, opt.Sample = false, 0
	opt.Progress = func(rows int, read int64) {
		j.rows.Store(int64(rows))
		j.read.Store(read)
	}
	f, err := os.Open(u.path)
	if err != nil {
		s.imports.finish(j, nil, err)
		s.log.Error("import", "user", user, "file", u.name, "err", err)
		return
	}
	sum, err := s.cfg.Importer.Import(context.Background(), u.name, f, opt)
	f.Close()
	s.imports.finish(j, sum, err)
	if err != nil {
		s.log.Warn("import failed", "user", user, "file", u.name, "err", err)
		return
	}
	s.log.Info("import done", "user", user, "file", u.name, "rows", sum.Rows, "created", sum.Created, "updated", sum.Updated)
}
