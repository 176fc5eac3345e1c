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
// A file from outside is hostile: ReadFile refuses one over MaxFileSize
// before reading, and the readers check their limits while they read,
// before they keep anything for a row: MaxRows rows as a spreadsheet
// numbers them (blank ones too), a value at most in column MaxColumns,
// MaxCells cells kept; an XLSX is read as a stream (its first sheet's XML,
// never a grid of its widest row), with a bound on what it unpacks and on
// any one text in it. A CSV is checked for rows and columns before it is
// parsed. Exports write a CSV cell that Excel would run as a formula
// (starting = + - @, a tab, a carriage return, or a full-width = + - @)
// with a leading apostrophe, which Excel shows as text and import removes
// (a plain negative number stays a number); an XLSX holds text cells only.
//
// A row reports every wrong cell at once, even one whose record cannot be
// found (an unknown delegation, a code met before): its other cells are
// read and checked all the same, by the importer and by the record's
// rules in app/ (field.Join). Listed cuts a list of problems to MaxListed
// and counts the rest.
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
//     with the same flight number (a rescheduled flight);
//   - los: the LO with the same e-mail address (any case), else with the
//     same full name and no other e-mail address;
//   - programme: the item with the same title starting at the same instant
//     (an item moved to another time is new, with a likely-duplicate
//     warning);
//   - assignments: the same LO (full name) to the same delegation (code) in
//     the same role (empty: lead); a new assignment gets its SOP checklist;
//   - requests: the same delegation and person (empty: the delegation)
//     received at the same instant, else the only such request with the
//     same text where the row or the stored request has no received time;
//   - incidents: the same delegation (or none) at the same instant;
//   - gifts: the same LO and giver ("from") received at the same instant;
//   - contacts: the same department (or delegation) and name;
//   - vehicles: the same plate (case and spaces ignored);
//   - hotels: the same delegation, person (empty: the delegation) and
//     hotel, else among several such stays the one with the same check-in;
//   - briefs: the same country;
//   - transfers: the same two places, either way;
//   - accreditation: the person of the delegation with the full name, or,
//     with no delegation, the LO with it; it only sets badges (number,
//     category, zones) and makes no one;
//   - checklists: the item of the LO's (full name) checklist for the
//     delegation (code) in the same phase with the row's item as its
//     English or Indonesian text. The app makes the items when an
//     assignment is made: a checklists import only updates them, and a row
//     that fits no item (or an LO not assigned to the delegation) is refused.
//
// Names and texts compare with case, spacing and diacritics ignored; a row
// that two stored records fit is refused (ErrAmbiguousRow, ErrAmbiguousLO).
//
// Seating is made by the app and only exported. A checklists row's status
// (pending/checked/rechecked/not_applicable, belum/dicek/dicek ulang/tidak
// berlaku) must fit its names and times (ISO 8601) by the window's rules
// (app/sop): a check says who and when; a re-check also needs a check, an
// item that asks for one, another person than the checker and a time no
// earlier than the check; not applicable says who, when and, at the start
// of the notes, why ("reason; notes", as export writes it); a name or time
// the status does not keep is refused. Phases are pre_arrival, arrival,
// event, departure, post_event (pra-kedatangan, kedatangan, acara,
// kepulangan, pasca-acara).
//
// DESIGN.md gives no columns for requests, incidents and gifts; they are
// (Indonesian aliases in brackets):
//
//	requests:  delegation (delegasi), person (nama_lengkap), category (kategori:
//	           dietary/transport/schedule/medical/shopping/other), text
//	           (permintaan), received (diterima: ISO 8601), department
//	           (departemen: empty = by category), status
//	           (open/fulfilled/declined/escalated), response (tanggapan)
//	incidents: time (waktu), delegation (delegasi, may be empty), severity
//	           (tingkat: low/medium/high, rendah/sedang/tinggi; empty = medium),
//	           what (kejadian), action (tindakan), resolved (teratasi: yes/no)
//	gifts:     lo (nama_lo: full name), from (pemberi), received (diterima),
//	           item (barang), amount (jumlah), currency (mata_uang: ISO 4217),
//	           value_idr (nilai_idr: whole rupiah), status
//	           (received/declared/handed_to_committee/reported_kpk), notes
//
// DESIGN.md's columns of contacts, vehicles, hotels, briefs, transfers and
// accreditation are kept; what they take:
//
//	contacts:  department (bagian) or delegation (delegasi: a code), name
//	           (nama), role (peran: for a delegation embassy, protecting_power,
//	           protocol_officer, other — kedutaan, negara_pelindung,
//	           petugas_protokol, lainnya; for a department their job),
//	           phone (telepon), radio, email (surel), notes (catatan)
//	vehicles:  plate (no_polisi), seats (kursi: a whole number), delegation
//	           (a code, may be empty), patwal (yes/no), car_pass (no_stiker:
//	           no two badges or passes share a number), zones (zona)
//	hotels:    check_in and check_out are times (ISO 8601, or local
//	           "2026-11-26 14:00"); room (kamar) is free text
//	transfers: minutes (menit) from 1 to 600
//	accreditation: zones are codes of the event's access zones (Event
//	           details), separated by "; "
//
// LO languages are "code:level; ..." or "name (level)", with English or
// Indonesian language names and levels (native/fluent/working/basic,
// asli/fasih/kerja or menengah/dasar); dates are YYYY-MM-DD (or day first,
// 27/11/2026); programme attendees are "all" or codes of delegations in
// the event file. Amounts take a point or a comma for decimals and either
// for thousands ("1.500.000,50"); a lone separator before exactly three
// digits ("1.500") is refused as unclear.
//
// A column that is not mapped leaves the stored value alone; a mapped, empty
// cell clears a text field, and keeps a field of set values (kind, status,
// role, relations, direction, mode, category, department, severity,
// attendees, a request's received time: a new record gets the default). Times
// without an offset are in the event's time zone; a travel leg keeps the
// zone it was given in (WIB/WITA/WIT, or the stored, event or Indonesian
// zone with that offset, else Etc/GMT±N).
//
// Likely duplicates (the same name in another word order, a passport met in
// another delegation, a second country delegation for one country, a second
// leg on the same day, a second lead LO for a delegation, a programme
// title, an incident or a gift met at another time) are warnings: they do
// not stop an import.
package imex
