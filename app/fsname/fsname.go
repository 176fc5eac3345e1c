// Package fsname turns a name in any script (a delegation, a person, an
// LO) into a file name that Windows, macOS and Linux all accept, so a
// briefing pack or an export written on a coordinator's Windows laptop
// never fails because of the delegation's name.
//
// Safe keeps letters of every script (Latin, Arabic, CJK, ...), normalises
// to NFC, and removes or replaces only what a file system refuses or shows
// misleadingly: the characters <>:"/\|?*, control and bidi-override
// characters, trailing dots and spaces, and the reserved device names
// (CON, PRN, AUX, NUL, COM0-9, LPT0-9 and their superscript forms, with or
// without an extension). It also bounds the length in UTF-8 bytes and in
// UTF-16 code units, keeping a short extension.
package fsname

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Length limits of a name that Safe returns. NTFS allows 255 UTF-16 code
// units and ext4 255 bytes in one component, but a Windows path longer
// than MAX_PATH (260) still breaks Explorer, PDF readers and print
// dialogs, so Safe keeps well below both and leaves room for the folder.
const (
	MaxBytes = 240 // UTF-8 bytes
	MaxUTF16 = 120 // UTF-16 code units, what Windows counts
)

// maxExt is the longest extension (with its dot, in bytes) that Safe keeps
// when it shortens a name.
const maxExt = 16

// Replacement stands for each character that a file name cannot hold.
const Replacement = '_'

// Fallback is returned for a name that has nothing left once cleaned.
const Fallback = "_"

// Safe returns name as a valid file name on Windows (and therefore on
// macOS and Linux). The result is never empty, is valid UTF-8 in NFC and
// satisfies Valid. Pass the whole name, extension included
// ("Delegation of X.pdf"), so that a reserved stem and the length are
// judged on what is written.
func Safe(name string) string {
	s := strings.ToValidUTF8(name, string(Replacement))
	s = norm.NFC.String(s)
	s = replaceChars(s)
	s = trim(s)
	s = fixReserved(s)
	s = shorten(s)
	s = trim(s)
	if s == "" {
		return Fallback
	}
	return s
}

// Valid reports whether name can be used as it is as a file name on
// Windows, macOS and Linux, within the limits of this package.
func Valid(name string) bool {
	if name == "" || name == "." || name == ".." {
		return false
	}
	if !utf8.ValidString(name) || !norm.NFC.IsNormalString(name) {
		return false
	}
	if len(name) > MaxBytes || utf16Len(name) > MaxUTF16 {
		return false
	}
	for _, r := range name {
		if forbidden(r) || dropped(r) {
			return false
		}
	}
	if last := name[len(name)-1]; last == '.' || last == ' ' {
		return false
	}
	return !Reserved(name)
}

// Reserved reports whether Windows takes name for a device, as it does for
// "CON", "con.pdf", "Lpt1 .txt" or "COM¹": the part before the first dot,
// without trailing spaces, compared case-insensitively.
func Reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.TrimRight(stem, " ")
	switch strings.ToUpper(stem) {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$":
		return true
	}
	if len(stem) < 4 {
		return false
	}
	prefix := strings.ToUpper(stem[:3])
	if prefix != "COM" && prefix != "LPT" {
		return false
	}
	switch stem[3:] {
	case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
		return true
	}
	return false
}

// forbidden reports a character that Windows refuses in a file name.
func forbidden(r rune) bool {
	switch r {
	case '<', '>', ':', '"', '/', '\\', '|', '?', '*':
		return true
	}
	// C0 and C1 controls and DEL: Windows refuses 1-31 and other systems
	// show the rest as garbage; U+FFFD stands for broken input.
	return unicode.IsControl(r) || r == utf8.RuneError
}

// dropped reports a character that is removed without a trace: invisible
// direction controls, which can make "fdp.exe" look like "exe.pdf", and
// the byte order mark. ZWJ and ZWNJ stay, as Persian and Indic names need
// them.
func dropped(r rune) bool {
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f', r == '\ufeff':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

func replaceChars(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case dropped(r):
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case forbidden(r):
			b.WriteRune(Replacement)
		default:
			b.WriteRune(r)
		}
	}
	// removing characters can join a base letter to a combining mark
	return norm.NFC.String(b.String())
}

// trim removes leading spaces and trailing dots and spaces, which Windows
// silently strips (so "Team." and "Team" would be the same file).
func trim(s string) string {
	s = strings.TrimLeft(s, " ")
	return strings.TrimRight(s, ". ")
}

// fixReserved turns "CON.pdf" into "CON_.pdf" and "nul" into "nul_".
func fixReserved(s string) string {
	if !Reserved(s) {
		return s
	}
	stem, ext, hasExt := strings.Cut(s, ".")
	stem = strings.TrimRight(stem, " ") + string(Replacement)
	if hasExt {
		return stem + "." + ext
	}
	return stem
}

// shorten cuts s to MaxBytes and MaxUTF16, cutting the stem and keeping a
// short extension, at a character boundary.
func shorten(s string) string {
	if fits(s) {
		return s
	}
	stem, ext := s, ""
	if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i <= maxExt {
		stem, ext = s[:i], s[i:]
	}
	for stem != "" {
		_, size := utf8.DecodeLastRuneInString(stem)
		stem = stem[:len(stem)-size]
		// a cut can end a name with a dot or a space; Windows would drop it
		cand := norm.NFC.String(strings.TrimRight(stem, ". ") + ext)
		if fits(cand) {
			return cand
		}
	}
	return ""
}

func fits(s string) bool {
	return len(s) <= MaxBytes && utf16Len(s) <= MaxUTF16
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
