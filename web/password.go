package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"github.com/tizim/tizim"
)

// Argon2id parameters: the first of OWASP's recommended settings (Password Storage Cheat
// Sheet, 2024): 19 MiB of memory, 2 passes, 1 lane.
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 12

// maxPasswordLength bounds the work an attacker can make the server do per guess.
const maxPasswordLength = 1024

// HashPassword returns the argon2id hash of password in the PHC string format
// ($argon2id$v=19$m=...,t=...,p=...$salt$hash). It refuses passwords that are too short, too
// long or not valid UTF-8.
func HashPassword(password string) (string, error) {
	if err := checkPassword(password); err != nil {
		return "", err
	}
	salt := make([]byte, argonSaltLen)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime,
		argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// checkPassword says what is wrong with a new password, if anything.
func checkPassword(password string) error {
	switch {
	case !utf8.ValidString(password):
		return tizim.Errorf(tizim.EINVALID, "The password is not valid text (UTF-8).")
	case utf8.RuneCountInString(password) < MinPasswordLength:
		return tizim.Errorf(tizim.EINVALID, "The password must have at least %d characters.", MinPasswordLength)
	case len(password) > maxPasswordLength:
		return tizim.Errorf(tizim.EINVALID, "The password must have at most %d bytes.", maxPasswordLength)
	}
	return nil
}

// VerifyPassword reports whether password matches a hash made by HashPassword. The comparison
// takes the same time wherever the first difference is. A malformed hash matches nothing.
func VerifyPassword(hash, password string) bool {
	var m, t uint32
	var p uint8
	var v int
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" || len(password) > maxPasswordLength {
		return false
	}
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || t == 0 || p == 0 ||
		m > 1<<22 || t > 64 {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 || len(want) > 128 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is verified against when no account has the name given at login, so that a wrong
// name takes as long as a wrong password.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("no account has this password " + newToken())
	return h
})
