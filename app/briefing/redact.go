package briefing

import (
	"strings"

	"lodesk/data"
)

// Need to know. An LO's copy says what to watch for, never why: an
// allergy with its severity, the diet, the mobility need, and for any
// medical note only "medical alert: see the event doctor"; a passport
// number shows its last three characters. The coordinator's copy prints
// the medical notes and passport numbers in full. A field still locked
// (the event passphrase was not entered) prints as "protected" in both.

const protected = "protected"

// passport is a person's passport number as this copy may show it.
func (b *batch) passport(p *data.Person) string {
	switch {
	case data.IsLocked(p.PassportNo):
		return protected
	case p.PassportNo == "" || b.coord:
		return p.PassportNo
	}
	rs := []rune(p.PassportNo)
	keep := min(3, len(rs)-1)
	return strings.Repeat("•", len(rs)-keep) + string(rs[len(rs)-keep:])
}

// medical is what this copy says about a person's medical notes ("" when
// there are none).
func (b *batch) medical(p *data.Person) string {
	switch {
	case data.IsLocked(p.Medical):
		return "medical: " + protected
	case strings.TrimSpace(p.Medical) == "":
		return ""
	case b.coord:
		return "medical: " + p.Medical
	}
	return "medical alert: see the event doctor"
}

// alerts lists what an LO must watch for with one person.
func (b *batch) alerts(p *data.Person) []string {
	var out []string
	for _, a := range p.Allergies {
		s := a.Substance + " allergy"
		if a.Severity != "" {
			s = a.Severity + " " + s
		}
		if a.Severity == data.SeveritySevere {
			s = strings.ToUpper(s)
		}
		out = append(out, s)
	}
	if p.Dietary != "" {
		out = append(out, "diet: "+p.Dietary)
	}
	if m := b.medical(p); m != "" {
		out = append(out, m)
	}
	if p.Mobility != "" {
		out = append(out, "mobility: "+p.Mobility)
	}
	return out
}

// copyName says which copy this is.
func (b *batch) copyName() string {
	if b.coord {
		return "COORDINATOR COPY (full medical and passport data)"
	}
	return "LO copy (need-to-know)"
}
