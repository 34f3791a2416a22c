package tizim

import (
	"slices"
	"strings"
)

// A Charge is a crime a person was charged with or convicted of, one of those courts in
// Xinjiang use most; a ChargeSet holds several. Sources write them in Chinese (the charge's
// name in law), English, Uyghur or Russian; ParseCharges reads them to codes, so that
// 分裂国家罪 and "separatism" are one charge.
type Charge uint8

// The charges. Their Chinese names are those the Supreme People's Court and Supreme People's
// Procuratorate fixed for the PRC Criminal Law (《关于执行〈中华人民共和国刑法〉确定罪名的规定》
// and its supplements); the article follows each.
const (
	ChargeSeparatism            Charge = iota + 1 // 分裂国家罪, art. 103(1)
	ChargeIncitingSeparatism                      // 煽动分裂国家罪, art. 103(2)
	ChargeIncitingSubversion                      // 煽动颠覆国家政权罪, art. 105(2)
	ChargeTerroristOrganisation                   // 组织、领导、参加恐怖组织罪, art. 120
	ChargeAdvocatingTerrorism                     // 宣扬恐怖主义、极端主义、煽动实施恐怖活动罪, art. 120-3
	ChargeUsingExtremism                          // 利用极端主义破坏法律实施罪, art. 120-4
	ChargeExtremistMaterial                       // 非法持有宣扬恐怖主义、极端主义物品罪, art. 120-6
	ChargeEthnicHatred                            // 煽动民族仇恨、民族歧视罪, art. 249
	ChargeDisturbingOrder                         // 聚众扰乱社会秩序罪, art. 290
	ChargePickingQuarrels                         // 寻衅滋事罪, art. 293
)

// ChargeSet is a set of charges, a bit per Charge (at most 15 of them).
type ChargeSet uint16

// Has reports whether the set holds c.
func (s ChargeSet) Has(c Charge) bool { return s&(1<<c) != 0 }

// chargeWords maps the words sources use for each charge, folded to lower case, to the charge.
// A charge's Chinese name is matched without its closing 罪, so that a list written
// 分裂国家、煽动民族仇恨罪 reads as two.
var chargeWords = map[string]Charge{
	"分裂国家": ChargeSeparatism, "separatism": ChargeSeparatism, "splitting the state": ChargeSeparatism,
	"splittism": ChargeSeparatism, "secession": ChargeSeparatism, "сепаратизм": ChargeSeparatism,
	"بۆلگۈنچىلىك": ChargeSeparatism, "bölgünchilik": ChargeSeparatism,

	"煽动分裂国家": ChargeIncitingSeparatism, "inciting separatism": ChargeIncitingSeparatism,
	"incitement to separatism": ChargeIncitingSeparatism, "inciting splittism": ChargeIncitingSeparatism,
	"inciting to split the state": ChargeIncitingSeparatism, "подстрекательство к сепаратизму": ChargeIncitingSeparatism,

	"煽动颠覆国家政权": ChargeIncitingSubversion, "inciting subversion of state power": ChargeIncitingSubversion,
	"inciting subversion": ChargeIncitingSubversion, "incitement to subversion": ChargeIncitingSubversion,

	"组织、领导、参加恐怖组织": ChargeTerroristOrganisation, "参加恐怖组织": ChargeTerroristOrganisation,
	"组织、领导恐怖组织": ChargeTerroristOrganisation, "participating in a terrorist organization": ChargeTerroristOrganisation,
	"participating in a terrorist organisation":                        ChargeTerroristOrganisation,
	"organizing, leading or participating in a terrorist organization": ChargeTerroristOrganisation,
	"участие в террористической организации":                           ChargeTerroristOrganisation,

	"宣扬恐怖主义、极端主义": ChargeAdvocatingTerrorism, "宣扬恐怖主义、极端主义、煽动实施恐怖活动": ChargeAdvocatingTerrorism,
	"advocating terrorism and extremism": ChargeAdvocatingTerrorism, "propagating terrorism and extremism": ChargeAdvocatingTerrorism,
	"promoting terrorism and extremism": ChargeAdvocatingTerrorism, "advocating terrorism": ChargeAdvocatingTerrorism,
	"пропаганда терроризма и экстремизма": ChargeAdvocatingTerrorism,

	"利用极端主义破坏法律实施": ChargeUsingExtremism, "using extremism to undermine the law": ChargeUsingExtremism,
	"using extremism to undermine implementation of the law":  ChargeUsingExtremism,
	"using extremism to undermine law enforcement":            ChargeUsingExtremism,
	"using extremism to sabotage law enforcement":             ChargeUsingExtremism,
	"использование экстремизма для подрыва исполнения закона": ChargeUsingExtremism,

	"非法持有宣扬恐怖主义、极端主义物品":                                              ChargeExtremistMaterial,
	"illegal possession of items advocating terrorism and extremism": ChargeExtremistMaterial,
	"possession of extremist material":                               ChargeExtremistMaterial, "possessing extremist material": ChargeExtremistMaterial,
	"possession of extremist materials": ChargeExtremistMaterial, "хранение экстремистских материалов": ChargeExtremistMaterial,

	"煽动民族仇恨、民族歧视": ChargeEthnicHatred, "煽动民族仇恨": ChargeEthnicHatred, "inciting ethnic hatred": ChargeEthnicHatred,
	"inciting ethnic hatred and discrimination": ChargeEthnicHatred, "inciting ethnic hatred and ethnic discrimination": ChargeEthnicHatred,
	"incitement to ethnic hatred": ChargeEthnicHatred, "разжигание межнациональной розни": ChargeEthnicHatred,
	"разжигание национальной розни": ChargeEthnicHatred,

	"聚众扰乱社会秩序": ChargeDisturbingOrder, "gathering a crowd to disturb social order": ChargeDisturbingOrder,
	"assembling a crowd to disturb social order": ChargeDisturbingOrder, "gathering a crowd to disrupt social order": ChargeDisturbingOrder,

	"寻衅滋事": ChargePickingQuarrels, "picking quarrels and provoking trouble": ChargePickingQuarrels,
	"picking quarrels and provoking troubles": ChargePickingQuarrels, "picking quarrels": ChargePickingQuarrels,
	"provoking trouble": ChargePickingQuarrels,
}

// chargeWordsByLength is chargeWords' words, longest first: a text is matched against them in
// that order, and what one takes is not matched again ("inciting separatism" is not also
// "separatism").
var chargeWordsByLength = func() []string {
	ws := make([]string, 0, len(chargeWords))
	for w := range chargeWords {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return ws
}()

// ParseCharges reads the charges a text names: one charge or a list ("分裂国家罪、煽动民族仇恨、
// 民族歧视罪", "separatism; inciting ethnic hatred"), in any of the languages of chargeWords.
// What it does not know it leaves out; a text it knows nothing of is the empty set.
func ParseCharges(s string) ChargeSet {
	if len(s) > 1000 {
		s = s[:1000]
	}
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if k == "" {
		return 0
	}
	if c, ok := chargeWords[strings.TrimSuffix(k, "罪")]; ok { // most texts name one charge
		return 1 << c
	}
	var set ChargeSet
	for _, w := range chargeWordsByLength {
		for {
			i := strings.Index(k, w)
			if i < 0 {
				break
			}
			set |= 1 << chargeWords[w]
			k = k[:i] + "\x00" + k[i+len(w):] // taken: no shorter word matches inside it
		}
	}
	return set
}
