package backup

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestLocalFolderIsNotNetwork(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{dir, filepath.Join(dir, "not yet.lodesk")} {
		loc, err := Locate(p)
		if err != nil {
			t.Fatal(err)
		}
		if loc.Kind == Network {
			t.Errorf("%s located on a network share (%s)", p, loc.FS)
		}
		if err := CheckLive(p); err != nil {
			t.Errorf("CheckLive(%s) = %v", p, err)
		}
	}
}

func TestNetworkErrorExplains(t *testing.T) {
	err := error(&NetworkError{Path: `\\server\lo\Summit.lodesk`, FS: "UNC"})
	if !errors.Is(err, ErrNetworkShare) {
		t.Error("NetworkError does not unwrap to ErrNetworkShare")
	}
	if msg := err.Error(); msg == "" || !strings.Contains(msg, `\\server\lo\Summit.lodesk`) {
		t.Errorf("message %q does not name the file", msg)
	}
}
