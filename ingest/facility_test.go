package ingest

import (
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestReadFacilities(t *testing.T) {
	in := "key,kind,name_en,name_zh,name_ug,name_ru,division,latitude,longitude\n" +
		"f1,camp,Camp No. 1,一号培训中心,,Лагерь № 1,653125,38.41,77.24\n"
	var got []*tizim.Facility
	err := ReadFacilities("f.csv", strings.NewReader(in), func(f *tizim.Facility) error {
		got = append(got, f)
		return nil
	})
	if err != nil || len(got) != 1 {
		t.Fatalf("read %d facilities: %v", len(got), err)
	}
	f := got[0]
	if f.Key != "f1" || f.Kind != tizim.CampFacility || len(f.Names) != 3 || f.Names[1].Script != "han" ||
		f.DivisionCode != "653125" || f.Latitude != 38.41 || f.Longitude != 77.24 {
		t.Errorf("facility %+v", f)
	}
	bad := "key,latitude\nf2,north\n"
	err = ReadFacilities("f.csv", strings.NewReader(bad), func(*tizim.Facility) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "f.csv line 2, column latitude") {
		t.Errorf("bad latitude: %v", err)
	}
}
