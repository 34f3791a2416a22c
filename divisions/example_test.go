package divisions_test

import (
	"fmt"

	"github.com/tizim/tizim/divisions"
)

func ExampleFind() {
	for _, q := range []string{"Yarkand", "莎车", "Qeshqer", "新疆和田地区于田县"} {
		d := divisions.Find(q)[0]
		fmt.Println(q, "→", d.Code, d.Name, d.Latin)
	}
	// Output:
	// Yarkand → 653125 莎车县 Yarkand
	// 莎车 → 653125 莎车县 Yarkand
	// Qeshqer → 653101 喀什市 Kashgar
	// 新疆和田地区于田县 → 653226 于田县 Keriya
}

func ExampleLookupAt() {
	_, ok1990 := divisions.LookupAt("652101", 1990)
	_, ok2020 := divisions.LookupAt("652101", 2020)
	fmt.Println(ok1990, ok2020, divisions.Current("652101")[0].Name)
	// Output: true false 高昌区
}
