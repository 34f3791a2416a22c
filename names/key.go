package names

// Key returns the phonetic key of one name part (placeholder until the key is written).
func Key(part string) string { return part }

// Keys returns, per part, candidate phonetic keys.
func Keys(name string) [][]string {
	var out [][]string
	for _, p := range Parts(name) {
		out = append(out, []string{Key(p)})
	}
	return out
}
