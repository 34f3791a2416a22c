package tizim

import "strings"

// Status is what was happening to a person during a detention episode.
type Status string

// The status vocabulary. Sources use many words for these; ParseStatus reads them.
const (
	StatusUnknown    Status = "unknown"
	Detained         Status = "detained"           // held before trial
	Camp             Status = "camp"               // "vocational education and training" camp
	Sentenced        Status = "sentenced"          // sentenced, or in prison
	Released         Status = "released"           // released
	Restricted       Status = "restricted"         // released under restrictions (house arrest, surveillance)
	ForcedLabour     Status = "forced_labour"      // transferred to forced labour
	Disappeared      Status = "disappeared"        // whereabouts unknown
	DiedInCustody    Status = "died_in_custody"    // died while detained
	DiedAfterRelease Status = "died_after_release" // died after release
)

// Statuses lists every status in the order a timeline shows them.
var Statuses = []Status{Detained, Camp, Sentenced, ForcedLabour, Disappeared, Restricted, Released, DiedInCustody, DiedAfterRelease, StatusUnknown}

// statusSynonyms maps the words lists use (English, Chinese, Uyghur Latin, Russian), folded to
// lower case, to statuses. Chinese terms are those of police and court documents.
var statusSynonyms = map[string]Status{
	"unknown": StatusUnknown, "未知": StatusUnknown, "不详": StatusUnknown, "?": StatusUnknown,
	"detained": Detained, "arrested": Detained, "in detention": Detained, "pre-trial": Detained, "pretrial": Detained,
	"custody": Detained, "in custody": Detained, "held": Detained, "在押": Detained, "拘留": Detained, "刑拘": Detained,
	"逮捕": Detained, "羁押": Detained, "看守所": Detained, "已抓": Detained, "抓获": Detained, "收押": Detained,
	"задержан": Detained, "tutuldi": Detained, "tutqun": Detained,
	"camp": Camp, "re-education": Camp, "reeducation": Camp, "re-education camp": Camp, "vocational training": Camp,
	"vocational education": Camp, "internment": Camp, "interned": Camp, "教培": Camp, "教育培训": Camp,
	"职业技能教育培训": Camp, "职业培训": Camp, "学习": Camp, "集中学习": Camp, "教育转化": Camp, "培训": Camp,
	"lager": Camp, "лагерь": Camp, "terbiyilesh": Camp,
	"sentenced": Sentenced, "prison": Sentenced, "imprisoned": Sentenced, "convicted": Sentenced, "jailed": Sentenced,
	"判刑": Sentenced, "已判": Sentenced, "服刑": Sentenced, "判决": Sentenced, "监狱": Sentenced, "入狱": Sentenced,
	"осужден": Sentenced, "осуждён": Sentenced, "qamaldi": Sentenced, "kesildi": Sentenced,
	"released": Released, "free": Released, "freed": Released, "释放": Released, "已释放": Released, "结业": Released,
	"毕业": Released, "освобожден": Released, "освобождён": Released, "qoyup berildi": Released,
	"restricted": Restricted, "house arrest": Restricted, "released under restrictions": Restricted,
	"under surveillance": Restricted, "监视居住": Restricted, "取保候审": Restricted, "管控": Restricted,
	"社区矫正": Restricted, "под надзором": Restricted,
	"forced labour": ForcedLabour, "forced labor": ForcedLabour, "forced_labour": ForcedLabour, "labour transfer": ForcedLabour,
	"labor transfer": ForcedLabour, "转移就业": ForcedLabour, "劳动力转移": ForcedLabour, "务工": ForcedLabour,
	"принудительный труд": ForcedLabour,
	"disappeared":         Disappeared, "missing": Disappeared, "whereabouts unknown": Disappeared, "enforced disappearance": Disappeared,
	"下落不明": Disappeared, "失踪": Disappeared, "пропал": Disappeared, "исчез": Disappeared, "ghayip": Disappeared,
	"died in custody": DiedInCustody, "died_in_custody": DiedInCustody, "death in custody": DiedInCustody,
	"dead in custody": DiedInCustody, "在押死亡": DiedInCustody, "羁押期间死亡": DiedInCustody, "умер под стражей": DiedInCustody,
	"died after release": DiedAfterRelease, "умер после освобождения": DiedAfterRelease,
	"умерла после освобождения": DiedAfterRelease, "qoyup bérilgendin kéyin öldi": DiedAfterRelease,
	"qoyup berilgendin keyin öldi": DiedAfterRelease, "قويۇپ بېرىلگەندىن كېيىن ئۆلدى": DiedAfterRelease,
	"tutqunda öldi": DiedInCustody, "تۇتقۇندا ئۆلدى": DiedInCustody, "умерла под стражей": DiedInCustody,
	// Uyghur in Arabic script, and feminine Russian forms.
	"تۇتۇلدى": Detained, "تۇتقۇن": Detained, "задержана": Detained,
	"لاگېر": Camp, "تەربىيىلەش": Camp, "terbiyilesh lagéri": Camp,
	"كېسىلدى": Sentenced, "قامالدى": Sentenced, "осуждена": Sentenced, "türme": Sentenced, "تۈرمە": Sentenced,
	"قويۇپ بېرىلدى": Released, "освобождена": Released, "qoyup bérildi": Released,
	"نازارەت ئاستىدا": Restricted, "nazaret astida": Restricted,
	"مەجبۇرىي ئەمگەك": ForcedLabour, "mejburiy emgek": ForcedLabour,
	"غايىب": Disappeared, "пропала": Disappeared, "died_after_release": DiedAfterRelease, "释放后死亡": DiedAfterRelease,
	"died": DiedAfterRelease, "dead": DiedAfterRelease, "deceased": DiedAfterRelease, "死亡": DiedAfterRelease,
}

// ParseStatus reads a status word in English, Chinese, Uyghur Latin or Russian. An empty string
// is "", not an error; an unrecognised word is EINVALID.
func ParseStatus(s string) (Status, error) {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if k == "" {
		return "", nil
	}
	if st, ok := statusSynonyms[k]; ok {
		return st, nil
	}
	return "", Errorf(EINVALID, "unknown status %q", s)
}
