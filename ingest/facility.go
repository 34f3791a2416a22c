package ingest

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/tizim/tizim"
)

// facilityScripts are the name columns of a facilities file and the script of each.
var facilityScripts = []struct{ column, script string }{
	{"name_en", "latin"}, {"name_zh", "han"}, {"name_ug", "arabic"}, {"name_ru", "cyrillic"},
}

// ReadFacilities reads a facilities CSV file (columns key, kind, name_en, name_zh, name_ug,
// name_ru, division, latitude, longitude, in any order; the generator writes this layout) and
// calls put with each facility. An error names the file and line.
func ReadFacilities(name string, r io.Reader, put func(*tizim.Facility) error) error {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return tizim.Errorf(tizim.EINVALID, "%s: no header: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[headerKey(h)] = i
	}
	if _, ok := col["key"]; !ok {
		return tizim.Errorf(tizim.EINVALID, "%s: no key column", name)
	}
	for line := 2; ; line++ {
		row, err := cr.Read()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return tizim.Errorf(tizim.EINVALID, "%s line %d: %v", name, line, err)
		}
		get := func(c string) string {
			if i, ok := col[headerKey(c)]; ok && i < len(row) {
				return row[i]
			}
			return ""
		}
		f := &tizim.Facility{Key: get("key"), Kind: tizim.FacilityKind(get("kind")), DivisionCode: get("division")}
		for _, s := range facilityScripts {
			if v := get(s.column); v != "" {
				f.Names = append(f.Names, tizim.Name{Text: v, Script: s.script, Role: tizim.FullName})
			}
		}
		for _, c := range []struct {
			column string
			to     *float64
		}{{"latitude", &f.Latitude}, {"longitude", &f.Longitude}} {
			if v := get(c.column); v != "" {
				if *c.to, err = strconv.ParseFloat(v, 64); err != nil {
					return tizim.Errorf(tizim.EINVALID, "%s line %d, column %s: %q is not a number", name, line, c.column, v)
				}
			}
		}
		if err := put(f); err != nil {
			return fmt.Errorf("%s line %d: %w", name, line, err)
		}
	}
}
