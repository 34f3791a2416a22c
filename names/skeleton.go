package names

// Skeleton returns the consonants of a key, without h and with doubled letters written once:
// the coarsest key, for blocking and search indexes that must not miss a writing. A Chinese
// reading and a Latin spelling of one name usually differ only in vowels and h (阿布力米提 is
// read abulimiti, written Ablimit: both give blmt), while their full keys may not meet.
func Skeleton(key string) string {
	var buf [maxKey]byte
	b := buf[:0]
	for i := 0; i < len(key); i++ {
		c := key[i]
		if isKeyVowel(c|0x20) || c >= 'A' && c <= 'Z' || c == 'h' || c == 'w' && i > 0 && isKeyVowel(key[i-1]|0x20) {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c && c < 0x80 {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
