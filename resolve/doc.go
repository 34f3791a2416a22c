// Package resolve decides which records are one person.
//
// It follows Fellegi and Sunter: two records are compared field by field, each field at one of a
// few levels of agreement (a name exactly, a name with a typo, one part of a name only; a birth
// date to the day, a year that contains the other's date, a date one digit off; an identity number
// exactly, one digit off, masked but compatible), and each level carries a weight, the log of how
// much more often it happens between records of one person (m) than between records of two (u).
// The u values come from random pairs of the records themselves and the m values from expectation
// maximisation over the candidate pairs, so the model learns from the data it is given; reviewers'
// judgements, when there are any, enter as labelled pairs. Agreement on a rare name part counts for
// more than agreement on Memet or Tursun (term-frequency adjustment).
//
// Candidate pairs come from blocking in several passes (identity number; phonetic name keys with
// birth year, with home county, with each other; the birth date and county an identity number
// implies), so one noisy field does not lose a match, and a block too large to compare is skipped
// and counted rather than compared pair by pair. Records are clustered greedily from the strongest
// link down, but two clusters merge only when the records across them agree on average, never when
// a reviewer said two of them differ or they carry two different valid identity numbers: weak links
// do not chain into giant clusters.
//
// The output is judgements (By tizim.Matcher, Score the match probability) for pairs above the
// upper threshold that the clustering followed, and a review queue of pairs between the two
// thresholds, each with its evidence: which fields agreed at which level and what each contributed.
// A Resolver keeps an index of the records already known and resolves one new record against them.
package resolve
