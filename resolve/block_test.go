package resolve

import "testing"

// TestSkeletonAcrossScripts: a Chinese name's reading and the Latin spelling of the same name
// share a skeleton; two different names do not.
func TestSkeletonAcrossScripts(t *testing.T) {
	for _, p := range [][2]string{{"dlsat", "dilxat"}, {"nlla", "nurula"}, {"sawukat", "xawkat"}, {"walijang", "walijan"},
		{"abdulatif", "abdulatip"}, {"ablmt", "ablimit"}, {"nrsltan", "nursultan"}, {"mhtar", "muhtar"}} {
		if a, b := skeleton(p[0]), skeleton(p[1]); a != b {
			t.Errorf("skeleton(%s) = %s, skeleton(%s) = %s; want them equal", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"mamat", "tursun"}, {"ablimit", "abdurehim"}, {"nurgul", "nurmamat"}} {
		if a, b := skeleton(p[0]), skeleton(p[1]); a == b {
			t.Errorf("skeleton(%s) = skeleton(%s) = %s; want them apart", p[0], p[1], a)
		}
	}
}
