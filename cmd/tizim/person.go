package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

func init() { register("person", "one person with records, judgements and conflicts", runPerson) }

// personReport is what `tizim person --json` prints.
type personReport struct {
	*tizim.Person
	Redirected bool                `json:"redirected_from,omitempty"`
	Judgements []tizim.Judgement   `json:"judgements"`
	Conflicts  []tizim.Conflict    `json:"conflicts"`
	Names      map[string][]string `json:"names_by_script"`
}

func runPerson(ctx context.Context, e *env, args []string) error {
	fs := e.flags("person")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim person ID")
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return tizim.Errorf(tizim.EINVALID, "person id %q is not a positive number", pos[0])
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := st.FindPerson(ctx, id, tizim.Sealed)
	if err != nil {
		return err
	}
	rep := personReport{Person: p, Redirected: p.ID != id, Conflicts: tizim.Conflicts(p.Records), Names: tizim.NamesByScript(p.Records)}
	seen := map[int64]bool{}
	for _, r := range p.Records {
		js, err := st.Judgements(ctx, r.ID)
		if err != nil {
			return err
		}
		for _, j := range js {
			if !seen[j.ID] {
				seen[j.ID] = true
				rep.Judgements = append(rep.Judgements, j)
			}
		}
	}
	if e.json {
		return json.NewEncoder(e.stdout).Encode(rep)
	}
	return writePerson(e, id, &rep)
}

func writePerson(e *env, asked int64, rep *personReport) error {
	w := e.stdout
	if rep.Redirected {
		fmt.Fprintf(w, "(person %d was merged into person %d)\n", asked, rep.ID)
	}
	fmt.Fprintf(w, "Person %d: %s\n", rep.ID, rep.Name)
	if rep.Status != "" {
		fmt.Fprintf(w, "Status: %s\n", rep.Status)
	}
	for script, ns := range rep.Names {
		fmt.Fprintf(w, "Names (%s): %s\n", orDash(script), strings.Join(ns, "; "))
	}
	fmt.Fprintf(w, "\nRecords (%d):\n", len(rep.Records))
	for _, r := range rep.Records {
		fmt.Fprintf(w, "  %-24s %s  sex=%s born=%s id=%s home=%s consent=%s\n", r.Key(), r.DisplayName(),
			orDash(string(r.Sex)), orDash(r.BirthDate.String()), orDash(r.IDNumber), orDash(r.HomePlace), r.Consent)
		for _, ep := range r.Episodes {
			fmt.Fprintf(w, "      %s %s–%s %s\n", orDash(string(ep.Status)), orDash(ep.Start.String()), ep.End.String(), ep.Facility)
		}
	}
	if len(rep.Conflicts) > 0 {
		fmt.Fprintln(w, "\nConflicts:")
		for _, c := range rep.Conflicts {
			var sides []string
			for _, v := range c.Values {
				keys := make([]string, len(v.Records))
				for i, k := range v.Records {
					keys[i] = k.String()
				}
				value := v.Value
				if v.FromAge {
					value += " from an age in the notes"
				}
				sides = append(sides, fmt.Sprintf("%s (%s)", value, strings.Join(keys, ", ")))
			}
			fmt.Fprintf(w, "  %s: %s\n", c.Field, strings.Join(sides, " vs "))
		}
	}
	if len(rep.Judgements) > 0 {
		fmt.Fprintln(w, "\nJudgements:")
		for _, j := range rep.Judgements {
			fmt.Fprintf(w, "  records %d and %d: %s by %s", j.A, j.B, j.Verdict, j.By)
			if j.Automatic() {
				fmt.Fprintf(w, " (score %.3f)", j.Score)
			}
			if j.Reason != "" {
				fmt.Fprintf(w, ": %s", j.Reason)
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
