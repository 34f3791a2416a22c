package idcard

import (
	"testing"
	"time"
)

// benchNumbers are the kinds of number a leaked list holds: valid ones from several counties and
// decades, a retired code, a masked one, a 15-digit one and a broken one.
var benchNumbers = []string{
	"11010519491231002X",
	"653125198401261233",
	"652101198005011237",
	"652201199007070084",
	"6531**********123X",
	"653101840126123",
	"65310119840231123X",
	"６５３１０１１９８４０１２６１２３３",
}

// BenchmarkParse measures reading one number, the cost paid per row when a list is imported or
// resolved.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Parse(benchNumbers[i%len(benchNumbers)])
		i++
	}
}

// BenchmarkCompare measures comparing two numbers, the cost paid per candidate pair.
func BenchmarkCompare(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Compare(benchNumbers[i%len(benchNumbers)], benchNumbers[(i+1)%len(benchNumbers)])
		i++
	}
}

// BenchmarkGenerate measures making one valid number, as the synthetic generator does.
func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	birth := time.Date(1984, 1, 26, 0, 0, 0, 0, time.UTC)
	i := 0
	for b.Loop() {
		Generate("653125", birth, i%1000)
		i++
	}
}
