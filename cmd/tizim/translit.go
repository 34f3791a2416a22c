package main

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

func init() {
	register("translit", "the name in every script", runTranslit)
}

// translitReport is what `tizim translit` prints: names.Forms, plus what was wrong with the input.
type translitReport struct {
	names.Forms
	Problems []names.Problem `json:"problems,omitempty"`
}

// runTranslit prints one name in Uyghur Latin, Arabic script and Cyrillic, with its pinyin if
// it was given in Chinese characters and its phonetic key, as one JSON object. The words of an
// unquoted name are joined with spaces.
func runTranslit(ctx context.Context, e *env, args []string) error {
	fs := e.flags("translit")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	name := strings.Join(pos, " ")
	if strings.TrimSpace(name) == "" {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim translit NAME")
	}
	_, probs := names.Normalize(name)
	return json.NewEncoder(e.stdout).Encode(translitReport{Forms: names.Translit(name), Problems: probs})
}
