package idcard_test

import (
	"fmt"

	"github.com/tizim/tizim/idcard"
)

func ExampleParse() {
	n, err := idcard.Parse("652101 19800501 1237") // Turpan, a code retired in 2015
	fmt.Println(n.Valid, err, n.Birth.Format("2006-01-02"), n.Sex)
	fmt.Println(n.County.Code, n.County.Name, n.County.Latin, n.County.End)
	for _, d := range n.CountyCurrent {
		fmt.Println("now", d.Code, d.Name)
	}
	// Output:
	// true <nil> 1980-05-01 m
	// 652101 吐鲁番市 Turpan 2015
	// now 650402 高昌区
}

func ExampleParse_masked() {
	n, err := idcard.Parse("6531**********123X")
	fmt.Println(n.Valid, n.Masked, err, n.Sex, n.Prefecture.Latin)
	// Output: false true <nil> m Kashgar
}

func ExampleCompare() {
	fmt.Println(idcard.Compare("11010519491231002X", "110105 19491231 002x"))
	fmt.Println(idcard.Compare("11010519491231002X", "11010519941231002X"))
	fmt.Println(idcard.Compare("11010519491231002X", "1101**********002X"))
	// Output:
	// exact
	// one_digit
	// masked_compatible
}
