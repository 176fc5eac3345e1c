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
// A diet the event's catering serves everyone (halal at an event in
// Indonesia) is no alert.

// passport is a person's passport number as this copy may show it.
func (b *batch) passport(p *data.Person) string {
	switch {
	case data.IsLocked(p.PassportNo):
		return b.tr.T("pack.protected")
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
		return b.tr.T("pack.medical", b.tr.T("pack.protected"))
	case strings.TrimSpace(p.Medical) == "":
		return ""
	case b.coord:
		return b.tr.T("pack.medical", p.Medical)
	}
	return b.tr.T("pack.medical_alert")
}

// alerts lists what an LO must watch for with one person.
func (b *batch) alerts(p *data.Person) []string {
	var out []string
	for _, a := range p.Allergies {
		s := b.tr.T("pack.allergy", a.Substance)
		if a.Severity != "" {
			s = b.tr.T("pack.allergy_severity", a.Substance, b.tr.Label("severity", a.Severity))
		}
		if a.Severity == data.SeveritySevere {
			s = strings.ToUpper(s)
		}
		out = append(out, s)
	}
	if p.Dietary != "" && !b.ev.IsDefaultDiet(p.Dietary) {
		out = append(out, b.tr.T("pack.diet", p.Dietary))
	}
	if m := b.medical(p); m != "" {
		out = append(out, m)
	}
	if p.Mobility != "" {
		out = append(out, b.tr.T("pack.mobility", p.Mobility))
	}
	return out
}

// copyName says which copy this is.
func (b *batch) copyName() string {
	if b.coord {
		return b.tr.T("pack.copy_coordinator")
	}
	return b.tr.T("pack.copy_lo")
}
