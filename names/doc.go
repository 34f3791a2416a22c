// Package names matches the names of people across the scripts they are written in.
//
// One Uyghur is written ئىلھام توختى in a testimony, Ilham Toxti in Uyghur Latin, Илһам Тохти in
// Almaty, Ilham Tohti in the press, 伊力哈木·土赫提 in a police file and YILIHAMU TUHETI in a
// passport. The package brings every writing to one phonetic key: Uyghur Arabic script (UEY),
// Uyghur Cyrillic (USY) and Uyghur Latin (ULY) convert letter for letter (ToLatin, ToArabic,
// ToCyrillic); Chinese characters go through pinyin (with name readings) and a syllable table to a
// Uyghur reading whose epenthetic vowels are marked as optional; and Latin spellings from English,
// Turkish and Russian traditions fold into the same key (Key). Compare then aligns the parts of two
// names as sets: order is weak evidence, a missing part costs less than a contradicting one, and
// rare parts (Frequencies) count for more than Memet or Tursun. A part is compared whole, not as
// a prefix, so Tursun and Tursunay stay apart.
package names
