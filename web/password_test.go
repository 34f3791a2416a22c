package web

import (
	"strings"
	"testing"
)

func TestPasswordHashing(t *testing.T) {
	h, err := HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash %q is not argon2id in PHC form", h)
	}
	h2, _ := HashPassword("correct horse battery staple")
	if h == h2 {
		t.Error("two hashes of one password are equal: no salt")
	}
	for _, tc := range []struct {
		hash, password string
		ok             bool
	}{
		{h, "correct horse battery staple", true},
		{h, "correct horse battery stapl", false},
		{h, "", false},
		{"", "x", false},
		{"$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA", "x", false}, // absurd memory: refused, not allocated
		{"$argon2i$v=19$m=19456,t=2,p=1$AAAA$AAAA", "x", false},
		{"$argon2id$v=19$garbage", "x", false},
		{strings.Replace(h, "$argon2id$", "$argon2id$$", 1), "correct horse battery staple", false},
	} {
		if got := VerifyPassword(tc.hash, tc.password); got != tc.ok {
			t.Errorf("VerifyPassword(%.40q, %q) = %v", tc.hash, tc.password, got)
		}
	}
	for _, bad := range []string{"short", "\xff\xfe invalid utf-8 bytes", strings.Repeat("x", 2000)} {
		if _, err := HashPassword(bad); err == nil {
			t.Errorf("HashPassword accepted %.20q", bad)
		}
	}
}
