// Package paths says where LO Desk keeps its own files on each operating
// system, following that system's conventions: the data folder (settings,
// recent files, event files made without choosing a folder), the backup
// folder and the log folder.
//
//	Windows  data     %APPDATA%\LO Desk
//	         backups  %LOCALAPPDATA%\LO Desk\Backups
//	         logs     %LOCALAPPDATA%\LO Desk\Logs
//	macOS    data     ~/Library/Application Support/LO Desk
//	         backups  ~/Library/Application Support/LO Desk/Backups
//	         logs     ~/Library/Logs/LO Desk
//	Linux    data     $XDG_DATA_HOME/lodesk (~/.local/share/lodesk)
//	(other)  backups  $XDG_DATA_HOME/lodesk/backups
//	         logs     $XDG_STATE_HOME/lodesk/logs (~/.local/state/lodesk/logs)
//
// Backups and logs stay on the machine (Local, not Roaming, on Windows):
// they are large, and a roaming profile would copy them to the domain's
// server. Nothing here imports Fyne, so the command line uses the same
// folders as the window.
package paths

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Names of the application's folders.
const (
	windowsName = "LO Desk"
	darwinName  = "LO Desk"
	unixName    = "lodesk"
)

// Dirs are the folders of one user on one machine. Each is absolute.
type Dirs struct {
	Data    string // settings, recent files, new event files
	Backups string // automatic and manual backups of event files
	Logs    string // log files, to attach to a bug report
}

// ErrNoHome is returned when neither the system's variables nor the home
// folder tell where the user's files go.
var ErrNoHome = errors.New("paths: cannot find the user's home folder")

// Default returns the folders for this operating system and user, from the
// environment as it is now.
func Default() (Dirs, error) {
	return ForOS(runtime.GOOS)
}

// ForOS returns the folders that the operating system goos ("windows",
// "darwin", "linux", ...) uses, reading this process's environment: on
// Windows APPDATA, LOCALAPPDATA and USERPROFILE; elsewhere HOME, and
// XDG_DATA_HOME and XDG_STATE_HOME when they hold absolute paths (the XDG
// specification says to ignore relative ones).
func ForOS(goos string) (Dirs, error) {
	switch goos {
	case "windows":
		return windows()
	case "darwin", "ios":
		return darwin()
	default:
		return xdg()
	}
}

// Create makes the folders that do not exist yet, readable by the user
// only: event files and their backups hold passport numbers and medical
// notes.
func (d Dirs) Create() error {
	for _, dir := range []string{d.Data, d.Backups, d.Logs} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("paths: %w", err)
		}
	}
	return nil
}

func windows() (Dirs, error) {
	profile := os.Getenv("USERPROFILE")
	roaming := os.Getenv("APPDATA")
	if !winAbs(roaming) {
		if !winAbs(profile) {
			return Dirs{}, ErrNoHome
		}
		roaming = join(`\`, profile, "AppData", "Roaming")
	}
	local := os.Getenv("LOCALAPPDATA")
	if !winAbs(local) {
		if winAbs(profile) {
			local = join(`\`, profile, "AppData", "Local")
		} else {
			local = roaming
		}
	}
	return Dirs{
		Data:    join(`\`, roaming, windowsName),
		Backups: join(`\`, local, windowsName, "Backups"),
		Logs:    join(`\`, local, windowsName, "Logs"),
	}, nil
}

func darwin() (Dirs, error) {
	home := os.Getenv("HOME")
	if !strings.HasPrefix(home, "/") {
		return Dirs{}, ErrNoHome
	}
	data := join("/", home, "Library", "Application Support", darwinName)
	return Dirs{
		Data:    data,
		Backups: join("/", data, "Backups"),
		Logs:    join("/", home, "Library", "Logs", darwinName),
	}, nil
}

func xdg() (Dirs, error) {
	home := os.Getenv("HOME")
	base := func(env string, def ...string) (string, error) {
		if v := os.Getenv(env); strings.HasPrefix(v, "/") {
			return v, nil
		}
		if !strings.HasPrefix(home, "/") {
			return "", ErrNoHome
		}
		return join("/", append([]string{home}, def...)...), nil
	}
	dataHome, err := base("XDG_DATA_HOME", ".local", "share")
	if err != nil {
		return Dirs{}, err
	}
	stateHome, err := base("XDG_STATE_HOME", ".local", "state")
	if err != nil {
		return Dirs{}, err
	}
	data := join("/", dataHome, unixName)
	return Dirs{
		Data:    data,
		Backups: join("/", data, "backups"),
		Logs:    join("/", stateHome, unixName, "logs"),
	}, nil
}

// winAbs reports whether p is an absolute Windows path: C:\... or a UNC
// path \\server\share.
func winAbs(p string) bool {
	if strings.HasPrefix(p, `\\`) {
		return true
	}
	return len(p) >= 3 && p[1] == ':' && (p[2] == '\\' || p[2] == '/') &&
		(p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z')
}

// join joins path elements with sep, whatever the system the program runs
// on, so that the Windows folders can be computed and tested anywhere. It
// drops separators at the joins, keeping a root ("/" or `C:\`).
func join(sep string, elems ...string) string {
	out := elems[0]
	for _, e := range elems[1:] {
		out = strings.TrimRight(out, `/\`) + sep + strings.Trim(e, `/\`)
	}
	return out
}
