package web

// choice is one option of a select in a form, translated and marked selected in Go, so that the
// template writes it with three field reads instead of a print, a comparison and a translation
// per option (the people page is the busiest page and has twelve of them).
type choice struct {
	Value, Label string
	Selected     bool
}

// choices lists values as options whose labels are the messages prefix+value in the language;
// the one equal to selected is marked.
func choices[T ~string](lang, prefix string, values []T, selected string) []choice {
	out := make([]choice, len(values))
	for i, v := range values {
		out[i] = choice{Value: string(v), Label: translate(lang, prefix+string(v)), Selected: string(v) == selected}
	}
	return out
}
