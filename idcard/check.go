package idcard

import (
	"fmt"
	"time"
)

// weights are the factors of the first 17 digits in the check sum, and checkChars the check
// character for each sum modulo 11. Source: GB 11643-1999, section 8 (ISO 7064 MOD 11-2).
var (
	weights    = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	checkChars = "10X98765432"
)

// Check returns the check character ('0'–'9' or 'X') of the first 17 digits of an 18-digit
// number, or 0 when first17 is not 17 ASCII digits.
func Check(first17 string) byte {
	if len(first17) != 17 {
		return 0
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := first17[i]
		if c < '0' || c > '9' {
			return 0
		}
		sum += int(c-'0') * weights[i]
	}
	return checkChars[sum%11]
}

// Generate returns a valid 18-digit number for a person registered in county (a six-digit
// address code), born on birth, with sequence number seq (0–999; odd for men, even for women).
// It returns "" when county is not six digits, seq is out of range, or the birth year is not
// in 1000–9999. It does not check that the county code was in use at that time: the caller
// chooses the code (see divisions.LookupAt).
func Generate(county string, birth time.Time, seq int) string {
	if len(county) != 6 || seq < 0 || seq > 999 || birth.Year() < 1000 || birth.Year() > 9999 {
		return ""
	}
	for i := 0; i < 6; i++ {
		if county[i] < '0' || county[i] > '9' {
			return ""
		}
	}
	first17 := fmt.Sprintf("%s%04d%02d%02d%03d", county, birth.Year(), int(birth.Month()), birth.Day(), seq)
	return first17 + string(Check(first17))
}

// upgrade turns an old 15-digit number (address, YYMMDD, sequence; issued 1984–2004 to people
// born in the 1900s) into its 18-digit form by inserting the century and adding the check
// character. Masked characters stay masked, and a masked first 17 leaves the check masked.
func upgrade(n15 string) string {
	first17 := n15[:6] + "19" + n15[6:]
	if c := Check(first17); c != 0 {
		return first17 + string(c)
	}
	return first17 + string(maskChar)
}

// Mask hides the birth date and most of the address and sequence of a number, the way lists
// published in China print them (6531**********123X): the first four and last four characters
// stay, enough to compare numbers (see Compare) but not to identify the holder. It returns ""
// for input that is not an 18- or 15-character number.
func Mask(s string) string {
	n, _, ok := comparable(s)
	if !ok {
		return ""
	}
	return n[:4] + "**********" + n[14:]
}
