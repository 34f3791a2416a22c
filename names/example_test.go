package names_test

import (
	"fmt"

	"github.com/tizim/tizim/names"
)

func ExampleTranslit() {
	f := names.Translit("伊力哈木·土赫提")
	fmt.Println(f.ULY)
	fmt.Println(f.UEY)
	fmt.Println(f.USY)
	fmt.Println(f.Pinyin)
	// Output:
	// Ilham Toxti
	// ئىلھام توختى
	// Илһам Тохти
	// yi li ha mu · tu he ti
}

func ExampleCompare() {
	for _, p := range [][2]string{
		{"Ilham Tohti", "YILIHAMU TUHETI"},
		{"Ilham Tohti", "Memet Tohti"}, // brothers share their father's name
		{"Tursun", "Tursunay"},
	} {
		r := names.Compare(p[0], p[1], nil)
		fmt.Printf("%s / %s: %.2f %v\n", p[0], p[1], r.Score, r.Match)
	}
	// Output:
	// Ilham Tohti / YILIHAMU TUHETI: 1.00 true
	// Ilham Tohti / Memet Tohti: 0.61 false
	// Tursun / Tursunay: 0.00 false
}

func ExampleKey() {
	for _, s := range []string{"Toxti", "Tohti", "Tokhti", "Тохти", "توختى", "土赫提"} {
		fmt.Print(names.Key(s), " ")
	}
	fmt.Println()
	// Output: tuti tuti tuti tuti tuti tuti
}
