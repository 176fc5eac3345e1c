// Package imex imports and exports the event's spreadsheets: CSV (comma or
// semicolon, UTF-8 with or without BOM) and XLSX (the first sheet), with
// the columns of DESIGN.md ("Import and export columns").
//
// An import, in the window or on the command line, goes:
//
//	t, err := imex.ReadFile(path)                  // refuses > MaxFileSize before reading
//	m, err := imex.Detect(kind, t.Header)          // the user may edit m
//	plan, err := imex.Prepare(ctx, s, kind, t, m)  // every row: Action, Label, Problems
//	res, err := imex.Commit(ctx, s, plan, imex.Options{GoodRowsOnly: false})
//
// Commit checks the rows again inside its one transaction and writes all of
// them or none (an *InvalidError); GoodRowsOnly writes the rows without
// problems instead. Import does Detect, Prepare and Commit (or only the
// check, for --dry-run).
//
// Re-importing updates rather than duplicates. A row matches:
//   - delegations: the delegation with the same code (any case);
//   - people: in the same delegation, the person with the same passport
//     number (spaces and dashes ignored), else with the same full name
//     (case, spacing and diacritics ignored) and no other passport;
//   - travel: the leg of the same delegation, person (empty: the whole
//     delegation) and direction at the same instant, else the only such leg
//     with the same flight number (a rescheduled flight).
//
// A column that is not mapped leaves the stored value alone; a mapped, empty
// cell clears a text field, and keeps a field of set values (kind, status,
// role, relations, direction, mode: a new record gets the default). Times
// without an offset are in the event's time zone; a travel leg keeps the
// zone it was given in (WIB/WITA/WIT, or the stored, event or Indonesian
// zone with that offset, else Etc/GMT±N).
//
// Likely duplicates (the same name in another word order, a passport met in
// another delegation, a second country delegation for one country, a second
// leg on the same day) are warnings: they do not stop an import.
package imex
