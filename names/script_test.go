package names

import "testing"

func TestFirstScript(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Script
	}{
		{"沙湾市", Han},
		{"شاۋان", Arabic},
		{"12, Kashgar", Latin},
		{"Кашгар 喀什", Cyrillic},
		{"Ürümchi", Latin},
		{"- 42 -", Unknown},
		{"", Unknown},
	} {
		if got := FirstScript(tc.in); got != tc.want {
			t.Errorf("FirstScript(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
