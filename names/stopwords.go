package names

// weakParts are name parts that carry little evidence: legal forms of organisations and the
// particles of Arabic, Romance, Dutch and German names. Their weight is lowWeight. Source: legal
// form abbreviations from the ISO 20275 Entity Legal Forms code list (common English, German,
// Russian and Chinese-registry forms), and name particles as listed in the Wikipedia articles
// "Arabic name" (al, bin, ibn, bint, abu) and "Nobiliary particle" (de, da, van, von, ...).
var weakParts = map[string]bool{
	"inc": true, "incorporated": true, "ltd": true, "limited": true, "llc": true, "plc": true,
	"co": true, "corp": true, "corporation": true, "company": true, "gmbh": true, "ag": true,
	"sa": true, "jsc": true, "ojsc": true, "pjsc": true, "ooo": true, "oao": true, "zao": true,
	"bv": true, "nv": true, "llp": true, "lp": true, "group": true, "holding": true, "holdings": true,
	"the": true, "and": true, "of": true, "&": true, "al": true, "el": true, "bin": true,
	"ibn": true, "bint": true, "ben": true, "abu": true, "de": true, "da": true, "del": true, "della": true, "di": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true,
	"ооо": true, "оао": true, "зао": true, "пао": true, "ао": true,
	// the words of spelled-out legal forms
	"joint": true, "stock": true, "open": true, "closed": true, "public": true, "private": true,
	"liability": true, "aktiengesellschaft": true, "gesellschaft": true, "mit": true,
	"beschränkter": true, "haftung": true, "societatea": true, "cu": true, "răspundere": true,
	"limitată": true, "srl": true, "sarl": true, "sas": true, "spa": true, "sp": true, "z": true, "o": true,
	"общество": true, "с": true, "ограниченной": true, "ответственностью": true,
	"акционерное": true, "открытое": true, "закрытое": true, "публичное": true,
}

// lowWeight is the weight of a weak part or an initial.
const lowWeight = 0.2
