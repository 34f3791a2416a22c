package web

import (
	_ "embed"
	"net/http"
)

// openAPI describes the JSON API (OpenAPI 3.1). The tests check every API answer against it, so
// the document and the code cannot drift apart unnoticed.
//
//go:embed openapi.json
var openAPI []byte

// apiSpec serves the OpenAPI document.
func (s *Server) apiSpec(w http.ResponseWriter, r *http.Request, v *visitor) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
