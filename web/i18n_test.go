package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/resolve"
)

// enumKeys are the message keys made from domain values at run time, so templates never show a
// raw code word to a reader.
func enumKeys() []string {
	var keys []string
	addAll := func(prefix string, vals ...string) {
		for _, v := range vals {
			keys = append(keys, prefix+v)
		}
	}
	for _, s := range tizim.Statuses {
		addAll("status.", string(s))
	}
	for _, c := range tizim.ConsentLevels {
		addAll("consent.", string(c))
	}
	for _, k := range tizim.SourceKinds {
		addAll("kind.", string(k))
	}
	for _, k := range tizim.FacilityKinds {
		addAll("facility_kind.", string(k))
	}
	for _, r := range allRoles {
		addAll("role.", string(r))
	}
	addAll("reliability.", "confirmed", "probable", "possible", "doubtful", "unassessed")
	addAll("verdict.", string(tizim.Same), string(tizim.Different), string(tizim.Unsure), string(tizim.Withdrawn))
	addAll("role_name.", string(tizim.FullName), string(tizim.GivenName), string(tizim.FatherName), string(tizim.Alias))
	addAll("script.", "latin", "arabic", "cyrillic", "han", "mixed", "other")
	addAll("sex.", string(tizim.Male), string(tizim.Female))
	addAll("error.", tizim.ECONFLICT, tizim.EINTERNAL, tizim.EINVALID, tizim.ENOTFOUND, tizim.EUNAUTHORIZED, tizim.EFORBIDDEN)
	addAll("field.", "birth_date", "detained_on", "sex", "id_number", "ethnicity", "home_code") // conflict labels
	// the matcher's evidence (resolve's fields and the prior), named on the review page; their
	// levels are held to the catalogs by TestEvidenceLevelsAreTranslated
	for _, fl := range resolve.EvidenceLevels() {
		addAll("field.", fl.Field)
	}
	addAll("level.", "from_id", "from_age")
	return keys
}

// usedKeys are the literal keys that templates and handlers translate.
func usedKeys(t *testing.T) []string {
	var keys []string
	lit := regexp.MustCompile(`\.T "([a-z_.]+)"|translate\(v\.lang, "([a-z_.]+)"`)
	files, _ := filepath.Glob("templates/*.html")
	gofiles, _ := filepath.Glob("*.go")
	for _, file := range append(files, gofiles...) {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(b), -1) {
			if k := m[1] + m[2]; !strings.HasSuffix(k, ".") { // "error."+code: a prefix, see enumKeys
				keys = append(keys, k)
			}
		}
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d message keys in use; the pattern is broken", len(keys))
	}
	return keys
}

func TestCatalogsAreComplete(t *testing.T) {
	verbs := regexp.MustCompile(`%\[\d\][a-z]`)
	for _, key := range append(usedKeys(t), enumKeys()...) {
		if _, ok := catalogs["en"][key]; !ok {
			t.Errorf("key %q is used but not in the English catalog", key)
		}
	}
	for _, l := range langs {
		for key, en := range catalogs["en"] {
			msg, ok := catalogs[l.Code][key]
			if !ok || strings.TrimSpace(msg) == "" {
				t.Errorf("%s: key %q missing", l.Code, key)
				continue
			}
			want, got := verbs.FindAllString(en, -1), verbs.FindAllString(msg, -1)
			if strings.Join(sorted(want), ",") != strings.Join(sorted(got), ",") {
				t.Errorf("%s: %q has arguments %v, English has %v", l.Code, key, got, want)
			}
		}
		for key := range catalogs[l.Code] {
			if _, ok := catalogs["en"][key]; !ok {
				t.Errorf("%s: key %q is not in the English catalog", l.Code, key)
			}
		}
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func TestLanguageChoice(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		query, cookie, accept string
		lang, dir, text       string
	}{
		{"", "", "", "en", "ltr", "People"},
		{"?lang=ug", "", "", "ug", "rtl", "كىشىلەر"},
		{"?lang=zh", "ru", "ug", "zh", "ltr", "人员"},
		{"", "ru", "zh-CN,zh;q=0.9", "ru", "ltr", "Люди"},
		{"", "", "ug-CN,ug;q=0.9,en;q=0.5", "ug", "rtl", "كىشىلەر"},
		{"", "", "zh-TW,zh;q=0.9", "zh", "ltr", "人员"},
		{"", "", "fr-FR,fr;q=0.9", "en", "ltr", "People"},
		{"?lang=xx", "bogus", "ru", "ru", "ltr", "Люди"},
	} {
		req := httptest.NewRequest("GET", "/people"+tc.query, nil)
		if tc.cookie != "" {
			req.AddCookie(&http.Cookie{Name: langCookie, Value: tc.cookie})
		}
		if tc.accept != "" {
			req.Header.Set("Accept-Language", tc.accept)
		}
		rec := httptest.NewRecorder()
		f.srv.ServeHTTP(rec, req)
		body := rec.Body.String()
		if want := `<html lang="` + tc.lang + `" dir="` + tc.dir + `">`; !strings.Contains(body, want) {
			t.Errorf("%+v: page lacks %s", tc, want)
		}
		if !strings.Contains(body, tc.text) {
			t.Errorf("%+v: page lacks %q", tc, tc.text)
		}
		remembered := strings.Contains(rec.Header().Get("Set-Cookie"), langCookie+"="+tc.lang)
		if remembered != (tc.query == "?lang="+tc.lang) {
			t.Errorf("%+v: Set-Cookie %q", tc, rec.Header().Get("Set-Cookie"))
		}
	}
	// The switcher links keep the page's other parameters.
	_, body := f.get(tizim.Anonymous, "/people?q=Ilham&status=sentenced")
	if !strings.Contains(body, `href="/people?lang=ug&amp;q=Ilham&amp;status=sentenced" lang="ug" dir="rtl" hreflang="ug">ئۇيغۇرچە</a>`) ||
		!strings.Contains(body, `hreflang="en" aria-current="true">English</a>`) {
		t.Error("the language switcher drops the page's parameters, or does not mark the current language")
	}
	// A path with markup in it stays one escaped attribute.
	_, body = f.get(tizim.Anonymous, `/people/%22%3E%3Cscript%3Ealert(1)%3C/script%3E`)
	if strings.Contains(body, "<script>alert") {
		t.Error("the language switcher writes the request's path unescaped")
	}
}
