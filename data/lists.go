package data

import (
	"fmt"
	"strings"
)

// Allergy severities, mildest first.
const (
	SeverityMild     = "mild"
	SeverityModerate = "moderate"
	SeveritySevere   = "severe"
)

// AllergySeverities lists severities, mildest first.
var AllergySeverities = []string{SeverityMild, SeverityModerate, SeveritySevere}

// Allergy is one allergen with its severity.
type Allergy struct {
	Substance string
	Severity  string
}

// Allergies is kept as "peanut:severe; shellfish:mild".
type Allergies []Allergy

// MarshalText writes "substance:severity; ...".
func (a Allergies) MarshalText() ([]byte, error) {
	parts := make([]string, len(a))
	for i, x := range a {
		parts[i] = x.Substance
		if x.Severity != "" {
			parts[i] += ":" + x.Severity
		}
	}
	return []byte(strings.Join(parts, "; ")), nil
}

// UnmarshalText reads what MarshalText writes; a missing severity stays empty.
func (a *Allergies) UnmarshalText(b []byte) error {
	var out Allergies
	for _, p := range SplitList(string(b)) {
		sub, sev, _ := strings.Cut(p, ":")
		out = append(out, Allergy{Substance: strings.TrimSpace(sub), Severity: strings.ToLower(strings.TrimSpace(sev))})
	}
	*a = out
	return nil
}

// Most returns the most severe allergy, or false if there is none.
func (a Allergies) Most() (Allergy, bool) {
	best, rank := Allergy{}, -1
	for _, x := range a {
		if r := indexOf(AllergySeverities, x.Severity); r > rank {
			best, rank = x, r
		}
	}
	return best, rank >= 0 || len(a) > 0
}

// Proficiency levels, strongest first.
const (
	LevelNative  = "native"
	LevelFluent  = "fluent"
	LevelWorking = "working"
	LevelBasic   = "basic"
)

// Levels lists proficiency levels, strongest first.
var Levels = []string{LevelNative, LevelFluent, LevelWorking, LevelBasic}

// LangSkill is a language an LO speaks and how well.
type LangSkill struct {
	Code  string // ISO 639
	Level string
}

// LangSkills is kept as "en:fluent; ar:native".
type LangSkills []LangSkill

// MarshalText writes "code:level; ...".
func (l LangSkills) MarshalText() ([]byte, error) {
	parts := make([]string, len(l))
	for i, x := range l {
		parts[i] = x.Code + ":" + x.Level
	}
	return []byte(strings.Join(parts, "; ")), nil
}

// UnmarshalText reads "code:level; ..."; a missing level is an error.
func (l *LangSkills) UnmarshalText(b []byte) error {
	var out LangSkills
	for _, p := range SplitList(string(b)) {
		code, level, ok := strings.Cut(p, ":")
		level = strings.ToLower(strings.TrimSpace(level))
		if !ok || indexOf(Levels, level) < 0 {
			return fmt.Errorf("language %q: want code:level with level one of %s", p, strings.Join(Levels, ", "))
		}
		out = append(out, LangSkill{Code: strings.ToLower(strings.TrimSpace(code)), Level: level})
	}
	*l = out
	return nil
}

// Codes returns the language codes alone.
func (l LangSkills) Codes() []string {
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = x.Code
	}
	return out
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
