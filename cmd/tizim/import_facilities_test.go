package main

import (
	"context"
	"strings"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/store"
)

// TestImportFacilities checks that a list of known facilities is stored whole, can be imported
// again, and that a bad line names its place and writes nothing of its file.
func TestImportFacilities(t *testing.T) {
	db := tempDB(t)
	const header = "key,kind,name_en,name_zh,name_ug,name_ru,division,latitude,longitude\n"
	good := writeFile(t, "facilities.csv", header+
		"F1,prison,Keriya Prison No. 1,于田县第1监狱,كەرىيا 1-تۈرمە,\"Тюрьма № 1, Кәрия\",653226,36.8040,79.6743\n"+
		"F2,camp,Keriya No. 1 Vocational Skills Education and Training Centre,于田县第1职业技能教育培训中心,,,653226,36.7620,79.7401\n")
	for range 2 {
		out, errOut, err := tizimCmd(t, db, "import", "--facilities", good)
		if err != nil || !strings.Contains(out, "2 facilities stored") {
			t.Fatalf("import --facilities: %v; %s %s", err, out, errOut)
		}
	}
	bad := writeFile(t, "more.csv", header+
		"F3,prison,Hotan Prison No. 1,和田市第1监狱,,,653201,37.1,79.9\n"+
		"F4,prison,Hotan Prison No. 2,和田市第2监狱,,,653201,north,79.9\n")
	_, errOut, err := tizimCmd(t, db, "import", "--facilities", bad)
	if err == nil || !strings.Contains(errOut+err.Error(), "more.csv line 3") {
		t.Errorf("a bad latitude: %v; %s, want an error naming more.csv line 3", err, errOut)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fs, n, err := st.FindFacilities(context.Background(), tizim.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || fs[0].Key != "F1" || len(fs[0].Names) != 4 || fs[1].Key != "F2" {
		t.Errorf("stored %d facilities %v, want F1 (four names) and F2 only", n, fs)
	}
}
