package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/ingest"
)

// newImportFixture is the usual fixture with the real import pipeline plugged in.
func newImportFixture(t *testing.T) *fixture {
	f := newFixture(t)
	f.srv.cfg.Importer = ingest.NewImporter(f.st)
	return f
}

// upload posts the import form as the role, with the file's content and the text fields.
func (f *fixture) upload(role tizim.Role, file string, content []byte, fields map[string]string) (*http.Response, string) {
	f.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	fw, _ := mw.CreateFormFile("file", file)
	fw.Write(content)
	mw.Close()
	req := httptest.NewRequest("POST", "/import/preview", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if tok, ok := f.tokens[role]; ok {
		req.AddCookie(&http.Cookie{Name: cookieName, Value: tok})
	}
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// storedRecords counts every record in the store.
func (f *fixture) storedRecords() int {
	f.t.Helper()
	_, n, err := f.st.FindRecords(context.Background(), tizim.RecordFilter{Clearance: tizim.Sealed, Page: tizim.Page{Limit: 1}})
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// uploadsLeft lists the files in the server's upload directory.
func (f *fixture) uploadsLeft() []string {
	if f.srv.imports.dir == "" {
		return nil
	}
	es, err := os.ReadDir(f.srv.imports.dir)
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

var tokenField = regexp.MustCompile(`name="upload" value="([^"]+)"`)

const importCSV = "source,record_id,name,sex,birth_date\n" +
	"web,1,Ilham Tohti,m,1969-10-25\n" +
	"web,2,<script>window.pwned=1</script>Evil,f,1970\n" +
	"web,3,Rahile Dawut,f,31.02.1966\n" // a warning: impossible date

func TestImportPreviewThenCommit(t *testing.T) {
	f := newImportFixture(t)
	before := f.storedRecords()
	res, body := f.upload(tizim.Editor, "list.csv", []byte(importCSV), map[string]string{"consent": "internal"})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("preview: status %d\n%s", res.StatusCode, body)
	}
	for _, want := range []string{"3 rows: 3 new, 0 updated, 0 unchanged, 0 invalid, 1 warnings", "name → name",
		"Ilham Tohti", "list.csv line 4, column birth_date", "&lt;script&gt;window.pwned=1&lt;/script&gt;Evil", "Nothing has been written yet."} {
		if !strings.Contains(body, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	if strings.Contains(body, "<script>window.pwned") {
		t.Error("preview shows a cell's script unescaped")
	}
	if got := f.storedRecords(); got != before {
		t.Fatalf("preview wrote %d records", got-before)
	}
	left := f.uploadsLeft()
	if len(left) != 1 {
		t.Fatalf("upload directory holds %v, want the one upload", left)
	}
	if strings.Contains(body, left[0]) || strings.Contains(body, f.srv.imports.dir) {
		t.Error("preview shows the upload's path")
	}
	if di, err := os.Stat(f.srv.imports.dir); err != nil || di.Mode().Perm() != 0o700 {
		t.Errorf("upload directory mode %v (%v), want 0700", di.Mode().Perm(), err)
	}
	fi, err := os.Stat(f.srv.imports.dir + "/" + left[0])
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("upload file mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	m := tokenField.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("preview has no confirm button")
	}
	token := m[1]

	// Someone else cannot see or commit the upload.
	if res, _ := f.get(tizim.Admin, "/import/preview?upload="+url.QueryEscape(token)); res.StatusCode != http.StatusNotFound {
		t.Errorf("another user's preview: status %d, want 404", res.StatusCode)
	}
	if res, _ := f.do(tizim.Admin, "POST", "/import/commit", url.Values{"upload": {token}}); res.StatusCode != http.StatusNotFound {
		t.Errorf("another user's commit: status %d, want 404", res.StatusCode)
	}

	res, _ = f.do(tizim.Editor, "POST", "/import/commit", url.Values{"upload": {token}})
	job := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(job, "/import/jobs/") {
		t.Fatalf("commit: status %d to %q, want a redirect to the job", res.StatusCode, job)
	}
	body = f.waitJob(tizim.Editor, job)
	for _, want := range []string{"Done: the whole file was written.", "3 rows: 3 new"} {
		if !strings.Contains(body, want) {
			t.Errorf("job page lacks %q:\n%s", want, body)
		}
	}
	if got := f.storedRecords(); got != before+3 {
		t.Errorf("%d records after the import, want %d", got, before+3)
	}
	if left := f.uploadsLeft(); len(left) != 0 {
		t.Errorf("upload files left after the import: %v", left)
	}
	if res, _ := f.get(tizim.Admin, job); res.StatusCode != http.StatusNotFound {
		t.Errorf("another user's job: status %d, want 404", res.StatusCode)
	}
	if res, _ := f.do(tizim.Editor, "POST", "/import/commit", url.Values{"upload": {token}}); res.StatusCode != http.StatusNotFound {
		t.Errorf("second commit of one upload: status %d, want 404", res.StatusCode)
	}
	f.clock.add(2 * time.Hour)
	if res, _ := f.get(tizim.Editor, job); res.StatusCode != http.StatusNotFound {
		t.Errorf("job two hours after it ended: status %d, want 404", res.StatusCode)
	}
}

// waitJob reads the job's page until it says the job is done, checking that the running page
// refreshes itself.
func (f *fixture) waitJob(role tizim.Role, job string) string {
	f.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		res, body := f.get(role, job)
		if res.StatusCode != http.StatusOK {
			f.t.Fatalf("job page: status %d\n%s", res.StatusCode, body)
		}
		if res.Header.Get("Refresh") == "" {
			if strings.Contains(body, `http-equiv="refresh"`) {
				f.t.Error("a finished job's page still refreshes")
			}
			return body
		}
		if !strings.Contains(body, `<meta http-equiv="refresh" content="2">`) || !strings.Contains(body, "rows read") {
			f.t.Errorf("running job's page lacks its refresh or progress:\n%s", body)
		}
		if time.Now().After(deadline) {
			f.t.Fatal("the import did not finish")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestImportRefusals(t *testing.T) {
	bad := importCSV + "web,4,,,1970\n" // no name and no identity number: line 5 is invalid
	tests := []struct {
		name      string
		role      tizim.Role
		file      string
		content   []byte
		fields    map[string]string
		max       int64
		status    int
		want      []string
		canCommit bool
	}{
		{name: "invalid row", role: tizim.Editor, file: "bad.csv", content: []byte(bad), status: http.StatusUnprocessableEntity,
			want: []string{"1 invalid rows", "bad.csv line 5", "Nothing has been written yet."}},
		{name: "viewer", role: tizim.Viewer, file: "list.csv", content: []byte(importCSV), status: http.StatusForbidden},
		{name: "too large", role: tizim.Editor, file: "big.csv", content: bytes.Repeat([]byte(importCSV), 100), max: 1024,
			status: http.StatusRequestEntityTooLarge, want: []string{"larger than 0 MiB"}},
		{name: "too large, found while reading", role: tizim.Editor, file: "big.csv", content: bytes.Repeat([]byte(importCSV), 700), max: 64 << 10,
			status: http.StatusRequestEntityTooLarge, want: []string{"larger than 0 MiB", "tizim import"}},
		{name: "empty", role: tizim.Editor, file: "empty.csv", status: http.StatusBadRequest, want: []string{"Choose a file that is not empty."}},
		{name: "consent above the role", role: tizim.Editor, file: "list.csv", content: []byte(importCSV), fields: map[string]string{"consent": "sealed"},
			status: http.StatusForbidden, want: []string{"You may not import records at the level sealed."}},
		{name: "bad mapping", role: tizim.Editor, file: "list.csv", content: []byte(importCSV), fields: map[string]string{"mapping": "XM = fullname"},
			status: http.StatusBadRequest, want: []string{"&#34;fullname&#34; is not a field"}},
		{name: "mapping", role: tizim.Editor, file: "xm.csv", content: []byte("XM,SFZ\nAli Hasan,1984\n"),
			fields: map[string]string{"source": "police-3", "mapping": "XM = name\n# comment\nSFZ = -"},
			status: http.StatusOK, want: []string{"XM → name", "SFZ → -", "Ali Hasan", "police-3"}, canCommit: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newImportFixture(t)
			if tt.max > 0 {
				f.srv.imports.max = tt.max
			}
			before := f.storedRecords()
			res, body := f.upload(tt.role, tt.file, tt.content, tt.fields)
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d\n%s", res.StatusCode, tt.status, body)
			}
			for _, want := range tt.want {
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %q:\n%s", want, body)
				}
			}
			if got := tokenField.MatchString(body); got != tt.canCommit {
				t.Errorf("confirm button shown: %v, want %v", got, tt.canCommit)
			}
			if got := f.storedRecords(); got != before {
				t.Errorf("%d records written", got-before)
			}
			if left := f.uploadsLeft(); len(left) > 0 && !tt.canCommit {
				t.Errorf("refused upload left files: %v", left)
			}
		})
	}
}

func TestImportProblemsArePaginated(t *testing.T) {
	f := newImportFixture(t)
	var b strings.Builder
	b.WriteString("source,record_id,name,birth_date\n")
	for i := range 150 {
		fmt.Fprintf(&b, "web,%d,Erkin Testov,31.02.1966\n", i)
	}
	res, body := f.upload(tizim.Editor, "many.csv", []byte(b.String()), nil)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d\n%s", res.StatusCode, body)
	}
	if !strings.Contains(body, "many.csv line 101,") || strings.Contains(body, "many.csv line 102,") {
		t.Error("the first page should list problems up to line 101 (the 100th problem)")
	}
	token := tokenField.FindStringSubmatch(body)[1]
	res, body = f.get(tizim.Editor, "/import/preview?upload="+url.QueryEscape(token)+"&page=2")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "many.csv line 151,") || strings.Contains(body, "many.csv line 101,") {
		t.Errorf("page 2: status %d, want the problems of lines 102–151", res.StatusCode)
	}
	f.clock.add(61 * time.Minute)
	if res, _ := f.get(tizim.Editor, "/import/preview?upload="+url.QueryEscape(token)); res.StatusCode != http.StatusNotFound {
		t.Errorf("an hour-old upload: status %d, want 404", res.StatusCode)
	}
	if left := f.uploadsLeft(); len(left) != 0 {
		t.Errorf("an hour-old upload's file is still there: %v", left)
	}
}

func TestImportJobProgress(t *testing.T) {
	f := newImportFixture(t)
	u, err := f.st.FindUser(context.Background(), "editor-user")
	if err != nil {
		t.Fatal(err)
	}
	j := &importJob{owner: u.ID, name: "big.csv", size: 1000}
	f.srv.imports.addJob(j)
	j.rows.Store(500)
	j.read.Store(250)
	f.clock.add(10 * time.Second)
	res, body := f.get(tizim.Editor, "/import/jobs/"+j.id)
	if res.StatusCode != http.StatusOK || res.Header.Get("Refresh") != "2" {
		t.Fatalf("status %d, Refresh %q", res.StatusCode, res.Header.Get("Refresh"))
	}
	for _, want := range []string{`<meta http-equiv="refresh" content="2">`, "500 rows read", "50 rows a second", "25%", "about 30s left"} {
		if !strings.Contains(body, want) {
			t.Errorf("running job's page lacks %q", want)
		}
	}
	if res, _ := f.get(tizim.Admin, "/import/jobs/"+j.id); res.StatusCode != http.StatusNotFound {
		t.Errorf("another user's job: status %d, want 404", res.StatusCode)
	}
	f.srv.imports.finish(j, &tizim.ImportSummary{File: "big.csv", Rows: 2000, Invalid: 2, Problems: []string{"big.csv line 7: no name"}},
		tizim.Errorf(tizim.EINVALID, "2 invalid rows"))
	_, body = f.get(tizim.Editor, "/import/jobs/"+j.id)
	for _, want := range []string{"This file has 2 invalid rows", "big.csv line 7: no name", "2000 rows"} {
		if !strings.Contains(body, want) {
			t.Errorf("failed job's page lacks %q", want)
		}
	}
}

// TestCloseRemovesUploads: a previewed upload that nobody commits stays in the server's upload
// directory until it expires; closing the server removes it, and the directory with it, so that
// a spreadsheet of names is not left in the system's temporary directory.
func TestCloseRemovesUploads(t *testing.T) {
	f := newImportFixture(t)
	res, body := f.upload(tizim.Editor, "list.csv", []byte(importCSV), map[string]string{"consent": "internal"})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("preview: status %d\n%s", res.StatusCode, body)
	}
	dir := f.srv.imports.dir
	files, err := os.ReadDir(dir)
	if err != nil || len(files) == 0 {
		t.Fatalf("upload directory %q: %d files, %v; want the previewed upload", dir, len(files), err)
	}
	if err := f.srv.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("upload directory %q after Close: %v, want it gone", dir, err)
	}
	if err := f.srv.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
}
