package tizim

import "testing"

func TestParseSex(t *testing.T) {
	for in, want := range map[string]Sex{"m": Male, "F": Female, "male": Male, "男": Male, "女": Female, "ئەر": Male, "ئايال": Female, " Female ": Female, "": ""} {
		got, err := ParseSex(in)
		if err != nil || got != want {
			t.Errorf("ParseSex(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseSex("yes"); err == nil {
		t.Error("ParseSex(yes) did not fail")
	}
}

func TestParseStatus(t *testing.T) {
	for in, want := range map[string]Status{"在押": Detained, "教培": Camp, "判刑": Sentenced, "释放": Released,
		"Released": Released, "vocational  training": Camp, "forced labor": ForcedLabour, "下落不明": Disappeared} {
		got, err := ParseStatus(in)
		if err != nil || got != want {
			t.Errorf("ParseStatus(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseStatus("on holiday"); ErrorCode(err) != EINVALID {
		t.Errorf("ParseStatus(on holiday) error %v, want EINVALID", err)
	}
}

func TestConsent(t *testing.T) {
	if c, err := ParseConsent("", DefaultConsent); err != nil || c != Internal {
		t.Errorf("default consent = %q, %v; want internal", c, err)
	}
	if _, err := ParseConsent("everyone", Internal); err == nil {
		t.Error("unknown consent level accepted")
	}
	if Sealed.Allows(Internal) || !Public.Allows(Public) || !Internal.Allows(Sealed) {
		t.Error("consent ordering is wrong")
	}
	if Consent("bogus").Allows(Internal) {
		t.Error("an unknown level must be treated as sealed")
	}
	if Anonymous.Clearance() != Public || Role("root").Clearance() != Public || Admin.Clearance() != Sealed {
		t.Error("role clearances are wrong")
	}
}

func TestErrorMapping(t *testing.T) {
	err := Errorf(ENOTFOUND, "person %d not found", 7)
	if ExitCode(err) != 3 || HTTPStatus(err) != 404 {
		t.Errorf("not found maps to exit %d, status %d", ExitCode(err), HTTPStatus(err))
	}
	if ErrorMessage(errString("pq: relation does not exist")) != "Internal error." {
		t.Error("an internal error's text leaked")
	}
	if ExitCode(nil) != 0 || HTTPStatus(nil) != 200 {
		t.Error("nil error must map to success")
	}
}

type errString string

func (e errString) Error() string { return string(e) }

func TestParseEthnicity(t *testing.T) {
	for in, want := range map[string]string{"Uyghur": "uyghur", "维吾尔族": "uyghur", "уйгур": "uyghur", "ئۇيغۇر": "uyghur",
		"哈萨克族": "kazakh", "Kirghiz": "kyrgyz", "回族": "hui", "Han Chinese": "han"} {
		if got, ok := ParseEthnicity(in); !ok || got != want {
			t.Errorf("ParseEthnicity(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := ParseEthnicity("martian"); ok {
		t.Error("an unknown ethnicity was recognised")
	}
}
