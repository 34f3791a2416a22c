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
	// old15 is the share of the identity numbers of people born before 1985 that the source
	// writes in the old 15-digit form (no century, no check character), as older registers do.
	old15 float64
	noise map[Noise]float64
	// also is the share of records that give the name a second time in another writing, after
	// " | " (the interchange format's separator of name forms), and alsoStyle that writing.
	also      float64
	alsoStyle style
}

// sources are the sources of the corpus. The shares are chosen so that Chinese characters (the
// big police leaks) dominate, as they do in the material NGOs hold, and every other writing is a
// sizeable minority; see docs/SYNTH.md for the resulting script shares. The detention-date noise
// follows how each source knows the date: registers of a place (police lists, documents) often
// give the entry into that place (LaterEpisode), testimonies and reports from memory get the
// date wrong more often (DetainedOff); the rates are invented, of the order of the others.
var sources = []sourceDef{
	{key: "police-list-a", kind: tizim.LeakedList, style: styleHan, weight: 0.28, asOf: [2]int{2018, 2018},
		birth:    map[layout]float64{layoutZh: 7, layoutZhPadded: 3},
		detained: map[layout]float64{layoutZh: 1},
		idShare:  0.97, noise: map[Noise]float64{MissingField: 0.02, LaterEpisode: 0.30}},
	{key: "police-list-b", kind: tizim.LeakedList, style: styleHan, weight: 0.14, asOf: [2]int{2019, 2019},
		birth:    map[layout]float64{layoutISO: 5, layoutCompact: 5},
		detained: map[layout]float64{layoutISO: 1},
		idShare:  0.95, old15: 0.10, noise: map[Noise]float64{MissingField: 0.02, LaterEpisode: 0.30}},
	{key: "prc-documents", kind: tizim.Document, style: stylePinyin, weight: 0.10, asOf: [2]int{2017, 2020},
		birth:    map[layout]float64{layoutCompact: 5, layoutISO: 3, layoutMonthName: 2},
		detained: map[layout]float64{layoutISO: 1},
		idShare:  0.90, noise: map[Noise]float64{LaterEpisode: 0.30}},
	{key: "family-testimony", kind: tizim.Testimony, style: styleLatin, weight: 0.16, asOf: [2]int{2018, 2022},
		birth:    map[layout]float64{layoutYear: 5, layoutAbout: 3, layoutISO: 2},
		detained: map[layout]float64{layoutYear: 5, layoutMonth: 5},
		idShare:  0.05, noise: map[Noise]float64{YearOff: 0.08, MissingField: 0.10, DetainedOff: 0.15},
		also: 0.10, alsoStyle: styleArabic},
	{key: "uyghur-list", kind: tizim.Dataset, style: styleArabic, weight: 0.12, asOf: [2]int{2019, 2021},
		birth:    map[layout]float64{layoutISO: 6, layoutYear: 4},
		detained: map[layout]float64{layoutMonth: 1},
		idShare:  0.15, noise: map[Noise]float64{DetainedOff: 0.08}, also: 0.25, alsoStyle: styleLatin},
	{key: "central-asia-list", kind: tizim.Dataset, style: styleCyrillic, weight: 0.10, asOf: [2]int{2018, 2020},
		birth:    map[layout]float64{layoutDotted: 8, layoutYear: 2},
		detained: map[layout]float64{layoutMonthDot: 1},
		idShare:  0.05, noise: map[Noise]float64{DetainedOff: 0.08}},
	{key: "media-reports", kind: tizim.MediaReport, style: styleEnglish, weight: 0.10, asOf: [2]int{2018, 2023},
		birth:    map[layout]float64{layoutAbout: 1},
		detained: map[layout]float64{layoutYear: 1},
		noise:    map[Noise]float64{MissingPart: 0.35, MissingField: 0.15, DetainedOff: 0.15}},
}
