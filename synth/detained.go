package synth

import (
	"math/rand/v2"
	"time"
)

// streamDates sets apart the random streams of the detention-date noise: family f draws the
// noise of its records' detention dates, record after record, from the PCG stream
// (seed, streamDates+f) and from nothing else. The noise was added after the rest of the corpus
// was fixed; drawing it from a stream of its own keeps every other field of a corpus, and the
// truth, byte-identical for a seed, so that a change in a matcher's quality measured before and
// after it is due to the dates alone. Family indices stay far below 1<<62, so these streams meet
// neither a family's stream (seed, f) nor the world's, the plan's or the shuffle's.
const streamDates = 1 << 63

// detainedOn returns the date a source gives for when person p was taken, asOf being the date
// the source speaks from and cur the episode current then (currentEpisode). It is the start of
// the first episode, the arrest, unless the noise says otherwise: the source gives the start of
// the current episode instead, the date the person entered the place it lists (LaterEpisode,
// possible only when cur is not the first episode), and, independently, the date is
// misremembered or mistyped by 1–12 months (DetainedOff). d is the detention-date stream.
func detainedOn(d *rand.Rand, p *person, cur *episode, src *source, asOf time.Time, t *tally) time.Time {
	day := p.episodes[0].start
	if cur != &p.episodes[0] && t.roll(d, src, LaterEpisode) {
		day = cur.start
	}
	if t.roll(d, src, DetainedOff) {
		day = monthsOff(d, day, asOf)
	}
	return day
}

// monthsOff moves day by 1–12 months, earlier or later with equal chance; a move that would pass
// asOf goes the other way, since no source writes a date after its own. The error is one of
// months: a date written to the day keeps its day (or the month's last day, when the day is not
// in the new month), a date written to the year changes only if the move crosses a year.
func monthsOff(d *rand.Rand, day, asOf time.Time) time.Time {
	k := 1 + d.IntN(12)
	if d.IntN(2) == 0 {
		k = -k
	}
	moved := addMonths(day, k)
	if k > 0 && moved.After(asOf) {
		moved = addMonths(day, -k)
	}
	return moved
}

// addMonths moves t by k months, keeping the day of the month where the new month has it and
// taking the month's last day otherwise (31 March + 1 month = 30 April, not 1 May, which
// time.AddDate would give).
func addMonths(t time.Time, k int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}
