// The oracle for server/src/core/scorecard.ts: the Security-Policy check's per-file scoring, run with
// Go's own regexp package (RE2) on the patterns and thresholds of ossf/scorecard, so that the
// TypeScript translation can be compared with the real semantics. Reads file paths as arguments and
// prints one JSON object per line: {"file", "score", "links", "text", "disclosure", "textHits", "linked"}.
//
//	cd scripts/scorecard-oracle && go run . ../../test/scorecard/edge/* ../../../shared/corpus/* > ../../test/scorecard/expected.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

var (
	urlPattern   = regexp.MustCompile(`(http|https)://[a-zA-Z0-9./?=_%:-]*`)
	emailPattern = regexp.MustCompile(`\b[A-Za-z0-9._%+-]+(@|\\?\[at\\?\])[A-Za-z0-9.-]+\.[A-Za-z]{2,6}\b`)
	textPattern  = regexp.MustCompile(`(?i)(\b*[0-9]{1,4}\b|(Disclos|Vuln))`)
)

type verdict struct {
	File       string `json:"file"`
	Score      int    `json:"score"`
	Links      bool   `json:"links"`
	Text       bool   `json:"text"`
	Disclosure bool   `json:"disclosure"`
	TextHits   int    `json:"textHits"`
	Linked     int    `json:"linked"`
}

func judge(content []byte) verdict {
	links := map[string]bool{}
	emails := map[string]bool{}
	texts := 0
	rest := content
	for {
		advance, token, err := bufio.ScanLines(rest, true)
		if advance == 0 || err != nil {
			break
		}
		for _, m := range urlPattern.FindAll(token, -1) {
			links[string(m)] = true
		}
		for _, m := range emailPattern.FindAll(token, -1) {
			emails[string(m)] = true
		}
		texts += len(textPattern.FindAll(token, -1))
		rest = rest[advance:]
	}
	linkedBytes := 0
	for m := range links {
		linkedBytes += len(m)
	}
	for m := range emails {
		linkedBytes += len(m)
	}
	size := len(content)
	if size == 0 {
		size = 1 // Scorecard keeps its default size for a file without content
	}
	v := verdict{
		Links:      len(links)+len(emails) > 0,
		Text:       size > 1 && size > linkedBytes+(len(links)+len(emails))*2,
		Disclosure: texts > 1,
		TextHits:   texts,
		Linked:     len(links) + len(emails),
	}
	if v.Links {
		v.Score += 6
	}
	if v.Text {
		v.Score += 3
	}
	if v.Disclosure {
		v.Score += 1
	}
	return v
}

func main() {
	out := json.NewEncoder(os.Stdout)
	for _, path := range os.Args[1:] {
		content, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		v := judge(content)
		v.File = filepath.Base(path)
		if err := out.Encode(v); err != nil {
			panic(err)
		}
	}
}
