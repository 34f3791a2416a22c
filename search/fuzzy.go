package search

import "slices"

// Spelling varies more than the phonetic keys absorb: 图荪 reads tusun where the Uyghur is
// Tursun, 米合日巴努 keeps an h that Mehriban drops, SHADIER has sh where Sadir has s. Such a part
// has no key in common with the name it writes, but its skeleton is one letter away. Like
// SymSpell (Wolf Garbe's symmetric delete method), the index keeps every skeleton under itself
// and under each of its one-letter deletions; a query part's skeleton and its deletions, looked
// up there, give every skeleton within one insertion, deletion or substitution.

// minFuzzy is the shortest skeleton body looked up with a letter's difference: shorter ones
// are a letter away from too many others.
const minFuzzy = 3

// deletions returns a skeleton key's one-letter deletions (as skeleton keys), or nil when it
// is too short.
func deletions(sk string) []string {
	body := sk[len(skeletonMark):]
	if len(body) < minFuzzy {
		return nil
	}
	out := make([]string, 0, len(body))
	for i := range len(body) {
		d := skeletonMark + body[:i] + body[i+1:]
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// addNeighbours files a new skeleton key under itself and its deletions. Called under the
// write lock.
func (ix *Index) addNeighbours(sk string, id uint32) {
	ix.near[sk] = append(ix.near[sk], id)
	for _, d := range deletions(sk) {
		ix.near[d] = append(ix.near[d], id)
	}
}

// neighbours returns the ids of the skeleton keys one letter away from the skeleton key sk,
// itself excluded. Called under the lock.
func (ix *Index) neighbours(sk string) []uint32 {
	self, hasSelf := ix.keyID[sk]
	var out []uint32
	add := func(ids []uint32) {
		for _, id := range ids {
			if (!hasSelf || id != self) && !containsID(out, id) {
				out = append(out, id)
			}
		}
	}
	add(ix.near[sk])
	for _, d := range deletions(sk) {
		add(ix.near[d])
	}
	return out
}

func containsID(ids []uint32, id uint32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
