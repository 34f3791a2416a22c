package divisions

import "testing"

func TestFindAddress(t *testing.T) {
	tests := []struct {
		query string
		first string // "" for no match
	}{
		{"新疆维吾尔自治区喀什地区莎车县", "653125"},
		{"新疆喀什莎车", "653125"},
		{"新疆 喀什地区 莎车县", "653125"},
		{"喀什地区莎车县托木吾斯塘乡", "653125"}, // the township is ignored
		{"新疆和田", "653201"},
		{"新疆吐鲁番地区鄯善县", "652122"},
		{"吐鲁番市鄯善县", "650421"},
		{"北京市朝阳区", "110105"},
		{"辽宁省朝阳市", "211300"},
		{"新疆朝阳区", "650000"}, // no Chaoyang inside Xinjiang: only the province is known
		{"Yarkand, Kashgar, Xinjiang", "653125"},
		{"Xinjiang / Hotan / Keriya", "653226"},
		{"Kashgar, Xinjiang", "653101"},
		{"Chaoyang, Beijing", "110105"},
		{"Chaoyang, Liaoning", "211321"}, // the county before the city of the same name
		{"Nowhere, Neverland", ""},
	}
	for _, tt := range tests {
		got := Find(tt.query)
		switch {
		case tt.first == "" && len(got) > 0:
			t.Errorf("Find(%q) = %v, want nothing", tt.query, codes(got))
		case tt.first != "" && (len(got) == 0 || got[0].Code != tt.first):
			t.Errorf("Find(%q) = %v, want %s first", tt.query, codes(got), tt.first)
		}
	}
}
