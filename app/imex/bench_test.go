package imex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkImportPeopleXLSX reads and imports 5,000 people (300
// delegations) from a workbook into a new event file, in one transaction.
func BenchmarkImportPeopleXLSX(b *testing.B) {
	var dels strings.Builder
	dels.WriteString("code,name,kind\n")
	for d := range 300 {
		fmt.Fprintf(&dels, "D%03d,Delegation %d,organisation\n", d, d)
	}
	rows := [][]any{{
		"Delegasi", "Peran", "Nama Lengkap", "Nama Asli", "Jabatan", "Jenis Kelamin", "Kewarganegaraan",
		"No. Paspor", "Bahasa", "Alergi", "Telepon", "Surel",
	}}
	native := []string{"Nguyễn Văn", "Сергей", "Νίκος", "فيصل", "王伟", "สมชาย"}
	for i := range 5000 {
		role := "member"
		if i%17 == 0 {
			role = "deputy"
		}
		rows = append(rows, []any{
			fmt.Sprintf("D%03d", i%300), role, fmt.Sprintf("Person Number %d", i),
			fmt.Sprintf("%s %d", native[i%len(native)], i), "Adviser", "female", "Indonesia", fmt.Sprintf("P%07d", i),
			"id; en", "peanut:severe", fmt.Sprintf("0812%08d", 10000000+i), fmt.Sprintf("p%d@example.org", i),
		})
	}
	path := filepath.Join(b.TempDir(), "people.xlsx")
	if err := os.WriteFile(path, xlsxBytes(b, rows), 0o600); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := newStore(b)
		mustImport(b, s, Delegations, dels.String())
		b.StartTimer()
		tab, err := ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		res, err := Import(ctx, s, People, tab, false)
		if err != nil || res.Inserted != 5000 {
			b.Fatalf("%+v %v", res, err)
		}
	}
}
