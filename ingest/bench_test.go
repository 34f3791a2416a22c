package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// syntheticCSV writes n rows of interchange columns with values in the forms real lists use.
// The people are synthetic.
func syntheticCSV(n int) []byte {
	given := []string{"Abdulla", "Gulnar", "Memet", "Aygul", "Tursun", "Patigül", "Ekber", "Zulpiye"}
	father := []string{"Ahmet", "Tohti", "Hasan", "Osman", "Rozi", "Yasin", "Qurban", "Niyaz"}
	han := []string{"阿卜杜拉·艾买提", "古丽娜尔·托合提", "麦麦提·哈森", "阿依古丽·吾斯曼"}
	places := []string{"莎车县", "Kashgar", "喀什市", "Hotan", "Yarkand", "伊宁县", "Aksu", "Atush"}
	statuses := []string{"在押", "教培", "判刑", "released", "camp", "", "失踪", "sentenced"}
	var b bytes.Buffer
	b.WriteString(strings.Join([]string{"source", "record_id", "name", "sex", "birth_date", "id_number", "ethnicity", "hometown",
		"status", "detained_on", "facility", "sentence", "charges", "notes", "consent"}, ","))
	b.WriteByte('\n')
	for i := range n {
		g, f := given[i%len(given)], father[(i/8)%len(father)]
		y, m, d := 1950+i%50, 1+i%12, 1+i%28
		birth := []string{fmt.Sprintf("%d-%02d-%02d", y, m, d), fmt.Sprintf("%d年%d月%d日", y, m, d), fmt.Sprintf("%02d.%02d.%d", d, m, y), fmt.Sprint(y)}[i%4]
		fmt.Fprintf(&b, "bench,%d,%s %s | %s,%s,%s,6531251%03d%02d%02d%03d,Uyghur,%s,%s,2017-%02d,Facility %d,%d years,\"charge, %d\",,internal\n",
			i, g, f, han[i%len(han)], []string{"m", "f", "男", "女"}[i%4], birth, y%1000, m, d, i%1000,
			places[i%len(places)], statuses[i%len(statuses)], m, i%300, i%20, i%40)
	}
	return b.Bytes()
}

// BenchmarkReadCSV measures rows per second through the whole CSV path: encoding detection,
// csv parsing, value parsing, names, home county lookup and derived fields.
func BenchmarkReadCSV(b *testing.B) {
	const n = 100_000
	data := syntheticCSV(n)
	b.SetBytes(int64(len(data)))
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		r, err := Open("bench.csv", bytes.NewReader(data), Options{})
		if err != nil {
			b.Fatal(err)
		}
		rows := 0
		for {
			row, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if row.Invalid {
				b.Fatalf("line %d invalid: %s", row.Line, problems(row))
			}
			rows++
		}
		if rows != n {
			b.Fatalf("read %d rows, want %d", rows, n)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	// The machine is shared, so wall time says little; CPU time per row (all goroutines,
	// user and system) does not depend on what else runs.
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n*b.N), "cpu-ns/row")
}

// cpuTime returns the CPU time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkReadFile reads the CSV, XLSX or JSON Lines file named by $TIZIM_BENCH_FILE (for
// example records.csv of `tizim gen --persons 400000`), so that a real-sized corpus can be
// measured without keeping it in the repository.
func BenchmarkReadFile(b *testing.B) {
	path := os.Getenv("TIZIM_BENCH_FILE")
	if path == "" {
		b.Skip("set TIZIM_BENCH_FILE to a file to read")
	}
	cpu0 := cpuTime()
	rows := 0
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r, err := Open(path, f, Options{Source: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		for {
			_, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			rows++
		}
		f.Close()
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(rows), "cpu-ns/row")
}

// BenchmarkReadXLSX reads a workbook of 50,000 rows made from syntheticCSV's rows.
func BenchmarkReadXLSX(b *testing.B) {
	const n = 50_000
	lines := strings.Split(strings.TrimSpace(string(syntheticCSV(n))), "\n")
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	for i, line := range lines {
		r := csv.NewReader(strings.NewReader(line))
		cells, err := r.Read()
		if err != nil {
			b.Fatal(err)
		}
		row := make([]any, len(cells))
		for j, c := range cells {
			row[j] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	sw.Flush()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		r, err := Open("bench.xlsx", bytes.NewReader(data), Options{})
		if err != nil {
			b.Fatal(err)
		}
		rows := 0
		for {
			_, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			rows++
		}
		if rows != n {
			b.Fatalf("read %d rows, want %d", rows, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n*b.N), "cpu-ns/row")
}
