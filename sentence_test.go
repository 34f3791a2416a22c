package tizim

import "testing"

func TestParseSentence(t *testing.T) {
	for in, want := range map[string]Term{
		"有期徒刑10年": 120, "有期徒刑十年": 120, "有期徒刑二十三年": 276, "有期徒刑十五年六个月": 186, "有期徒刑两年": 24,
		"10 years": 120, " 10  Years ": 120, "10 years 6 months": 126, "6 months": 6, "1 year": 12, "5 yrs": 60,
		"10 лет": 120, "3 года": 36, "1 год": 12, "10 يىل": 120, "10 يىللىق": 120, "7": 84, "１５年": 180,
		"拘役六个月": 6, "life": TermLife, "Life imprisonment": TermLife, "无期徒刑": TermLife, "пожизненно": TermLife,
		"مۇددەتسىز": TermLife, "死刑": TermDeath, "death": TermDeath, "死刑缓期二年执行": TermSuspendedDeath,
		"死缓": TermSuspendedDeath, "death with reprieve": TermSuspendedDeath,
		"判处有期徒刑十年，剥夺政治权利三年": 120, "有期徒刑三年，缓刑五年": 36, "10 лет лишения свободы": 120,
		"5 years, deprivation of political rights for 2 years": 60, "有期徒刑十五年，剥夺政治权利终身": 180,
		"5 years, deprivation of political rights for life": 60, "death sentence suspended for two years": TermSuspendedDeath,
		"3 years, probation 5 years": 36,
	} {
		if got, ok := ParseSentence(in); !ok || got != want {
			t.Errorf("ParseSentence(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "unknown", "不详", "1.5 years", "0", "5000 years", "5 yearsx", "years", "<b>10</b>"} {
		if got, ok := ParseSentence(in); ok {
			t.Errorf("ParseSentence(%q) = %d, true; want false", in, got)
		}
	}
}

func TestParseCharges(t *testing.T) {
	for in, want := range map[string][]Charge{
		"分裂国家罪":                {ChargeSeparatism},
		"separatism":           {ChargeSeparatism},
		"Inciting  Separatism": {ChargeIncitingSeparatism},
		"煽动分裂国家罪":              {ChargeIncitingSeparatism},
		"宣扬恐怖主义、极端主义罪":         {ChargeAdvocatingTerrorism},
		"宣扬恐怖主义、极端主义、煽动实施恐怖活动罪":              {ChargeAdvocatingTerrorism},
		"advocating terrorism and extremism": {ChargeAdvocatingTerrorism},
		"非法持有宣扬恐怖主义、极端主义物品罪":                 {ChargeExtremistMaterial},
		"分裂国家罪、煽动民族仇恨、民族歧视罪":                 {ChargeSeparatism, ChargeEthnicHatred},
		"separatism; inciting ethnic hatred": {ChargeSeparatism, ChargeEthnicHatred},
		"寻衅滋事罪":                              {ChargePickingQuarrels},
		"unknown":                            nil,
		"":                                   nil,
	} {
		var set ChargeSet
		for _, c := range want {
			set |= 1 << c
		}
		if got := ParseCharges(in); got != set {
			t.Errorf("ParseCharges(%q) = %b; want %b", in, got, set)
		}
	}
	if s := ParseCharges("inciting separatism"); s.Has(ChargeSeparatism) {
		t.Error("inciting separatism also read as separatism")
	}
}
