package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"reflect"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// TestNamedValues: batched's arguments reach the driver as database/sql would convert them
// (int and int32 as int64), numbered from 1; a type no statement of batched passes is refused
// rather than bound as something else.
func TestNamedValues(t *testing.T) {
	for _, c := range []struct {
		name string
		args []any
		want []driver.Value
		fail bool
	}{
		{"the driver's own", []any{int64(-7), 2.5, "ä", []byte{0, 1}, true, nil}, []driver.Value{int64(-7), 2.5, "ä", []byte{0, 1}, true, nil}, false},
		{"narrower integers", []any{int(3), int32(-4)}, []driver.Value{int64(3), int64(-4)}, false},
		{"a time", []any{time.Unix(0, 0)}, nil, true},
		{"an unsigned integer", []any{uint64(1 << 63)}, nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := namedValues(nil, c.args)
			if (err != nil) != c.fail {
				t.Fatalf("error %v, want one: %v", err, c.fail)
			}
			if c.fail {
				return
			}
			for i, v := range got {
				if v.Ordinal != i+1 || !reflect.DeepEqual(v.Value, c.want[i]) {
					t.Errorf("parameter %d: %d %#v, want %d %#v", i, v.Ordinal, v.Value, i+1, c.want[i])
				}
			}
		})
	}
}

// TestBatchedRaw: judgements and moves written in a bulk transaction, whose statements go to
// SQLite's driver directly, give the same rows as through database/sql in a plain one.
func TestBatchedRaw(t *testing.T) {
	ctx := context.Background()
	n := 3*writeBatch + 17 // full groups and a shorter last one
	var rows [2][]string
	for i, bulk := range []bool{false, true} {
		s := openSQLite(t)
		importN(t, s, "leak", n)
		ids := recordIDs(t, s)
		var js []tizim.Judgement
		for k := 0; k+1 < n; k++ {
			js = append(js, tizim.Judgement{A: ids[k], B: ids[k+1], Verdict: tizim.Different, By: "reviewer ä", Score: float64(k) / 3, Reason: "r"})
		}
		var tx *sql.Tx
		var err error
		release := func() {}
		if bulk {
			tx, release, err = s.bulkTx(ctx)
		} else {
			tx, err = s.db.BeginTx(ctx, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
		if (rawConnOf(tx) != nil) != bulk {
			t.Fatalf("a transaction (bulk: %v) has a connection for the driver: %v", bulk, !bulk)
		}
		now := time.Unix(1700000000, 5)
		err = s.insertJudgements(ctx, tx, js, now)
		if err == nil {
			to := make([]int64, n)
			for k := range to {
				to[k] = ids[k/2*2]
			}
			err = s.moveRecords(ctx, tx, ids, to, now)
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		release()
		if rawConnOf(tx) != nil {
			t.Error("the connection is still kept after the transaction")
		}
		for _, query := range []string{
			`SELECT printf('%d %d %s %s %.17g %s %d', a, b, verdict, by_whom, score, reason, created) FROM judgements ORDER BY id`,
			`SELECT printf('%d %d %d', record_id, person_id, moved) FROM record_persons ORDER BY record_id`,
		} {
			q, err := s.db.QueryContext(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			for q.Next() {
				var r string
				q.Scan(&r)
				rows[i] = append(rows[i], r)
			}
			q.Close()
		}
	}
	if len(rows[0]) != 2*n-1 || !reflect.DeepEqual(rows[0], rows[1]) {
		t.Errorf("%d rows through database/sql, %d through the driver; they differ or are not %d", len(rows[0]), len(rows[1]), 2*n-1)
	}
}
