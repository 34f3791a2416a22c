package names

import "strings"

// ToCyrillic writes Uyghur Latin (ULY) in Uyghur Cyrillic (USY), letter for letter, keeping
// capitals: y before a or u becomes я or ю (Yusup → Юсуп), digraphs become one letter
// (Chimen → Чимән), and apostrophes vanish because USY needs none (sen'ger → сәнгәр). A hamza
// inside a word has no USY letter, so sa'et and saet both become саәт.
func ToCyrillic(uly string) string {
	toks := ulyTokens(uly)
	var b strings.Builder
	b.Grow(len(uly) * 2)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.hamza:
		case t.letter != "":
			out := ulyToUSY[t.letter]
			if t.letter == "y" && i+1 < len(toks) {
				switch toks[i+1].letter {
				case "a":
					out = "я"
					i++
				case "u":
					out = "ю"
					i++
				}
			}
			if t.upper {
				out = strings.ToUpper(out[:2]) + out[2:] // every USY letter is two bytes
			}
			b.WriteString(out)
		default:
			b.WriteRune(t.other)
		}
	}
	return b.String()
}
