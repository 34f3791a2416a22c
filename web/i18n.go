package web

import (
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"strings"

	"golang.org/x/text/language"
)

// lang is one language the interface is written in.
type lang struct {
	Code string // BCP 47: en, ug, zh, ru
	Name string // the language's name in itself, for the switcher
	Dir  string // ltr or rtl
}

// langs are the interface languages; the first is the default.
var langs = []lang{
	{"en", "English", "ltr"},
	{"ug", "ئۇيغۇرچە", "rtl"},
	{"zh", "中文", "ltr"},
	{"ru", "Русский", "ltr"},
}

// langCookie remembers a visitor's choice of language. It holds no secret.
const langCookie = "lang"

//go:embed i18n/*.json
var catalogFiles embed.FS

// catalogs maps a language code to its messages: key → text. The texts are fmt formats where
// a message takes arguments (with explicit indexes, %[1]d, so translations can reorder them).
var catalogs = loadCatalogs()

func loadCatalogs() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, l := range langs {
		b, err := catalogFiles.ReadFile(path.Join("i18n", l.Code+".json"))
		if err != nil {
			panic(fmt.Sprintf("web: catalog %s missing: %v", l.Code, err)) // a build mistake; tests catch it
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("web: catalog %s: %v", l.Code, err))
		}
		out[l.Code] = m
	}
	return out
}

// translate returns the message for key in code's language, falling back to English and then
// to the key itself, so a missing translation shows up but breaks nothing.
func translate(code, key string, args ...any) string {
	msg, ok := catalogs[code][key]
	if !ok {
		if msg, ok = catalogs["en"][key]; !ok {
			msg = key
		}
	}
	if len(args) > 0 {
		return fmt.Sprintf(msg, args...)
	}
	return msg
}

// langOf returns the language with the code, or the default.
func langOf(code string) lang {
	for _, l := range langs {
		if l.Code == code {
			return l
		}
	}
	return langs[0]
}

var langMatcher = func() language.Matcher {
	tags := make([]language.Tag, len(langs))
	for i, l := range langs {
		tags[i] = language.Make(l.Code)
	}
	return language.NewMatcher(tags)
}()

// chooseLang picks the visitor's language: ?lang= (remembered in a cookie), then the cookie, then
// the browser's Accept-Language, then English.
func (s *Server) chooseLang(w http.ResponseWriter, r *http.Request) string {
	if q := r.URL.Query().Get("lang"); q != "" {
		if l := langOf(q); l.Code == q {
			http.SetCookie(w, &http.Cookie{Name: langCookie, Value: q, Path: "/", MaxAge: 365 * 24 * 3600,
				Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
			return q
		}
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l := langOf(c.Value); l.Code == c.Value {
			return c.Value
		}
	}
	if al := r.Header.Get("Accept-Language"); al != "" && len(al) < 1000 {
		if tags, _, err := language.ParseAcceptLanguage(al); err == nil && len(tags) > 0 {
			_, i, conf := langMatcher.Match(tags...)
			if conf != language.No {
				return langs[i].Code
			}
		}
	}
	return langs[0].Code
}

// withLang returns the request's URL with lang=code set, for the language switcher.
func withLang(r *http.Request, code string) string {
	q := r.URL.Query()
	q.Set("lang", code)
	return r.URL.EscapedPath() + "?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}
