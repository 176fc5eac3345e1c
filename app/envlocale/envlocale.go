// Package envlocale keeps Fyne quiet about a locale it cannot parse. Import
// it, for its init only, from package main:
//
//	import _ "lodesk/app/envlocale"
//
// Fyne's lang package, in its own init (before main runs), reads the
// locale the way gettext does (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE)
// and parses the language of each entry; "C.UTF-8", the default of many
// containers, scheduled tasks and servers, gives the language "C", and Fyne
// logs "Fyne error: Error parsing user locale C" for it on every start, even
// for a subcommand that never opens a window. ("C" and "POSIX" alone are
// skipped by Fyne, and an empty locale too.)
//
// Why an init in a package of its own: the only other ways are a binary
// without Fyne for the subcommands (LO Desk is one file to copy, and the
// window and the commands share it) or re-executing the program with a
// mended environment (a second process on every start, and Fyne's init has
// already logged in the first one). Go (1.21 and later) initialises
// packages in import-path order, each as soon as the packages it imports
// are: this package imports syscall only, which "os" imports too, and its
// path ("lodesk/...") sorts before "os"; Fyne's lang imports "os"
// (directly and through its dependencies). So this init runs after syscall
// and before "os", hence before Fyne's lang, whatever else the binary
// links. It must keep importing nothing but syscall: TestImportsOnlySyscall
// checks that, and main's TestNoFyneNoise runs the built binary.
//
// What it changes: when an entry Fyne would parse is not a language tag, it
// sets LANGUAGE to the entries that are (or "en" when none is). LANGUAGE is
// read by gettext only for a locale other than C, so child processes keep
// their C locale and its codeset; the window then speaks English (ui's
// applyLanguage handles a C locale the same way).
package envlocale

import "syscall"

func init() { Mend() }

// Mend sets LANGUAGE when the locale variables hold an entry that Fyne
// cannot parse; it reports what it set ("" when it left them alone).
func Mend() string {
	v, change := language(func(k string) string {
		s, _ := syscall.Getenv(k)
		return s
	})
	if !change {
		return ""
	}
	if err := syscall.Setenv("LANGUAGE", v); err != nil {
		return ""
	}
	return v
}

// language returns the LANGUAGE value that makes every entry parse, and
// whether it differs from what get gives. It follows go-locale's Unix
// reading (github.com/jeandeaual/go-locale), which Fyne uses.
func language(get func(string) string) (string, bool) {
	loc := ""
	for _, k := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = get(k); loc != "" {
			break
		}
	}
	if loc == "C" || loc == "POSIX" {
		return "", false
	}
	list := get("LANGUAGE")
	if list == "" {
		list = loc
	}
	if list == "" {
		return "", false
	}
	var kept []string
	bad := false
	for _, e := range split(list, ':') {
		if wellFormed(e) {
			kept = append(kept, e)
			continue
		}
		bad = true
		if m := mend(e); m != "" {
			kept = append(kept, m)
		}
	}
	if !bad {
		return "", false
	}
	if len(kept) == 0 {
		return "en", true
	}
	return join(kept, ':'), true
}

// wellFormed says whether go-locale turns e into a tag Fyne parses: a
// language of 2 or 3 letters, then optionally a region of 2 letters or 3
// digits, after the codeset (".UTF-8") is cut.
func wellFormed(e string) bool {
	e = cut(e, '.')
	lang, region := e, ""
	for i := 0; i < len(e); i++ {
		if e[i] == '_' || e[i] == '-' {
			lang, region = e[:i], e[i+1:]
			break
		}
	}
	if !letters(lang) || len(lang) < 2 || len(lang) > 3 {
		return false
	}
	switch {
	case lang != e && len(region) == 2:
		return letters(region)
	case lang != e && len(region) == 3:
		return digits(region)
	default:
		return lang == e
	}
}

// mend drops a modifier ("@latin") and the codeset; "" when still not
// well formed.
func mend(e string) string {
	e = cut(cut(e, '@'), '.')
	if wellFormed(e) {
		return e
	}
	return ""
}

func cut(s string, sep byte) string {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i]
		}
	}
	return s
}

func split(s string, sep byte) []string {
	var out []string
	for {
		i := 0
		for i < len(s) && s[i] != sep {
			i++
		}
		out = append(out, s[:i])
		if i == len(s) {
			return out
		}
		s = s[i+1:]
	}
}

func join(ss []string, sep byte) string {
	var b []byte
	for i, s := range ss {
		if i > 0 {
			b = append(b, sep)
		}
		b = append(b, s...)
	}
	return string(b)
}

func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
