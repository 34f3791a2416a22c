package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var staticFiles embed.FS

// assets are the static files, each served under a name that holds a hash of its content
// (style.3f2a91c0.css), so browsers may cache them forever and still never see a stale one.
type assets struct {
	url   map[string]string // plain name → /static/hashed name
	files map[string][]byte // hashed name → content
}

func loadAssets() *assets {
	a := &assets{url: map[string]string{}, files: map[string][]byte{}}
	entries, err := fs.ReadDir(staticFiles, "static")
	if err != nil {
		panic("web: static files missing: " + err.Error())
	}
	for _, e := range entries {
		b, err := staticFiles.ReadFile("static/" + e.Name())
		if err != nil {
			panic("web: " + err.Error())
		}
		sum := sha256.Sum256(b)
		ext := path.Ext(e.Name())
		hashed := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:6]) + ext
		a.url[e.Name()] = "/static/" + hashed
		a.files[hashed] = b
	}
	return a
}

// URL returns the address of a static file by its plain name.
func (a *assets) URL(name string) string { return a.url[name] }

// static serves a static file under its hashed name.
func (s *Server) static(w http.ResponseWriter, r *http.Request, v *visitor) {
	name := r.PathValue("file")
	b, ok := s.assets.files[name]
	if !ok {
		s.notFound(w, r, v)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(b)
}
