package cli

import (
	"fmt"
	"io"
	"strings"

	"lodesk/app/imex"
)

// helpText explains one command for `lodesk help COMMAND`: what it does,
// its options and at least one example a coordinator can copy. Every
// command in the table has one (TestHelpForEveryCommand).
type helpText struct {
	about    string
	options  [][2]string // option, what it does
	examples []string
}

// helps are the commands' explanations. Examples use the names a
// coordinator would: spaces and Indonesian words, quoted. {import-kinds}
// and {export-kinds} stand for the kinds app/imex takes.
var helps = map[string]helpText{
	"demo": {
		about: "Writes a new event file full of realistic made-up delegations, people, LOs, programme, assignments and checklists, to try LO Desk or train coordinators. It refuses to overwrite a file that exists.",
		options: [][2]string{
			{"--size SIZE", "how big: small (the default: about 60 delegations, 600 people, 100 LOs), or large or xlarge for trying LO Desk at scale"},
			{"--start YYYY-MM-DD", "the first arrival day (default: today)"},
		},
		examples: []string{`lodesk demo "Latihan KTT.lodesk"`, `lodesk demo big.lodesk --size large --start 2026-11-23`},
	},
	"check": {
		about:    "Checks an event file without changing it: SQLite's integrity and foreign-key checks and the tables this build needs; prints the number of rows of each kind and \"ok\". Runs while the window has the file open. Exit status 1 when the file has problems, which go to stderr.",
		examples: []string{`lodesk check "D:\Events\KTT 2026.lodesk"`},
	},
	"version": {
		about:    "Prints LO Desk's version, the event-file schema it writes, the Go version and the system it was built for.",
		examples: []string{"lodesk version"},
	},
	"assign": {
		about: "Lists the LO assignments and the warnings about them (an LO in two places at once, a delegation without a lead, no shared language). --auto gives every delegation without a lead LO the best available LO (shared languages, experience, dates); it changes nothing set by hand unless --replace.",
		options: [][2]string{
			{"--auto", "fill the open lead slots"},
			{"--dry-run", "show what --auto would do, write nothing"},
			{"--replace", "let --auto re-plan the leads set by hand too"},
		},
		examples: []string{"lodesk assign ktt.lodesk", "lodesk assign ktt.lodesk --auto --dry-run", "lodesk assign ktt.lodesk --auto"},
	},
	"import": {
		about: "Reads a spreadsheet (.csv, comma or semicolon, or the first sheet of an .xlsx) into the event. KIND is what its rows are: " +
			"{import-kinds}. " +
			"Headers may be in English or Bahasa Indonesia; docs/spreadsheets.md lists every column. A row that matches a record already in the event updates it. " +
			"Every problem is printed with its row and column, and a file with a problem changes nothing: all rows or none.",
		options: [][2]string{
			{"--dry-run", "check every row and say what would change, write nothing"},
			{"--passphrase-file F", "the event's passphrase (first line of F), for a protected event's passport numbers and medical notes"},
		},
		examples: []string{`lodesk import ktt.lodesk delegations "Daftar Delegasi.xlsx" --dry-run`, `lodesk import ktt.lodesk people "peserta – Kemlu.csv"`},
	},
	"export": {
		about: "Writes one kind of record ({export-kinds}) to a spreadsheet (.csv or .xlsx, by TARGET's name) with the same columns import reads, so it can be edited and imported back. " +
			"An event with no such records gives an empty template with the headers. Runs while the window has the file open.",
		options: [][2]string{
			{"--passphrase-file F", "the event's passphrase: a protected event's people (passport numbers, medical notes) are exported only with it"},
		},
		examples: []string{`lodesk export ktt.lodesk people "Peserta KTT.xlsx"`, "lodesk export empty.lodesk travel template.csv"},
	},
	"protect": {
		about: "Encrypts the passport numbers and medical notes in the event file with a passphrase (its backups and sync packs are then encrypted whole). Keep the passphrase safe: it cannot be recovered. Every laptop that syncs the event needs the same passphrase.",
		options: [][2]string{
			{"--passphrase-file F", "the passphrase: the first line of F"},
		},
		examples: []string{`lodesk protect ktt.lodesk --passphrase-file "E:\kunci.txt"`},
	},
	"backup": {
		about: "Writes a checked copy of the event into the folder DIR, named after the event and the time (encrypted when the event is protected). Runs while the window has the file open. The window keeps its own backups besides; this folder is never thinned out.",
		options: [][2]string{
			{"--passphrase-file F", "needed once for a protected event, the first time it is backed up on this laptop"},
		},
		examples: []string{`lodesk backup ktt.lodesk "E:\Cadangan KTT"`},
	},
	"restore": {
		about: "Makes the new event file FILE from a backup, after checking it; it never overwrites a file. The restored file gets its own sync identity: sync it to catch up with the other laptops.",
		options: [][2]string{
			{"--passphrase-file F", "the passphrase the event had when the backup was taken (encrypted backups)"},
		},
		examples: []string{`lodesk restore "E:\Cadangan KTT\KTT 2026 2026-11-24 09.30.00Z.lodesk-backup" "KTT 2026 (pulih).lodesk"`},
	},
	"sync": {
		about: "Exchanges changes with the other laptops through the folder DIR (a USB stick, a network share, a Syncthing folder): writes this laptop's new changes into its own subfolder and merges everyone else's, field by field. " +
			"A FILE that does not exist yet is made from the folder (a new laptop joining). On failure, what was done before it is said on stderr. " +
			"With --watch it keeps running: it syncs again whenever the folder or FILE changes (and every 30 seconds), prints each sync that changed something as it happens, and stops cleanly on Ctrl-C.",
		options: [][2]string{
			{"--folder DIR", "the shared folder (required)"},
			{"--passphrase-file F", "the event's passphrase, when it is protected"},
			{"--watch", "keep syncing on every change until interrupted (a laptop that stays on at the desk)"},
		},
		examples: []string{`lodesk sync ktt.lodesk --folder "F:\Sinkron KTT"`, `lodesk sync "laptop baru.lodesk" --folder "F:\Sinkron KTT"`, `lodesk sync ktt.lodesk --folder "C:\Users\budi\Sync\KTT" --watch`},
	},
	"pack": {
		about: "Prints the PDF briefing packs of the LOs: every assignment's (--all), one LO's or one delegation's. --out names a folder (one PDF per pack) or a .pdf file when exactly one pack matches.",
		options: [][2]string{
			{"--all", "every assignment's pack"},
			{"--lo NAME", "one LO's packs (full name, or a part that fits one LO)"},
			{"--delegation CODE", "the packs for one delegation"},
			{"--out PATH", "a folder, or a .pdf file (required)"},
			{"--lang id|en", "print in Bahasa Indonesia or English (default: the event's language, Event details)"},
			{"--coordinator", "the coordinator's copy, with the fields LOs do not get"},
			{"--passphrase-file F", "the event's passphrase, to print protected fields"},
		},
		examples: []string{`lodesk pack ktt.lodesk --all --out "Paket LO"`, `lodesk pack ktt.lodesk --delegation FRA --out fra.pdf --lang en`},
	},
	"report": {
		about: "Prints a report as PDF: sitrep (the situation report of a day: arrivals and departures, incidents, requests, checklists and overdue steps, gifts to report, who is on duty), lo-daily (an LO's daily report, or the blank form), handover (the hand-over sheets of a day's shift changes) or final (the end-of-event report).",
		options: [][2]string{
			{"--out PATH", "a .pdf file, or a folder where the report gets its own name (required)"},
			{"--date YYYY-MM-DD", "the day of a sitrep, lo-daily or handover (default: today in the event's time zone)"},
			{"--lo NAME", "the LO of a lo-daily (none: the blank form) or handover (none: every hand-over of the day)"},
			{"--lang id|en", "the report's language (default: the event's)"},
		},
		examples: []string{`lodesk report ktt.lodesk sitrep --date 2026-11-25 --out "SITREP 25 Nov.pdf"`, `lodesk report ktt.lodesk lo-daily --lo "Siti Rahmawati" --lang en --out siti.pdf`},
	},
	"manifest": {
		about:    "Prints one department's manifest as PDF: arrivals, departures, catering, transport or roster.",
		options:  [][2]string{{"--out PATH", "a .pdf file or a folder (required)"}, {"--lang id|en", "print in Bahasa Indonesia or English (default: the event's language)"}},
		examples: []string{`lodesk manifest ktt.lodesk arrivals --out "Kedatangan.pdf"`, `lodesk manifest ktt.lodesk catering --out catering.pdf --lang en`},
	},
	"seating": {
		about: "Prints a session's seating as PDF: tent cards for every seated guest (--cards: one folded A4 each, the name in Latin and native script, the delegation and its flag on both faces), " +
			"or the wall plan with the stage at the top, or for a group photo the line-up and the calling order (--plan: A3 or A4 landscape by the room's size). " +
			"SESSION is the programme item's title, or a part of it that only one item has.",
		options: [][2]string{
			{"--cards", "the tent cards"},
			{"--plan", "the wall plan, or the photo line-up"},
			{"--out PATH", "a .pdf file or a folder (required)"},
			{"--lang id|en", "print in Bahasa Indonesia or English (default: the event's language)"},
		},
		examples: []string{`lodesk seating ktt.lodesk "Jamuan Makan Malam" --cards --out kartu.pdf`, `lodesk seating ktt.lodesk "Foto Bersama" --plan --out "Denah foto.pdf" --lang en`},
	},
}

// printHelp explains one command; false when there is no such command.
func printHelp(w io.Writer, name string) bool {
	cmd, ok := commands[name]
	if !ok {
		return false
	}
	fmt.Fprintf(w, "usage: lodesk %s\n", cmd.usage)
	h := helps[name]
	if h.about != "" {
		about := strings.NewReplacer(
			"{import-kinds}", strings.Join(imex.ImportKinds(), ", "),
			"{export-kinds}", strings.Join(imex.ExportKinds(), ", "),
		).Replace(h.about)
		fmt.Fprintf(w, "\n%s\n", wrap(about, 76, ""))
	}
	if len(h.options) > 0 {
		fmt.Fprintln(w, "\noptions:")
		width := 0
		for _, o := range h.options {
			width = max(width, len(o[0]))
		}
		for _, o := range h.options {
			pad := strings.Repeat(" ", width+4)
			fmt.Fprintf(w, "  %-*s  %s\n", width, o[0], strings.TrimPrefix(wrap(o[1], 76-width-4, pad), pad))
		}
	}
	if len(h.examples) > 0 {
		fmt.Fprintln(w, "\nexample:")
		for _, ex := range h.examples {
			fmt.Fprintf(w, "  %s\n", ex)
		}
	}
	return true
}

// wrap breaks s into lines of at most width characters, each after the
// first starting with indent (the first too, unless trimmed by the caller).
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	b.WriteString(indent)
	for i, word := range strings.Fields(s) {
		l := len([]rune(word))
		if i > 0 && n+1+l > width {
			b.WriteString("\n" + indent)
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}
