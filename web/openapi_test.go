package web

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// schema is the part of JSON Schema that openapi.json uses.
type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 any                `json:"type"` // a name or a list of names
	Enum                 []any              `json:"enum"`
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties *bool              `json:"additionalProperties"`
	Items                *schema            `json:"items"`
	OneOf                []*schema          `json:"oneOf"`
}

type spec struct {
	Components struct {
		Schemas map[string]*schema `json:"schemas"`
	} `json:"components"`
	Paths map[string]map[string]struct {
		Responses map[string]struct {
			Content map[string]struct {
				Schema *schema `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"paths"`
}

// check reports how v differs from s, naming the place.
func (sp *spec) check(s *schema, v any, at string) error {
	if s.Ref != "" {
		return sp.check(sp.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")], v, at)
	}
	if len(s.OneOf) > 0 {
		var errs []string
		for _, alt := range s.OneOf {
			err := sp.check(alt, v, at)
			if err == nil {
				return nil
			}
			errs = append(errs, err.Error())
		}
		return fmt.Errorf("%s: matches no alternative: %s", at, strings.Join(errs, "; "))
	}
	if len(s.Enum) > 0 && !slices.Contains(s.Enum, v) {
		return fmt.Errorf("%s: %v is not one of %v", at, v, s.Enum)
	}
	if s.Type != nil {
		kind := map[bool]string{true: "null"}[v == nil]
		switch x := v.(type) {
		case string:
			kind = "string"
		case bool:
			kind = "boolean"
		case float64:
			kind = "number"
			if x == float64(int64(x)) {
				kind = "integer"
			}
		case []any:
			kind = "array"
		case map[string]any:
			kind = "object"
		}
		if want := fmt.Sprint(s.Type); want != kind && !(want == "number" && kind == "integer") {
			return fmt.Errorf("%s: %s, want %s", at, kind, want)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		for _, r := range s.Required {
			if _, ok := x[r]; !ok {
				return fmt.Errorf("%s: required %q missing", at, r)
			}
		}
		for k, val := range x {
			ps, ok := s.Properties[k]
			if !ok {
				if s.AdditionalProperties != nil && !*s.AdditionalProperties {
					return fmt.Errorf("%s: %q is not in the document", at, k)
				}
				continue
			}
			if err := sp.check(ps, val, at+"."+k); err != nil {
				return err
			}
		}
	case []any:
		if s.Items != nil {
			for i, item := range x {
				if err := sp.check(s.Items, item, at+"["+strconv.Itoa(i)+"]"); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// template finds the documented path a concrete API path belongs to.
func (sp *spec) template(path string) string {
	got := strings.Split(path, "/")
	for t := range sp.Paths {
		want := strings.Split(t, "/")
		if len(want) != len(got) {
			continue
		}
		match := true
		for i := range want {
			if want[i] != got[i] && !strings.HasPrefix(want[i], "{") {
				match = false
			}
		}
		if match {
			return t
		}
	}
	return ""
}

func TestAPIAnswersMatchTheOpenAPIDocument(t *testing.T) {
	var sp spec
	if err := json.Unmarshal(openAPI, &sp); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	f := newFixture(t)
	paths := []string{
		"/api/people", "/api/people?q=Ilham", "/api/people?limit=1&offset=1", "/api/people?limit=5000",
		"/api/people?born_from=abc", "/api/people/" + f.id("family:f1"), "/api/people/" + f.id("family:f2"),
		"/api/people/" + f.id("press:x1"), "/api/people/" + f.id("police:p1"), "/api/people/999999",
		"/api/records/" + f.id("family:f1"), "/api/records/" + f.id("family:f2"), "/api/records/" + f.id("police:p1"),
		"/api/records/nope", "/api/sources/" + itoa(f.src["family"]), "/api/sources/" + itoa(f.src["police"]),
	}
	checked := 0
	for _, role := range allRoles {
		for _, p := range paths {
			res, body := f.get(role, p)
			path := strings.SplitN(p, "?", 2)[0]
			tmpl := sp.template(path)
			resp, ok := sp.Paths[tmpl]["get"].Responses[strconv.Itoa(res.StatusCode)]
			if !ok {
				t.Errorf("%s as %s: status %d is not documented for %q", p, role, res.StatusCode, tmpl)
				continue
			}
			content, ok := resp.Content["application/json"]
			if !ok {
				continue // a redirect: no body to check
			}
			var v any
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Errorf("%s as %s: not JSON: %v", p, role, err)
				continue
			}
			if err := sp.check(content.Schema, v, "$"); err != nil {
				t.Errorf("%s as %s (%d): %v", p, role, res.StatusCode, err)
			}
			checked++
		}
	}
	if checked < len(paths)*len(allRoles)/2 {
		t.Errorf("only %d answers checked", checked)
	}
	// The checker itself must catch drift.
	if err := sp.check(sp.Components.Schemas["Source"], map[string]any{"key": "k", "kind": "testimony", "consent": "public", "secret": 1}, "$"); err == nil {
		t.Error("an undocumented field passed the check")
	}
	if err := sp.check(sp.Components.Schemas["Error"], map[string]any{"error": "x", "code": "oops"}, "$"); err == nil {
		t.Error("an undocumented error code passed the check")
	}
	_ = tizim.Public
}
