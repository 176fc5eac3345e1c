package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"lodesk/app/briefing"
	"lodesk/app/event"
	"lodesk/app/i18n"
	"lodesk/app/private"
	"lodesk/data"
)

// runPack writes briefing packs: every assignment's (--all), one LO's
// (--lo NAME) or one delegation's (--delegation CODE), into the folder
// --out names, or into the .pdf file it names when one pack matches.
func runPack(e *Env) error {
	if err := e.Args.Want("FILE"); err != nil {
		return err
	}
	out := e.Args.Flag("out")
	if out == "" {
		return usagef("--out is required")
	}
	var sel briefing.Selection
	n := 0
	if e.Args.Bool("all") {
		sel.All = true
		n++
	}
	lo, code := e.Args.Flag("lo"), e.Args.Flag("delegation")
	if lo != "" {
		n++
	}
	if code != "" {
		n++
	}
	if n != 1 {
		return usagef("give exactly one of --all, --lo NAME, --delegation CODE")
	}
	lang, err := printLang(e)
	if err != nil {
		return err
	}
	s, err := event.Open(e.Ctx, e.Args.Pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	if err := unlock(e, s); err != nil {
		return err
	}
	switch {
	case lo != "":
		id, err := findLO(e.Ctx, s, lo)
		if err != nil {
			return err
		}
		sel.LOIDs = []string{id}
	case code != "":
		d, err := s.DelegationByCode(e.Ctx, code)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Path(), err)
		}
		sel.DelegationIDs = []string{d.ID}
	}
	opts := briefing.Options{Dir: out, Coordinator: e.Args.Bool("coordinator"), Lang: lang}
	if strings.EqualFold(filepath.Ext(out), ".pdf") {
		return packFile(e, s, sel, opts)
	}
	rs, err := briefing.Generate(e.Ctx, s, sel, opts)
	if err != nil {
		if len(rs) > 0 {
			fmt.Fprintf(e.Stderr, "%d pack(s) written before the failure:\n", len(rs))
			for _, r := range rs {
				fmt.Fprintf(e.Stderr, "  %s\n", r.Path)
			}
		}
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	for _, r := range rs {
		fmt.Fprintf(e.Stdout, "%s (%d pages)\n", r.Path, r.Pages)
	}
	if len(rs) == 0 {
		return errors.New("no assignment matches: nothing printed")
	}
	fmt.Fprintf(e.Stdout, "wrote %d pack(s) to %s\n", len(rs), out)
	return nil
}

// packFile writes the one pack sel matches to the file opts.Dir names:
// made in a folder beside it, then renamed into place, so that the file
// is whole or absent. More than one match is a usage error.
func packFile(e *Env, s *data.Store, sel briefing.Selection, opts briefing.Options) error {
	out := opts.Dir
	as, err := briefing.Assignments(e.Ctx, s, sel)
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	switch len(as) {
	case 0:
		return errors.New("no assignment matches: nothing printed")
	case 1:
	default:
		return usagef("--out %s names one file, but %d packs match: give a folder", out, len(as))
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), ".lodesk-pack-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	opts.Dir = tmp
	rs, err := briefing.Generate(e.Ctx, s, sel, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	if len(rs) != 1 {
		return fmt.Errorf("%s: %d packs made for one assignment", s.Path(), len(rs))
	}
	if err := os.Rename(rs[0].Path, out); err != nil {
		return err
	}
	if err := private.SyncDir(filepath.Dir(out)); err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "%s (%d pages)\n", out, rs[0].Pages)
	return nil
}

// findLO finds an LO by exact name (case-insensitive), else by a unique
// partial match.
func findLO(ctx context.Context, s *data.Store, name string) (string, error) {
	los, err := s.FindLOs(ctx, data.LOFilter{Search: name})
	if err != nil {
		return "", fmt.Errorf("%s: %w", s.Path(), err)
	}
	for _, l := range los {
		if strings.EqualFold(l.FullName, name) {
			return l.ID, nil
		}
	}
	switch len(los) {
	case 0:
		return "", fmt.Errorf("no LO named %q", name)
	case 1:
		return los[0].ID, nil
	}
	names := make([]string, 0, len(los))
	for _, l := range los {
		names = append(names, l.FullName)
	}
	return "", usagef("%q matches several LOs: %s", name, strings.Join(names, ", "))
}

// runManifest writes one department manifest to --out (a .pdf file or a
// folder).
func runManifest(e *Env) error {
	if err := e.Args.Want("FILE", "KIND"); err != nil {
		return err
	}
	kind := strings.ToLower(e.Args.Pos[1])
	if !slices.Contains(briefing.ManifestKinds, kind) {
		return usagef("KIND %q: want one of %s", kind, strings.Join(briefing.ManifestKinds, ", "))
	}
	out := e.Args.Flag("out")
	if out == "" {
		return usagef("--out is required")
	}
	lang, err := printLang(e)
	if err != nil {
		return err
	}
	s, err := event.Open(e.Ctx, e.Args.Pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	rs, err := briefing.Manifest(e.Ctx, s, kind, out, briefing.Options{Lang: lang})
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	fmt.Fprintf(e.Stdout, "%s (%d pages)\n", rs.Path, rs.Pages)
	return nil
}

// printLang is the --lang option: "id", "en", or "" for the event's
// default language.
func printLang(e *Env) (string, error) {
	l := e.Args.Flag("lang")
	if l == "" {
		return "", nil
	}
	l, err := i18n.Choose(l, nil)
	if err != nil {
		return "", usagef("--lang %s: want id or en", e.Args.Flag("lang"))
	}
	return l, nil
}
