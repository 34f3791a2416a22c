package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestCSVInterchange(t *testing.T) {
	in := "source,record_id,name,sex,birth_date,id_number,ethnicity,hometown,status,detained_on,facility,sentence,charges,notes,consent\n" +
		`ngo-list,17,Ilham Tohti | ئىلھام توختى | 伊力哈木·土赫提,男,1969年10月25日,,Uyghur,Atush,判刑,2014-01-15,Urumqi No. 1 Prison,life,separatism,"economist, teacher",public` + "\n"
	rows, err := readAll(t, "people.csv", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("got %d rows, want 1", len(rows))
	}
	row := rows[0]
	if row.Invalid || len(row.Problems) > 0 {
		t.Fatalf("unexpected problems:\n%s", problems(row))
	}
	r := row.Record
	if r.Source != "ngo-list" || r.RecordID != "17" || row.Line != 2 {
		t.Errorf("key %s line %d", r.Key(), row.Line)
	}
	wantNames := []tizim.Name{
		{Text: "Ilham Tohti", Script: "latin", Role: tizim.FullName},
		{Text: "ئىلھام توختى", Script: "arabic", Role: tizim.FullName},
		{Text: "伊力哈木·土赫提", Script: "han", Role: tizim.FullName},
	}
	if len(r.Names) != len(wantNames) {
		t.Fatalf("names %v", r.Names)
	}
	for i := range wantNames {
		if r.Names[i] != wantNames[i] {
			t.Errorf("name %d = %+v, want %+v", i, r.Names[i], wantNames[i])
		}
	}
	if r.Sex != tizim.Male || r.BirthDate.String() != "1969-10-25" || r.Consent != tizim.Public {
		t.Errorf("sex %q birth %s consent %s", r.Sex, r.BirthDate, r.Consent)
	}
	if len(r.Episodes) != 1 || r.Episodes[0].Status != tizim.Sentenced || r.Episodes[0].Start.String() != "2014-01-15" ||
		r.Episodes[0].Facility != "Urumqi No. 1 Prison" || r.Episodes[0].Sentence != "life" || r.Episodes[0].Charges != "separatism" {
		t.Errorf("episodes %+v", r.Episodes)
	}
	if r.HomePlace != "Atush" || r.Notes != "economist, teacher" {
		t.Errorf("home %q notes %q", r.HomePlace, r.Notes)
	}
	if len(r.Raw) != 15 || r.Raw[3] != (tizim.Field{Column: "sex", Value: "男"}) {
		t.Errorf("raw %v", r.Raw)
	}
}

// encode returns text in one of the encodings lists arrive in.
func encode(t *testing.T, enc, text string) []byte {
	t.Helper()
	switch enc {
	case UTF8:
		return []byte(text)
	case "UTF-8 BOM":
		return append([]byte{0xEF, 0xBB, 0xBF}, text...)
	case GB18030:
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	case UTF16LE, UTF16BE, "UTF-16LE no BOM":
		order, bom := unicode.LittleEndian, unicode.UseBOM
		if enc == UTF16BE {
			order = unicode.BigEndian
		}
		if enc == "UTF-16LE no BOM" {
			bom = unicode.IgnoreBOM
		}
		b, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Fatalf("unknown encoding %s", enc)
	return nil
}

// TestCSVLayouts reads the same Chinese police-style list in every encoding and delimiter.
func TestCSVLayouts(t *testing.T) {
	const rows = "序号{d}姓名{d}性别{d}出生日期{d}身份证号{d}民族{d}籍贯{d}状态{d}关押地点\r\n" +
		"1{d}阿卜杜拉·艾买提{d}男{d}19840126{d}65312519840126001X{d}维吾尔族{d}莎车县{d}教培{d}莎车县职业技能教育培训中心\r\n" +
		"2{d}\"古丽, 阿不都\"{d}女{d}1990年3月{d}{d}维吾尔族{d}喀什市{d}在押{d}\r\n"
	for _, enc := range []string{UTF8, "UTF-8 BOM", GB18030, UTF16LE, UTF16BE, "UTF-16LE no BOM"} {
		for _, d := range []string{",", ";", "\t", "|"} {
			t.Run(enc+" "+strings.ReplaceAll(d, "\t", "tab"), func(t *testing.T) {
				data := encode(t, enc, strings.ReplaceAll(rows, "{d}", d))
				got, err := readAll(t, "list.csv", data, Options{Source: "leak-a"})
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != 2 {
					t.Fatalf("got %d rows, want 2", len(got))
				}
				for _, row := range got {
					if len(row.Problems) > 0 {
						t.Fatalf("line %d problems:\n%s", row.Line, problems(row))
					}
				}
				a, b := got[0].Record, got[1].Record
				if a.DisplayName() != "阿卜杜拉·艾买提" || a.Sex != tizim.Male || a.BirthDate.String() != "1984-01-26" ||
					a.IDNumber != "65312519840126001X" || a.Ethnicity != "uyghur" || a.HomeCode != "653125" ||
					a.Status() != tizim.Camp || a.RecordID != "1" || a.Source != "leak-a" || a.Consent != tizim.Internal {
					t.Errorf("first record %+v", a)
				}
				if b.DisplayName() != "古丽, 阿不都" || b.BirthDate.String() != "1990-03" || b.Status() != tizim.Detained || got[1].Line != 3 {
					t.Errorf("second record (line %d) %+v", got[1].Line, b)
				}
			})
		}
	}
}

// TestCSVRowProblems checks what a user sees for each kind of bad row: which rows are
// invalid, which only warn, and that the message names the line and column.
func TestCSVRowProblems(t *testing.T) {
	const header = "name,birth_date,sex,id_number,consent,status\n"
	tests := []struct {
		name    string
		row     string
		invalid bool
		want    string // in the problems
	}{
		{"good", "Ali Hasan,1984,m,,,\n", false, ""},
		{"bad date", "Ali Hasan,31.02.1984,m,,,\n", false, `people.csv line 2, column birth_date: cannot read "31.02.1984" as a date`},
		{"bad sex", "Ali Hasan,1984,x,,,\n", false, `column sex: unknown sex "x"`},
		{"bad status", "Ali Hasan,1984,m,,,on holiday\n", false, `column status: unknown status "on holiday"`},
		{"no name no id", ",1984,m,,,\n", true, "nothing identifies a person"},
		{"id only", ",1984,m,653125198401260011,,\n", false, ""},
		{"unknown consent", "Ali Hasan,1984,m,,publik,\n", true, `unknown consent level "publik"`},
		{"too few fields", "Ali Hasan,1984\n", true, "the row has 2 fields but the header has 6"},
		{"too many fields", "Ali Hasan,1984,m,,,,x\n", true, "the row has 7 fields but the header has 6"},
		{"bare quote", "Ali \"the teacher\" Hasan,1984,m,,,\n", true, "line 2: broken quoting"},
		{"nul byte", "Ali\x00Hasan,1984,m,,,\n", true, "column name: the cell holds a NUL byte"},
		{"bidi in name", "Ali \u202eHasan,1984,m,,,\n", false, "removed invisible text-direction characters"},
		{"huge name", strings.Repeat("x", 1001) + ",1984,m,,,\n", true, "a name of 1001 bytes is not a name"},
		{"huge name beside an id", strings.Repeat("x", 1001) + ",1984,m,653125198401260011,,\n", false, "a name of 1001 bytes is not a name"},
		{"truncated quote", "\"Ali Hasan,1984,m,,,\n", true, "a quoted field is not closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := readAll(t, "data/people.csv", []byte(header+tt.row), Options{Source: "s"})
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 1 {
				t.Fatalf("got %d rows, want 1", len(rows))
			}
			row := rows[0]
			if row.Invalid != tt.invalid {
				t.Errorf("invalid = %v, want %v; problems:\n%s", row.Invalid, tt.invalid, problems(row))
			}
			got := problems(row)
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("problems:\n%s\nwant %q", got, tt.want)
			}
			if !tt.invalid && tt.want != "" && (row.Record == nil || len(row.Record.Warnings) == 0) {
				t.Errorf("a warning must be kept in Record.Warnings")
			}
		})
	}
}

// TestCSVKeepsReadingAfterBadRow checks that one broken row does not hide the others.
func TestCSVKeepsReadingAfterBadRow(t *testing.T) {
	in := "name,sex\nA B,m\n\"broken\"x,f\nC D,f\n,\n\nE F,m\n"
	rows, err := readAll(t, "p.csv", []byte(in), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	var invalid []int
	for _, r := range rows {
		lines = append(lines, r.Line)
		if r.Invalid {
			invalid = append(invalid, r.Line)
		}
	}
	if want := []int{2, 3, 4, 7}; !slices.Equal(lines, want) {
		t.Errorf("lines %v, want %v", lines, want)
	}
	if want := []int{3}; !slices.Equal(invalid, want) {
		t.Errorf("invalid lines %v, want %v", invalid, want)
	}
}

// TestCSVFileErrors checks the errors that stop a whole file, each naming file and line.
func TestCSVFileErrors(t *testing.T) {
	huge := "name,sex\nA B,m\n" + strings.Repeat("x", MaxRecordBytes+10) + ",m\n"
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "people.csv is empty"},
		{"only blank lines", "\n\n\n", "people.csv is empty"},
		{"duplicate header", "name,sex,Name\n", `people.csv line 1: columns 1 and 3 have the same header "Name"`},
		{"unknown headers", "foo,bar\n", "people.csv line 1: no column could be mapped"},
		{"no source", "name,sex\nA B,m\n", "has no source column; say which source it is with --source"},
		{"huge line", huge, "people.csv line 3: the record starting here is longer than 1048576 bytes"},
		{"unclosed quote", "name,sex\nA B,m\n\"" + strings.Repeat("x\n", MaxRecordBytes) + ",m\n", "people.csv line 3: the record starting here is longer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Source: "s"}
			if tt.name == "no source" {
				opt.Source = ""
			}
			_, err := readAll(t, "people.csv", []byte(tt.in), opt)
			if err == nil || !strings.Contains(tizim.ErrorMessage(err), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestCSVDerivedID(t *testing.T) {
	read := func(in string) *tizim.Record {
		rows, err := readAll(t, "p.csv", []byte(in), Options{Source: "s"})
		if err != nil || len(rows) != 1 {
			t.Fatalf("rows %v err %v", rows, err)
		}
		return rows[0].Record
	}
	a := read("name,sex,birth_date\nAli Hasan,m,1984\n")
	b := read("birth_date,name,notes,sex,consent\n1984, Ali  Hasan ,,m,public\n")
	c := read("name,sex,birth_date\nAli Hasan,f,1984\n")
	if !strings.HasPrefix(a.RecordID, "h-") || len(a.RecordID) != 18 {
		t.Errorf("derived id %q, want h- and 16 hex digits", a.RecordID)
	}
	if a.RecordID != b.RecordID {
		t.Errorf("same row, columns reordered, spaces, consent added: %q != %q", a.RecordID, b.RecordID)
	}
	if a.RecordID == c.RecordID {
		t.Errorf("different rows got the same id %q", a.RecordID)
	}
}

func TestCSVFormulaEscapeUndone(t *testing.T) {
	rows, err := readAll(t, "p.csv", []byte("name,notes\n'-gül,'=1+1\n'Ali',x\n"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[0].Record.DisplayName(); got != "-gül" {
		t.Errorf("name %q, want -gül", got)
	}
	if got := rows[0].Record.Notes; got != "=1+1" {
		t.Errorf("notes %q, want =1+1", got)
	}
	if got := rows[1].Record.DisplayName(); got != "'Ali'" {
		t.Errorf("an apostrophe not before a formula character must stay: %q", got)
	}
	if got := rows[0].Record.Raw[0].Value; got != "'-gül" {
		t.Errorf("raw %q must be the cell as it arrived", got)
	}
}

func TestCSVNameRoles(t *testing.T) {
	rows, err := readAll(t, "p.csv", []byte("Given Name,Father's Name,Sex\nIlham,Tohti,M\n"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	r := rows[0].Record
	want := []tizim.Name{{Text: "Ilham", Script: "latin", Role: tizim.GivenName}, {Text: "Tohti", Script: "latin", Role: tizim.FatherName}}
	if !slices.Equal(r.Names, want) || r.DisplayName() != "Ilham Tohti" {
		t.Errorf("names %+v", r.Names)
	}
}

// TestCSVMixedEncodings checks that a row in another encoding than the start of the file is
// invalid, not silently garbled.
func TestCSVMixedEncodings(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,hometown\n")
	for b.Len() < 70<<10 {
		b.WriteString("Ali Hasan,Kashgar\n")
	}
	data := []byte(b.String())
	data = append(data, encode(t, GB18030, "阿卜杜拉,喀什\n")...)
	rows, err := readAll(t, "p.csv", data, Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	last := rows[len(rows)-1]
	if !last.Invalid || !strings.Contains(problems(last), "column name: the cell is not valid text") {
		t.Errorf("line %d problems:\n%s", last.Line, problems(last))
	}
	if rows[0].Invalid {
		t.Errorf("first row invalid: %s", problems(rows[0]))
	}
}

// TestCSVTitleRows checks that title lines above the header (and Excel's sep= line) are
// skipped, and that line numbers stay those of the file.
func TestCSVTitleRows(t *testing.T) {
	tests := []struct{ name, in string }{
		{"title", "莎车县在押人员名单\n\n姓名;性别;出生日期\n古丽;女;1990\n"},
		{"title and date", "\"List of people, 2019\"\nCompiled 2020-01-01\n\n姓名;性别;出生日期\n古丽;女;1990\n"},
		{"sep line", "sep=;\n\n\n姓名;性别;出生日期\n古丽;女;1990\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := readAll(t, "list.csv", []byte(tt.in), Options{Source: "s"})
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 1 || rows[0].Line != 5-boolInt(tt.name == "title") || rows[0].Invalid || rows[0].Record.DisplayName() != "古丽" {
				t.Fatalf("rows %+v", rows[0])
			}
		})
	}
	_, err := readAll(t, "list.csv", []byte(strings.Repeat("title\n", maxTitleRows)+"name\nA\n"), Options{Source: "s"})
	if err == nil || !strings.Contains(err.Error(), "list.csv line 1: no column could be mapped") {
		t.Errorf("a header below %d title rows: %v", maxTitleRows, err)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestCSVEncodingGuess(t *testing.T) {
	latin1, err := charmap.Windows1252.NewEncoder().Bytes([]byte("name,hometown\nGülnar Äbäy,Kashgar\nAysé Müller,Köln\n"))
	if err != nil {
		t.Fatal(err)
	}
	utf8WithOneBadByte := []byte("姓名,籍贯\n古丽,莎车县\n阿卜杜拉\xff,喀什\n麦麦提,和田\n")
	tests := []struct {
		name  string
		data  []byte
		names []string
		bad   []int // invalid lines
	}{
		{"windows-1252", latin1, []string{"Gülnar Äbäy", "Aysé Müller"}, nil},
		{"utf-8 with a broken byte", utf8WithOneBadByte, []string{"古丽", "", "麦麦提"}, []int{3}},
		{"gb18030", encode(t, GB18030, "姓名,籍贯\n古丽,莎车县\n"), []string{"古丽"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := readAll(t, "p.csv", tt.data, Options{Source: "s"})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			var bad []int
			for _, r := range rows {
				if r.Invalid {
					bad = append(bad, r.Line)
					names = append(names, "")
				} else {
					names = append(names, r.Record.DisplayName())
				}
			}
			if !slices.Equal(names, tt.names) || !slices.Equal(bad, tt.bad) {
				t.Errorf("names %q invalid lines %v, want %q %v", names, bad, tt.names, tt.bad)
			}
		})
	}
}

func TestCSVCarriageReturnLines(t *testing.T) {
	rows, err := readAll(t, "mac.csv", []byte("name,sex\rA B,m\r\"C\rD\",f\rE F,m"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%d %s", r.Line, r.Record.DisplayName()))
	}
	if want := []string{"2 A B", "3 C\nD", "5 E F"}; !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}
