package store

import (
	"math"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// A full resolution at a million people queues a million review pairs, each with its evidence
// as JSON. encoding/json (jsonList) spent more on reflecting over the evidence than on writing
// it; evidenceJSON writes the same bytes directly, into a buffer a batch of pairs shares.

// evidenceJSON returns the evidence as JSON, byte for byte what jsonList (encoding/json) gives:
// [] when empty, objects {"field","level","weight"}. buf is scratch space, reused by the caller.
func evidenceJSON(buf *[]byte, ev []tizim.Evidence) string {
	if len(ev) == 0 {
		return "[]"
	}
	for _, e := range ev {
		// Text to escape goes through encoding/json, which escapes <, > and & for HTML and
		// some control characters in short forms (\n); the model's words need neither.
		if !plainText(e.Field) || !plainText(e.Level) {
			return jsonList(ev)
		}
	}
	*buf = appendArray((*buf)[:0], len(ev), func(o *jsonObject, i int) {
		o.str("field", ev[i].Field, false)
		o.str("level", ev[i].Level, false)
		o.key("weight")
		o.b = appendJSONFloat(o.b, ev[i].Weight)
	})
	return string(*buf)
}

// plainText reports whether JSON holds s as it is, for encoding/json as for appendJSONString.
func plainText(s string) bool { return jsonPlain(s) && !strings.ContainsAny(s, "<>&") }

// appendJSONFloat writes a finite f as encoding/json writes a float64, which follows
// ECMAScript's Number to String: the shortest digits that read back as f, in plain decimal
// form unless its size is below 1e-6 or at least 1e21, and then in exponent form with the
// exponent's leading zero dropped (1e-7, not 1e-07).
func appendJSONFloat(b []byte, f float64) []byte {
	form := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		form = 'e'
	}
	b = strconv.AppendFloat(b, f, form, -1, 64)
	if n := len(b); form == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b
}
