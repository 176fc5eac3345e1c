package sync

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"lodesk/app/backup"
)

// Joining checks for a network share as opening an event does: the event
// file is refused there, and nothing is left behind.
func TestJoinRefusesANetworkShare(t *testing.T) {
	dir, _, folder := sharedDemo(t)
	share := filepath.Join(dir, "share", "b.lodesk")
	if err := os.MkdirAll(filepath.Dir(share), 0o755); err != nil {
		t.Fatal(err)
	}
	real := checkLive
	t.Cleanup(func() { checkLive = real })
	checkLive = func(path string) error {
		if filepath.Dir(path) == filepath.Dir(share) {
			return &backup.NetworkError{Path: path, FS: "nfs"}
		}
		return real(path)
	}
	_, err := SyncFile(context.Background(), share, Options{Folder: folder})
	if !errors.Is(err, backup.ErrNetworkShare) {
		t.Fatalf("join on a network share: %v", err)
	}
	if left, _ := os.ReadDir(filepath.Dir(share)); len(left) != 0 {
		t.Errorf("the refused join left %d files", len(left))
	}
}
