package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"html"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/tizim/tizim"
)

//go:embed templates
var templateFiles embed.FS

// pages holds one parsed template set per language and page: the layout, the shared parts,
// and the page, with their fixed labels already translated (see fixLabels).
type pages struct {
	sets map[string]*template.Template // by language code + "/" + page file name
}

// templateFuncs are the helpers templates may call. Text reaches pages only through
// html/template, which escapes it for where it lands.
var templateFuncs = template.FuncMap{
	"date": func(d tizim.PartialDate) string { return d.String() },
	"add":  func(a, b int) int { return a + b },
	"join": strings.Join,
}

func loadPages(a *assets) *pages {
	p := &pages{sets: map[string]*template.Template{}}
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		panic("web: " + err.Error())
	}
	text := map[string]string{}
	for _, n := range names {
		b, err := templateFiles.ReadFile(n)
		if err != nil {
			panic("web: " + err.Error())
		}
		text[strings.TrimPrefix(n, "templates/")] = string(b)
	}
	for _, l := range langs {
		for base := range text {
			if base == "layout.html" || base == "parts.html" {
				continue
			}
			t := template.New("layout.html").Funcs(templateFuncs).Funcs(template.FuncMap{"asset": a.URL})
			template.Must(t.Parse(fixLabels(text["layout.html"], l.Code)))
			template.Must(t.New("parts.html").Parse(fixLabels(text["parts.html"], l.Code)))
			template.Must(t.New(base).Parse(fixLabels(text[base], l.Code)))
			p.sets[l.Code+"/"+base] = t
		}
	}
	return p
}

// page returns the template set of a page in a language.
func (p *pages) page(lang, name string) *template.Template {
	if t := p.sets[lang+"/"+name]; t != nil {
		return t
	}
	return p.sets[langs[0].Code+"/"+name]
}

// view is what every page template receives: the visitor's language and account, the
// language switcher's links, and the page's own data in Data.
type view struct {
	Lang  lang
	Langs template.HTML // the language switcher's links
	User  *tizim.User
	Title string
	Data  any
	v     *visitor
}

// langLinks renders the language switcher's links to this address in each language, in Go
// rather than in the template (five escaped attributes a link, on every page). The path is
// the request's escaped path, and everything is escaped for a double-quoted attribute.
func langLinks(r *http.Request, current string) template.HTML {
	var b strings.Builder
	for _, l := range langs {
		b.WriteString(`<a href="`)
		b.WriteString(html.EscapeString(withLang(r, l.Code)))
		b.WriteString(`" lang="`)
		b.WriteString(l.Code)
		b.WriteString(`" dir="`)
		b.WriteString(l.Dir)
		b.WriteString(`" hreflang="`)
		b.WriteString(l.Code)
		b.WriteByte('"')
		if l.Code == current {
			b.WriteString(` aria-current="true"`)
		}
		b.WriteByte('>')
		b.WriteString(html.EscapeString(l.Name))
		b.WriteString("</a>\n")
	}
	return template.HTML(b.String())
}

// T translates a message key into the visitor's language.
func (w *view) T(key string, args ...any) string { return translate(w.v.lang, key, args...) }

// Can reports whether the visitor's role is at least as powerful as role (in tizim.Roles order).
func (w *view) Can(role tizim.Role) bool {
	for _, r := range tizim.Roles {
		if r == w.v.role {
			return true
		}
		if r == role {
			return false
		}
	}
	return false
}

// renderBuffers keeps the buffers pages are rendered into: a page is tens of kilobytes, which a
// fresh buffer reaches by growing and copying half a dozen times per request.
var renderBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 64<<10)) }}

// maxPooledBuffer bounds the buffers kept: one that held a very long page goes to the collector.
const maxPooledBuffer = 1 << 20

// render writes a page with the status. The page is rendered into a buffer first, so that a
// template error becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, v *visitor, status int, page, title string, data any) {
	t := s.pages.page(v.lang, page)
	// The title may be a name from a record: isolate it (FSI…PDI), since <title> cannot hold a
	// <bdi> and a stray right-to-left override must not reorder the rest of the title.
	vw := &view{Lang: langOf(v.lang), Langs: langLinks(r, v.lang), User: v.user, Title: "\u2068" + title + "\u2069", Data: data, v: v}
	buf := renderBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxPooledBuffer {
			buf.Reset()
			renderBuffers.Put(buf)
		}
	}()
	if t == nil {
		s.log.Error("no such template", "page", page)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	if err := t.Execute(buf, vw); err != nil {
		s.log.Error("render", "page", page, "err", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", v.lang)
	// The page is whole: its length goes in the header, and it is sent without chunking.
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorPage is the data of the error page.
type errorPage struct {
	Status  int
	Code    string
	Message string
}

// fail answers with the error: its HTTP status, and its message when it is meant for users
// (tizim.Error); any other error is logged and shown as "Internal error.".
func (s *Server) fail(w http.ResponseWriter, r *http.Request, v *visitor, err error) {
	status := tizim.HTTPStatus(err)
	if status == http.StatusInternalServerError {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if v == nil {
		v = anonymous(langs[0].Code)
	}
	if isAPI(r) {
		s.json(w, status, map[string]string{"error": tizim.ErrorMessage(err), "code": tizim.ErrorCode(err)})
		return
	}
	code := tizim.ErrorCode(err)
	s.render(w, r, v, status, "error.html", translate(v.lang, "error."+code),
		errorPage{Status: status, Code: code, Message: tizim.ErrorMessage(err)})
}

// notFound answers any address the table does not know.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, v *visitor) {
	s.fail(w, r, v, tizim.Errorf(tizim.ENOTFOUND, "There is no page at this address."))
}

// json writes a JSON response.
func (s *Server) json(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(body); err != nil {
		s.log.Error("encode json", "err", err)
	}
}

// Withheld reports whether the visitor sees the record without its identifying fields.
func (w *view) Withheld(r *tizim.Record) bool { return w.v.redacts(r.Consent) }

// ScriptOf returns the script of a name, for its label.
func (w *view) ScriptOf(n tizim.Name) string { return scriptOf(n) }

// ReviewNav reports whether the header links to the review queue: for roles that may review.
func (w *view) ReviewNav() bool {
	return w.v.role == tizim.Admin || w.v.role == tizim.Reviewer
}
