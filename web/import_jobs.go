package web

import (
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tizim/tizim"
)

// Imports through the web page go in two steps, an upload that is previewed and a job that
// imports it, both kept in memory by the server that took them: they die with the process, and
// are forgotten an hour after they were last needed. Each belongs to the user who made it;
// anyone else is told it does not exist.
const (
	importKeep      = time.Hour
	importMaxUpload = 512 << 20 // default cap on an uploaded file
)

// upload is a file saved for an import, waiting to be committed. The browser knows it only by
// its token; the path never leaves the server.
type upload struct {
	token   string
	owner   int64
	path    string // in the server's private upload directory, mode 0600; "" once removed
	name    string // the file name the browser sent, for messages and format detection
	size    int64
	opt     tizim.ImportOptions
	preview *tizim.ImportSummary // the dry run
	err     string               // why the dry run refused the file, if it did
	made    time.Time
}

// importJob is an import running, or run, in the background.
type importJob struct {
	id      string
	owner   int64
	name    string
	size    int64
	started time.Time
	rows    atomic.Int64
	read    atomic.Int64

	mu       sync.Mutex
	finished time.Time // zero while running
	summary  *tizim.ImportSummary
	err      error
}

// state returns what the job has come to: when it finished (zero while it runs), its summary
// and its error.
func (j *importJob) state() (time.Time, *tizim.ImportSummary, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.finished, j.summary, j.err
}

// imports holds the uploads and jobs of one server.
type imports struct {
	mu      sync.Mutex
	now     func() time.Time
	max     int64 // largest upload accepted, in bytes
	dir     string
	uploads map[string]*upload
	jobs    map[string]*importJob
}

func newImports(now func() time.Time) *imports {
	return &imports{now: now, max: importMaxUpload, uploads: map[string]*upload{}, jobs: map[string]*importJob{}}
}

// tempFile creates an empty file with a random name, mode 0600, in a directory only this
// process's user can enter, made on first use.
func (im *imports) tempFile() (*os.File, error) {
	im.mu.Lock()
	if im.dir == "" {
		dir, err := os.MkdirTemp("", "tizim-uploads-")
		if err != nil {
			im.mu.Unlock()
			return nil, err
		}
		im.dir = dir
	}
	dir := im.dir
	im.mu.Unlock()
	return os.CreateTemp(dir, "upload-*")
}

// close forgets every upload and removes their directory with what is left in it.
func (im *imports) close() error {
	im.mu.Lock()
	defer im.mu.Unlock()
	dir := im.dir
	im.dir = ""
	clear(im.uploads)
	if dir == "" {
		return nil
	}
	return os.RemoveAll(dir)
}

// addUpload keeps u under a new token.
func (im *imports) addUpload(u *upload) {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.sweep()
	u.token, u.made = newToken(), im.now()
	im.uploads[u.token] = u
}

// findUpload returns the owner's upload with the token, or nil.
func (im *imports) findUpload(token string, owner int64) *upload {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.sweep()
	if u := im.uploads[token]; u != nil && u.owner == owner {
		return u
	}
	return nil
}

// takeUpload removes the owner's upload with the token and returns it, or nil: an upload is
// committed at most once.
func (im *imports) takeUpload(token string, owner int64) *upload {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.sweep()
	u := im.uploads[token]
	if u == nil || u.owner != owner {
		return nil
	}
	delete(im.uploads, token)
	return u
}

// addJob keeps j under a new id.
func (im *imports) addJob(j *importJob) {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.sweep()
	j.id, j.started = newToken(), im.now()
	im.jobs[j.id] = j
}

// findJob returns the owner's job with the id, or nil.
func (im *imports) findJob(id string, owner int64) *importJob {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.sweep()
	if j := im.jobs[id]; j != nil && j.owner == owner {
		return j
	}
	return nil
}

// finish records the end of a job.
func (im *imports) finish(j *importJob, sum *tizim.ImportSummary, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.finished, j.summary, j.err = im.now(), sum, err
}

// sweep forgets uploads an hour old, removing their files, and jobs finished an hour ago. The
// caller holds mu.
func (im *imports) sweep() {
	now := im.now()
	for token, u := range im.uploads {
		if now.Sub(u.made) > importKeep {
			if u.path != "" {
				os.Remove(u.path)
			}
			delete(im.uploads, token)
		}
	}
	for id, j := range im.jobs {
		if fin, _, _ := j.state(); !fin.IsZero() && now.Sub(fin) > importKeep {
			delete(im.jobs, id)
		}
	}
}
