package web

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/tizim/tizim"
)

// Browser tests drive Debian's chromium through chromedp against a server on a real store. They
// skip when no chromium is installed, unless CI=true or TIZIM_TEST_BROWSER=1 demands them.
// TIZIM_SCREENSHOTS=DIR saves a PNG of each page visited, for looking at the layout.

// chromiumPath finds the browser or skips (or fails) the test.
func chromiumPath(t *testing.T) string {
	required := os.Getenv("CI") == "true" || os.Getenv("TIZIM_TEST_BROWSER") == "1"
	if testing.Short() && !required {
		t.Skip("browser tests skipped in -short mode")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if required {
		t.Fatal("chromium not found, and CI=true or TIZIM_TEST_BROWSER=1 requires the browser tests (apt-get install chromium)")
	}
	t.Skip("chromium not found: browser tests skipped (apt-get install chromium, or set TIZIM_TEST_BROWSER=1 to require them)")
	return ""
}

// browser starts a headless chromium with an empty profile and returns a tab's context.
func browser(t *testing.T) context.Context {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
		// Chromium puts its singleton socket in a directory of its own under TMPDIR and leaves it
		// behind when the test ends the browser: one directory in /tmp a browser test otherwise.
		chromedp.Env("TMPDIR="+t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	// The first call starts the browser, which lives as long as that call's context: no timeout
	// on it; later calls get one.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// shot saves a screenshot of the page when TIZIM_SCREENSHOTS names a directory.
func shot(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		dir := os.Getenv("TIZIM_SCREENSHOTS")
		if dir == "" {
			return nil
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	})
}

func TestBrowser(t *testing.T) {
	for _, js := range []bool{true, false} {
		name := map[bool]string{true: "javascript-on", false: "javascript-off"}[js]
		t.Run(name, func(t *testing.T) { browserFlows(t, js) })
	}
}

// textOf reads the visible text of the first element matching a CSS selector.
func textOf(ctx context.Context, sel string) (string, error) {
	return chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
}

func browserFlows(t *testing.T, js bool) {
	f := newFixture(t)
	queue := &memReviews{records: f.st}
	queue.PutReviewPairs(context.Background(), []tizim.ReviewPair{{A: f.rec["family:f1"], B: f.rec["family:f2"], Prob: 0.6,
		Evidence: []tizim.Evidence{{Field: "name", Level: "none", Weight: -2}}}})
	f.srv.cfg.Reviews = queue
	ts := httptest.NewServer(f.srv)
	t.Cleanup(ts.Close)
	// Browsers treat http://localhost as a secure context, so the Secure __Host- cookie works
	// there without TLS.
	base := strings.Replace(ts.URL, "127.0.0.1", "localhost", 1)
	ctx := browser(t)
	suffix := map[bool]string{true: "", false: "-nojs"}[js]
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !js}); err != nil {
		t.Fatal(err)
	}
	type css = chromedp.CSS

	// Log in.
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(css("#name")),
		shot("login"+suffix),
		chromedp.SendKeys(css("#name"), "admin-user"),
		chromedp.SendKeys(css("#password"), testPassword),
		chromedp.Submit(css("#password")),
		chromedp.WaitVisible(css(".who")),
		shot("home"+suffix),
	)
	if err != nil {
		t.Fatalf("log in: %v", err)
	}
	if who, err := textOf(ctx, ".who"); err != nil || !strings.Contains(who, "admin-user") {
		t.Fatalf("after login the header says %q (%v)", who, err)
	}

	// Search in Arabic script, then in Chinese characters, and open the person.
	for _, q := range []string{"ئىلھام", "伊力哈木"} {
		err = chromedp.Do(ctx,
			chromedp.SetValue(css("#top-q"), q),
			chromedp.Submit(css("#top-q")),
			chromedp.WaitVisible(css("table.list")),
			shot("search"+suffix),
		)
		rows, err2 := textOf(ctx, "table.list tbody")
		if err != nil || err2 != nil || !strings.Contains(rows, "Ilham Tohti") {
			t.Fatalf("search %q: %q, %v %v", q, rows, err, err2)
		}
	}
	err = chromedp.Do(ctx,
		chromedp.Click(css("table.list tbody a")),
		chromedp.WaitVisible(css("table.compare")),
		shot("person"+suffix),
	)
	h1, _ := textOf(ctx, "h1")
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if err != nil || h1 != "Ilham Tohti" || !strings.HasSuffix(loc, "/people/"+f.id("family:f1")) {
		t.Fatalf("open person: %q at %s, %v", h1, loc, err)
	}

	// Switch to Uyghur: the page turns right to left.
	err = chromedp.Do(ctx,
		chromedp.Click(css(`nav.langs a[lang="ug"]`)),
		chromedp.WaitVisible(css(`html[dir="rtl"] main`)),
		shot("person-ug"+suffix),
	)
	nav, _ := textOf(ctx, "nav.main")
	if err != nil || !strings.Contains(nav, "كىشىلەر") {
		t.Fatalf("switch to Uyghur: nav=%q, %v", nav, err)
	}
	style, err := chromedp.Run(ctx, chromedp.ComputedStyle(css("main")))
	direction := ""
	for _, p := range style {
		if p.Name == "direction" {
			direction = p.Value
		}
	}
	if err != nil || direction != "rtl" {
		t.Errorf("computed direction of main is %q, want rtl (%v)", direction, err)
	}

	// Accept a review pair: the two records become one person.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/review?lang=en"),
		chromedp.Click(css(`a[href="/review/1"]`)),
		chromedp.WaitVisible(css("textarea#reason")),
		shot("review"+suffix),
		chromedp.SendKeys(css("#reason"), "same family, same camp"),
		chromedp.Click(css(`button[value="same"]`)),
		chromedp.WaitVisible(css(`p.notice`)),
	)
	if err != nil {
		t.Fatalf("review: %v", err)
	}
	if rec, err := f.st.FindRecordByID(context.Background(), f.rec["family:f2"]); err != nil || rec.PersonID != f.rec["family:f1"] {
		t.Errorf("after accepting the pair the record is in person %d (%v)", rec.PersonID, err)
	}

	// A name holding a script payload shows as text and never runs.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/people/"+f.id("press:x1")+"?lang=en"),
		chromedp.WaitVisible(css("h1")),
		shot("payload"+suffix),
	)
	h1, _ = textOf(ctx, "h1")
	if err != nil || !strings.Contains(h1, "<script>window.pwned=1</script>Evil") {
		t.Fatalf("payload page: %q, %v", h1, err)
	}
	if js {
		if pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.pwned)`)); err != nil || pwned != "undefined" {
			t.Errorf("a payload ran: window.pwned = %q (%v)", pwned, err)
		}
	}
	if imgs, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("main img"), chromedp.AtLeast(0))); err != nil || len(imgs) > 0 {
		t.Errorf("an <img> payload became an element: %d (%v)", len(imgs), err)
	}

	// Log out: the session ends.
	err = chromedp.Do(ctx,
		chromedp.Click(css(".session button")),
		chromedp.WaitVisible(css(`.session a[href="/login"]`)),
		chromedp.Navigate(base+"/account"),
		chromedp.WaitVisible(css("#password")),
	)
	loc, _ = chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/login?next="+url.QueryEscape("/account")) {
		t.Errorf("after logout /account went to %q, %v", loc, err)
	}
}
