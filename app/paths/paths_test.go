package paths

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// clearEnv empties every variable that ForOS reads, so that the machine
// running the test does not leak into it.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, k := range []string{"USERPROFILE", "APPDATA", "LOCALAPPDATA", "HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"} {
		t.Setenv(k, "")
	}
}

func TestForOS(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want Dirs
	}{
		{
			name: "windows",
			goos: "windows",
			env: map[string]string{
				"USERPROFILE":  `C:\Users\Siti`,
				"APPDATA":      `C:\Users\Siti\AppData\Roaming`,
				"LOCALAPPDATA": `C:\Users\Siti\AppData\Local`,
			},
			want: Dirs{
				Data:    `C:\Users\Siti\AppData\Roaming\LO Desk`,
				Backups: `C:\Users\Siti\AppData\Local\LO Desk\Backups`,
				Logs:    `C:\Users\Siti\AppData\Local\LO Desk\Logs`,
			},
		},
		{
			name: "windows redirected roaming profile on a share",
			goos: "windows",
			env: map[string]string{
				"USERPROFILE":  `C:\Users\budi`,
				"APPDATA":      `\\files\profiles\budi\AppData\Roaming\`,
				"LOCALAPPDATA": `D:\Local`,
			},
			want: Dirs{
				Data:    `\\files\profiles\budi\AppData\Roaming\LO Desk`,
				Backups: `D:\Local\LO Desk\Backups`,
				Logs:    `D:\Local\LO Desk\Logs`,
			},
		},
		{
			name: "windows without APPDATA falls back to the profile",
			goos: "windows",
			env:  map[string]string{"USERPROFILE": `C:\Users\Ana`},
			want: Dirs{
				Data:    `C:\Users\Ana\AppData\Roaming\LO Desk`,
				Backups: `C:\Users\Ana\AppData\Local\LO Desk\Backups`,
				Logs:    `C:\Users\Ana\AppData\Local\LO Desk\Logs`,
			},
		},
		{
			name: "windows ignores a relative APPDATA",
			goos: "windows",
			env:  map[string]string{"USERPROFILE": `C:\Users\Ana`, "APPDATA": `AppData`},
			want: Dirs{
				Data:    `C:\Users\Ana\AppData\Roaming\LO Desk`,
				Backups: `C:\Users\Ana\AppData\Local\LO Desk\Backups`,
				Logs:    `C:\Users\Ana\AppData\Local\LO Desk\Logs`,
			},
		},
		{
			name: "linux defaults",
			goos: "linux",
			env:  map[string]string{"HOME": "/home/siti"},
			want: Dirs{
				Data:    "/home/siti/.local/share/lodesk",
				Backups: "/home/siti/.local/share/lodesk/backups",
				Logs:    "/home/siti/.local/state/lodesk/logs",
			},
		},
		{
			name: "linux XDG variables",
			goos: "linux",
			env: map[string]string{
				"HOME":           "/home/siti",
				"XDG_DATA_HOME":  "/data/siti/",
				"XDG_STATE_HOME": "/var/state/siti",
			},
			want: Dirs{
				Data:    "/data/siti/lodesk",
				Backups: "/data/siti/lodesk/backups",
				Logs:    "/var/state/siti/lodesk/logs",
			},
		},
		{
			name: "linux ignores relative XDG variables",
			goos: "linux",
			env:  map[string]string{"HOME": "/home/siti", "XDG_DATA_HOME": "data", "XDG_STATE_HOME": "./state"},
			want: Dirs{
				Data:    "/home/siti/.local/share/lodesk",
				Backups: "/home/siti/.local/share/lodesk/backups",
				Logs:    "/home/siti/.local/state/lodesk/logs",
			},
		},
		{
			name: "freebsd follows XDG",
			goos: "freebsd",
			env:  map[string]string{"HOME": "/usr/home/lo"},
			want: Dirs{
				Data:    "/usr/home/lo/.local/share/lodesk",
				Backups: "/usr/home/lo/.local/share/lodesk/backups",
				Logs:    "/usr/home/lo/.local/state/lodesk/logs",
			},
		},
		{
			name: "macos",
			goos: "darwin",
			env:  map[string]string{"HOME": "/Users/siti", "XDG_DATA_HOME": "/ignored"},
			want: Dirs{
				Data:    "/Users/siti/Library/Application Support/LO Desk",
				Backups: "/Users/siti/Library/Application Support/LO Desk/Backups",
				Logs:    "/Users/siti/Library/Logs/LO Desk",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := ForOS(tt.goos)
			if err != nil {
				t.Fatalf("ForOS(%q): %v", tt.goos, err)
			}
			if got != tt.want {
				t.Errorf("ForOS(%q) =\n %+v\nwant\n %+v", tt.goos, got, tt.want)
			}
		})
	}
}

func TestForOSNoHome(t *testing.T) {
	for _, goos := range []string{"windows", "linux", "darwin"} {
		t.Run(goos, func(t *testing.T) {
			clearEnv(t)
			if goos != "windows" {
				t.Setenv("HOME", "relative")
			}
			if _, err := ForOS(goos); !errors.Is(err, ErrNoHome) {
				t.Errorf("ForOS(%q) with no home: err = %v, want ErrNoHome", goos, err)
			}
		})
	}
}

func TestDefaultCreate(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("checks the XDG layout of this machine")
	}
	clearEnv(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, "state"))
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := Dirs{
		Data:    filepath.Join(home, ".local", "share", "lodesk"),
		Backups: filepath.Join(home, ".local", "share", "lodesk", "backups"),
		Logs:    filepath.Join(home, "state", "lodesk", "logs"),
	}
	if d != want {
		t.Fatalf("Default() = %+v, want %+v", d, want)
	}
	if err := d.Create(); err != nil {
		t.Fatal(err)
	}
	if err := d.Create(); err != nil {
		t.Fatalf("second Create: %v", err)
	}
	for _, dir := range []string{d.Data, d.Backups, d.Logs} {
		fi, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.IsDir() || fi.Mode().Perm() != 0o700 {
			t.Errorf("%s: mode %v, want a folder with 0700", dir, fi.Mode())
		}
	}
}
