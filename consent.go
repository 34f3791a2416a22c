package tizim

import "strings"

// Consent is the consent and sensitivity level of a record or source. It decides who may see
// it, and it is set on every record from the start: nothing is public unless someone said so.
type Consent string

// The consent levels, from the most open to the most closed.
const (
	Public     Consent = "public"     // named on the public site, with the family's consent
	Anonymised Consent = "anonymised" // public only without identifying fields
	Partners   Consent = "partners"   // shared with partner organisations
	Internal   Consent = "internal"   // staff of this installation only (the default)
	Sealed     Consent = "sealed"     // named people only; the most dangerous material
)

// DefaultConsent is the level of a record whose file and command line do not say.
const DefaultConsent = Internal

// ConsentLevels lists the levels from the most open to the most closed.
var ConsentLevels = []Consent{Public, Anonymised, Partners, Internal, Sealed}

// Rank orders levels: a higher rank is more closed. An unknown level ranks as sealed, so that
// a mistake denies rather than reveals.
func (c Consent) Rank() int {
	for i, l := range ConsentLevels {
		if l == c {
			return i
		}
	}
	return len(ConsentLevels) - 1
}

// Valid reports whether c is one of the five levels.
func (c Consent) Valid() bool {
	for _, l := range ConsentLevels {
		if l == c {
			return true
		}
	}
	return false
}

// Allows reports whether a reader cleared up to level clearance may see something at level c.
func (c Consent) Allows(clearance Consent) bool { return c.Rank() <= clearance.Rank() }

// ParseConsent reads a consent level; "" gives def.
func ParseConsent(s string, def Consent) (Consent, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return def, nil
	}
	if s == "anonymized" {
		s = string(Anonymised)
	}
	if c := Consent(s); c.Valid() {
		return c, nil
	}
	return "", Errorf(EINVALID, "unknown consent level %q (want public, anonymised, partners, internal or sealed)", s)
}
