package sync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lodesk/data"
)

// BenchmarkCatchUpAfterADay is the team at a summit (issue 15): a laptop
// that was offline for a day syncs once, while the 19 others each wrote
// 2,000 changes (edits of the event's 2,000 people, synced 100 at a time,
// so each laptop's subfolder holds a snapshot and a few packs, as after a
// day). Timed: the one sync that brings the returning laptop up to date.
func BenchmarkCatchUpAfterADay(b *testing.B) {
	const others, perLaptop, perSync = 19, 2000, 100
	ctx := context.Background()
	dir := b.TempDir()
	base := filepath.Join(dir, "base.lodesk")
	st, err := data.Create(ctx, base)
	must(b, err)
	var people []*data.Person
	must(b, st.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Insert(&data.Event{Name: "Summit", TimeZone: "Asia/Jakarta"}); err != nil {
			return err
		}
		d := &data.Delegation{Code: "MY", Name: "Malaysia", Kind: data.KindCountry, Country: "MY"}
		if err := tx.Insert(d); err != nil {
			return err
		}
		for i := range perLaptop {
			p := &data.Person{DelegationID: d.ID, FullName: fmt.Sprint("Delegate ", i), Position: "Adviser"}
			if err := tx.Insert(p); err != nil {
				return err
			}
			people = append(people, p)
		}
		return nil
	}))
	must(b, st.Close())
	folder := filepath.Join(dir, "folder")
	must(b, os.Mkdir(folder, 0o755))
	_, err = SyncFile(ctx, base, Options{Folder: folder}) // the morning: everyone has the event
	must(b, err)
	for l := range others {
		path := filepath.Join(dir, fmt.Sprintf("laptop%d.lodesk", l))
		_, err := SyncFile(ctx, path, Options{Folder: folder}) // joins
		must(b, err)
		st, err := data.Open(ctx, path, data.Options{})
		must(b, err)
		st.SetAuthor(fmt.Sprint("coordinator ", l))
		for from := 0; from < perLaptop; from += perSync {
			must(b, st.Write(ctx, func(tx *data.Tx) error {
				for _, p := range people[from : from+perSync] {
					q := *p
					q.HandlingNotes = fmt.Sprintf("seen by coordinator %d", l)
					if err := tx.Update(&q); err != nil {
						return err
					}
				}
				return nil
			}))
			_, err := Run(ctx, st, Options{Folder: folder})
			must(b, err)
		}
		must(b, st.Close())
	}
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		back := filepath.Join(dir, fmt.Sprintf("back%d.lodesk", i))
		copyFile(b, base, back) // the laptop that was away: the event as it was
		b.StartTimer()
		t0 := cpuTime()
		sum, err := SyncFile(ctx, back, Options{Folder: folder})
		cpu += cpuTime() - t0
		must(b, err)
		if sum.Received < perLaptop {
			b.Fatalf("caught up %d changes", sum.Received)
		}
		b.ReportMetric(float64(sum.Received), "changes")
		b.ReportMetric(float64(sum.PacksRead), "packs")
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}
