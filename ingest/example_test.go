package ingest_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tizim/tizim/ingest"
)

// A police-style list with Chinese headers, one bad date and one row that names nobody.
func ExampleOpen() {
	list := "序号,姓名,性别,出生日期,籍贯,状态\n" +
		"1,Ilham Tohti | ئىلھام توختى,男,1969年10月25日,Atush,判刑\n" +
		"2,Gulnar,女,31.02.1984,莎车县,教培\n" +
		"3,,女,1990,,\n"
	r, err := ingest.Open("list.csv", strings.NewReader(list), ingest.Options{Source: "example"})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	for _, c := range r.Columns() {
		fmt.Printf("%s → %s\n", c.Header, c.Field)
	}
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			fmt.Println(err)
			return
		}
		if !row.Invalid {
			rec := row.Record
			fmt.Printf("%s: %s, %s, born %s, home %s (%s), %s\n", rec.Key(), rec.DisplayName(), rec.Sex, rec.BirthDate, rec.HomePlace, rec.HomeCode, rec.Status())
		}
		for _, p := range row.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// 序号 → record_id
	// 姓名 → name
	// 性别 → sex
	// 出生日期 → birth_date
	// 籍贯 → hometown
	// 状态 → status
	// example:1: Ilham Tohti, m, born 1969-10-25, home Atush (653001), sentenced
	// example:2: Gulnar, f, born , home 莎车县 (653125), camp
	// list.csv line 3, column 出生日期: cannot read "31.02.1984" as a date: day 31 does not exist in 1984-02
	// list.csv line 4: nothing identifies a person: the row has no name and no identity number
}
