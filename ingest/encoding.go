package ingest

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings a text file can be detected as.
const (
	UTF8    = "UTF-8"
	UTF16LE = "UTF-16LE"
	UTF16BE = "UTF-16BE"
	GB18030 = "GB18030"
	// Windows1252 is the Western code page of European spreadsheets (names such as Gülnar).
	Windows1252 = "Windows-1252"
)

// decode detects the encoding of a text file from its first 64 KiB and returns a reader of
// its text in UTF-8. A byte-order mark decides; without one, text with NUL bytes in every
// other position is UTF-16, (nearly) valid UTF-8 is UTF-8, text whose non-ASCII bytes stand
// alone is Windows-1252, and anything else is GB18030 (the national standard that includes
// GBK and GB2312, in which Chinese government spreadsheets are saved).
// A later part of the file in another encoding shows up as cells that are not valid text.
func decode(br *bufio.Reader) (io.Reader, string) {
	head, err := br.Peek(64 << 10)
	atEOF := err != nil
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, UTF8
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return utf16Reader(br, unicode.LittleEndian, unicode.ExpectBOM), UTF16LE
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return utf16Reader(br, unicode.BigEndian, unicode.ExpectBOM), UTF16BE
	}
	if e := nulPattern(head); e != "" {
		order := unicode.LittleEndian
		if e == UTF16BE {
			order = unicode.BigEndian
		}
		return utf16Reader(br, order, unicode.IgnoreBOM), e
	}
	if mostlyUTF8(head, atEOF) {
		return br, UTF8
	}
	if singleByte(head) {
		return transform.NewReader(br, charmap.Windows1252.NewDecoder()), Windows1252
	}
	return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), GB18030
}

// mostlyUTF8 reports whether head is UTF-8 with at most a few broken sequences (one bad cell
// must not make a whole UTF-8 file be read as GB18030; the bad cells are reported as rows).
// Text in GB18030 or a single-byte code page is almost never valid UTF-8 beyond ASCII.
func mostlyUTF8(head []byte, atEOF bool) bool {
	if validUTF8Prefix(head, atEOF) {
		return true
	}
	var good, bad int
	for i := 0; i < len(head); {
		if head[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
		} else {
			good++
		}
		i += max(n, 1)
	}
	return good > 0 && bad*20 <= good
}

// singleByte recognises text in a Western single-byte code page (Windows-1252, which also
// reads ISO 8859-1): its non-ASCII bytes are letters such as ü or é between ASCII letters,
// while GB18030 pairs two high bytes for almost every Chinese character.
func singleByte(head []byte) bool {
	var pairs, lone int
	for i := 0; i < len(head); i++ {
		if head[i] < 0x81 {
			continue
		}
		if i+1 < len(head) && head[i+1] >= 0x81 {
			pairs++
			i++
		} else {
			lone++
		}
	}
	return lone > pairs
}

func utf16Reader(r io.Reader, order unicode.Endianness, bom unicode.BOMPolicy) io.Reader {
	return transform.NewReader(r, unicode.UTF16(order, bom).NewDecoder())
}

// nulPattern recognises UTF-16 without a byte-order mark. Text files never hold NUL bytes,
// but UTF-16 puts one beside every ASCII character (delimiters, digits, Latin headers): in the
// odd bytes for little-endian, in the even bytes for big-endian.
func nulPattern(head []byte) string {
	n := min(len(head), 4096) &^ 1
	var even, odd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	enough := max(2, n/2/20) // at least one character in twenty is ASCII
	switch {
	case odd >= enough && even*10 <= odd:
		return UTF16LE
	case even >= enough && odd*10 <= even:
		return UTF16BE
	}
	return ""
}

// validUTF8Prefix reports whether head is UTF-8, allowing a rune cut off at the end of a
// peek that did not reach the end of the file.
func validUTF8Prefix(head []byte, atEOF bool) bool {
	if utf8.Valid(head) {
		return true
	}
	if atEOF {
		return false
	}
	for cut := 1; cut <= 3 && cut < len(head); cut++ {
		if utf8.Valid(head[:len(head)-cut]) {
			return true
		}
	}
	return false
}
