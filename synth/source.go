package synth

import "github.com/tizim/tizim"

// style is how a kind of source writes names, dates, places and statuses.
type style int

// The writing styles.
const (
	styleHan      style = iota // Chinese characters: police lists
	stylePinyin                // pinyin in capitals: PRC documents, passports
	styleLatin                 // Uyghur Latin or English press spelling: family testimony
	styleArabic                // Uyghur Arabic script: Uyghur-language lists
	styleCyrillic              // Cyrillic: lists compiled in Central Asia
	styleEnglish               // English press spelling: media reports
)

// styleScripts is the script of the names each style writes, as names.DetectScript reports it.
var styleScripts = map[style]string{
	styleHan: "han", stylePinyin: "latin", styleLatin: "latin", styleArabic: "arabic",
	styleCyrillic: "cyrillic", styleEnglish: "latin",
}

// layout is a way to write a date.
type layout int

// Date layouts, as real lists write them.
const (
	layoutZh        layout = iota // 1984年1月26日
	layoutZhPadded                // 1984年01月26日
	layoutISO                     // 1984-01-26
	layoutCompact                 // 19840126
	layoutDotted                  // 26.01.1984
	layoutMonthName               // 26 JAN 1984
	layoutYear                    // 1984
	layoutAbout                   // c. 1984 (from an age)
	layoutMonth                   // 2017-05
	layoutMonthDot                // 05.2017
)

// sourceDef is one generated source: its key and kind, the style it writes in, its share of the
// records, the years it describes (a record shows the episode current then), the layouts of its
// birth dates and detention dates (weighted), how often it gives an identity number, its
// noise rates where they differ from defaultRates, and how often it writes the name twice.
type sourceDef struct {
	key      string
	kind     tizim.SourceKind
	style    style
	weight   float64
	asOf     [2]int
	birth    map[layout]float64
	detained map[layout]float64
	idShare  float64
	noise    map[Noise]float64
	// also is the share of records that give the name a second time in another writing, after
	// " | " (the interchange format's separator of name forms), and alsoStyle that writing.
	also      float64
	alsoStyle style
}

// sources are the sources of the corpus. The shares are chosen so that Chinese characters (the
// big police leaks) dominate, as they do in the material NGOs hold, and every other writing is a
// sizeable minority; see docs/SYNTH.md for the resulting script shares.
var sources = []sourceDef{
	{"police-list-a", tizim.LeakedList, styleHan, 0.28, [2]int{2018, 2018},
		map[layout]float64{layoutZh: 7, layoutZhPadded: 3}, map[layout]float64{layoutZh: 1}, 0.97,
		map[Noise]float64{MissingField: 0.02}, 0, 0},
	{"police-list-b", tizim.LeakedList, styleHan, 0.14, [2]int{2019, 2019},
		map[layout]float64{layoutISO: 5, layoutCompact: 5}, map[layout]float64{layoutISO: 1}, 0.95,
		map[Noise]float64{MissingField: 0.02}, 0, 0},
	{"prc-documents", tizim.Document, stylePinyin, 0.10, [2]int{2017, 2020},
		map[layout]float64{layoutCompact: 5, layoutISO: 3, layoutMonthName: 2}, map[layout]float64{layoutISO: 1}, 0.90, nil, 0, 0},
	{"family-testimony", tizim.Testimony, styleLatin, 0.16, [2]int{2018, 2022},
		map[layout]float64{layoutYear: 5, layoutAbout: 3, layoutISO: 2}, map[layout]float64{layoutYear: 5, layoutMonth: 5}, 0.05,
		map[Noise]float64{YearOff: 0.08, MissingField: 0.10}, 0.10, styleArabic},
	{"uyghur-list", tizim.Dataset, styleArabic, 0.12, [2]int{2019, 2021},
		map[layout]float64{layoutISO: 6, layoutYear: 4}, map[layout]float64{layoutMonth: 1}, 0.15, nil, 0.25, styleLatin},
	{"central-asia-list", tizim.Dataset, styleCyrillic, 0.10, [2]int{2018, 2020},
		map[layout]float64{layoutDotted: 8, layoutYear: 2}, map[layout]float64{layoutMonthDot: 1}, 0.05, nil, 0, 0},
	{"media-reports", tizim.MediaReport, styleEnglish, 0.10, [2]int{2018, 2023},
		map[layout]float64{layoutAbout: 1}, map[layout]float64{layoutYear: 1}, 0,
		map[Noise]float64{MissingPart: 0.35, MissingField: 0.15}, 0, 0},
}
