//go:build linux

package sync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"lodesk/data"
)

// TestSyncthing is the real thing (issue 15): two Syncthing daemons on the
// loopback address, each with its own home, API key and copy of the
// shared folder, and two laptops running `lodesk sync FILE --folder DIR
// --watch` on them. Nothing else moves a change from A to B: Syncthing
// copies the packs, the watch merges them. It runs only when
// LODESK_SYNCTHING_BIN names a lodesk binary: .ci/syncthing.sh (`make
// syncthing-test`), run once by .ci/run, after `make deps` installed
// Debian's syncthing. With LODESK_NEED_SYNCTHING=1 (set by .ci/run) a
// missing syncthing fails instead of skipping.
func TestSyncthing(t *testing.T) {
	stBin, err := exec.LookPath("syncthing")
	if err != nil {
		if os.Getenv("LODESK_NEED_SYNCTHING") == "1" {
			t.Fatal("LODESK_NEED_SYNCTHING=1 but syncthing is not installed (make deps installs it)")
		}
		t.Skip("syncthing is not installed (make deps installs it)")
	}
	bin := os.Getenv("LODESK_SYNCTHING_BIN")
	if bin == "" {
		t.Skip("LODESK_SYNCTHING_BIN not set: the Syncthing test runs once, from .ci/syncthing.sh (make syncthing-test)")
	}
	ctx := context.Background()
	dir := t.TempDir()
	a := newDaemon(t, stBin, dir, "a")
	b := newDaemon(t, stBin, dir, "b")
	a.share(b)
	b.share(a)
	a.start(t)
	b.start(t)
	waitConnected(t, a, b)
	t.Log("the two daemons are connected")

	aFile, bFile := filepath.Join(dir, "a.lodesk"), filepath.Join(dir, "b.lodesk")
	st, p := newTeamEvent(t, aFile)
	must(t, st.Close())
	wa := startWatch(t, bin, aFile, a.folder)
	wb := startWatch(t, bin, bFile, b.folder) // b.lodesk does not exist yet: it joins
	step := func(what string, limit time.Duration, cond func() bool) {
		t.Helper()
		start := time.Now()
		if !waitFor(limit, cond) {
			t.Fatalf("%s: not within %s\nwatch A:\n%s\nwatch B:\n%s", what, limit, wa.logs(), wb.logs())
		}
		t.Logf("%s: %.1f s", what, time.Since(start).Seconds())
	}
	step("B joins from what Syncthing brought", time.Minute, func() bool { return positionIn(bFile, p.ID) == "Minister" })

	edit(t, aFile, func(st *data.Store) error {
		q, err := data.Get[data.Person](ctx, st, p.ID)
		if err == nil {
			q.Position = "Deputy Minister"
			err = st.Update(ctx, q)
		}
		return err
	})
	step("an edit on A shows on B", 15*time.Second, func() bool { return positionIn(bFile, p.ID) == "Deputy Minister" })
	// Each watch saw its change itself, not through its timer: A's file
	// changed, B's folder changed.
	for _, x := range []struct {
		w    *watchProc
		what string
	}{{wa, "synced (the file changed)"}, {wb, "synced (the folder changed)"}} {
		if !strings.Contains(x.w.logs(), x.what) {
			t.Fatalf("watch of %s never %s:\n%s", x.w.file, x.what, x.w.logs())
		}
	}

	// The same field on both laptops at once: both end with the same value,
	// one of the two.
	for _, x := range []struct{ file, pos string }{{aFile, "Ambassador (A)"}, {bFile, "Ambassador (B)"}} {
		edit(t, x.file, func(st *data.Store) error {
			q, err := data.Get[data.Person](ctx, st, p.ID)
			if err == nil {
				q.Position = x.pos
				err = st.Update(ctx, q)
			}
			return err
		})
	}
	step("concurrent edits of one field converge", 30*time.Second, func() bool { return same(aFile, bFile) })
	if pos := positionIn(aFile, p.ID); !strings.HasPrefix(pos, "Ambassador (") {
		t.Fatalf("converged on %q", pos)
	}

	edit(t, aFile, func(st *data.Store) error {
		q, err := data.Get[data.Person](ctx, st, p.ID)
		if err == nil {
			_, err = st.Delete(ctx, q)
		}
		return err
	})
	step("a deletion on A reaches B", 15*time.Second, func() bool { return gone(bFile, p.ID) && same(aFile, bFile) })

	// B's laptop leaves the venue's network: its daemon stops. A goes on.
	b.stop(t)
	var added []string
	for i := range 3 {
		edit(t, aFile, func(st *data.Store) error {
			q := &data.Person{FullName: fmt.Sprintf("Late Arrival %d", i)}
			added = append(added, "")
			err := st.Insert(ctx, q)
			added[len(added)-1] = q.ID
			return err
		})
		time.Sleep(time.Second)
	}
	time.Sleep(3 * time.Second)
	if !gone(bFile, added[0]) {
		t.Fatal("B got A's changes with its daemon stopped: something other than Syncthing moves them")
	}
	b.start(t)
	step("B catches up once its daemon is back", 90*time.Second, func() bool { return !gone(bFile, added[2]) && same(aFile, bFile) })

	wa.stop(t)
	wb.stop(t)
	for _, w := range []*watchProc{wa, wb} {
		if strings.Contains(w.logs(), "sync failed") {
			t.Logf("%s reported a failure it retried:\n%s", w.file, w.logs())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*", "*", tmpPrefix+"*")); len(left) > 0 {
		t.Errorf("half-written files left: %v", left)
	}
}

// daemon is one Syncthing instance: a laptop's.
type daemon struct {
	name, bin, home, folder string
	id, key                 string
	gui, port               int
	peers                   []*daemon
	cmd                     *exec.Cmd
	done                    chan error
	log                     *os.File
}

func newDaemon(t *testing.T, bin, dir, name string) *daemon {
	d := &daemon{name: name, bin: bin, home: filepath.Join(dir, "st-"+name), folder: filepath.Join(dir, "folder-"+name)}
	must(t, os.MkdirAll(d.folder, 0o755))
	out, err := exec.Command(bin, "generate", "--home", d.home, "--no-default-folder", "--skip-port-probing").CombinedOutput()
	if err != nil {
		t.Fatalf("syncthing generate: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Device ID: ([A-Z0-9-]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no device id in:\n%s", out)
	}
	d.id = string(m[1])
	d.key = fmt.Sprintf("lodesk-test-%s-%d", name, time.Now().UnixNano())
	d.gui, d.port = freePort(t), freePort(t)
	return d
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// share adds peer as a device that shares the folder.
func (d *daemon) share(peer *daemon) { d.peers = append(d.peers, peer) }

// writeConfig writes the daemon's config.xml: the loopback address only,
// no global or local discovery, relays, NAT, usage reporting, crash
// reports or upgrades; one folder, send and receive, watched with a
// one-second delay and rescanned every ten seconds. Syncthing fills in
// the defaults of what is left out.
func (d *daemon) writeConfig(t *testing.T) {
	gen, err := os.ReadFile(filepath.Join(d.home, "config.xml"))
	must(t, err)
	version := regexp.MustCompile(`<configuration version="(\d+)"`).FindSubmatch(gen)
	if version == nil {
		t.Fatalf("no version in config.xml:\n%s", gen)
	}
	devices := fmt.Sprintf(`<device id="%s" name="%s" compression="metadata" introducer="false"><address>tcp://127.0.0.1:%d</address><autoAcceptFolders>false</autoAcceptFolders></device>`, d.id, d.name, d.port)
	members := fmt.Sprintf(`<device id="%s"></device>`, d.id)
	for _, p := range d.peers {
		devices += fmt.Sprintf(`<device id="%s" name="%s" compression="metadata" introducer="false"><address>tcp://127.0.0.1:%d</address><autoAcceptFolders>false</autoAcceptFolders></device>`, p.id, p.name, p.port)
		members += fmt.Sprintf(`<device id="%s"></device>`, p.id)
	}
	cfg := fmt.Sprintf(`<configuration version="%s">
  <folder id="lodesk-event" label="LO Desk" path="%s" type="sendreceive" rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    %s
  </folder>
  %s
  <gui enabled="true" tls="false" debugging="false"><address>127.0.0.1:%d</address><apikey>%s</apikey><theme>default</theme></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:%d</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
`, version[1], d.folder, members, devices, d.gui, d.key, d.port)
	must(t, os.WriteFile(filepath.Join(d.home, "config.xml"), []byte(cfg), 0o600))
}

// start runs the daemon (again, after stop, on the same home).
func (d *daemon) start(t *testing.T) {
	if d.cmd == nil {
		d.writeConfig(t)
		var err error
		d.log, err = os.Create(d.home + ".log")
		must(t, err)
		t.Cleanup(func() { d.stop(t); d.log.Close() })
	}
	d.cmd = exec.Command(d.bin, "serve", "--home", d.home, "--no-browser", "--no-restart", "--no-upgrade", "--no-default-folder")
	d.cmd.Env = append(os.Environ(), "STNODEFAULTFOLDER=1", "STNOUPGRADE=1", "STNORESTART=1")
	d.cmd.Stdout, d.cmd.Stderr = d.log, d.log
	d.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // dies with the test
	must(t, d.cmd.Start())
	notePID(t, d.cmd.Process.Pid)
	d.done = make(chan error, 1)
	go func(c *exec.Cmd, done chan error) { done <- c.Wait() }(d.cmd, d.done)
	if !waitFor(30*time.Second, func() bool { return d.get("/rest/system/ping", nil) == nil }) {
		t.Fatalf("syncthing %s did not answer; its log:\n%s", d.name, readLog(d.home+".log"))
	}
}

// stop ends the daemon: SIGTERM, then SIGKILL if it lingers.
func (d *daemon) stop(t *testing.T) {
	if d.cmd == nil || d.cmd.Process == nil || d.done == nil {
		return
	}
	_ = d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-d.done:
	case <-time.After(15 * time.Second):
		_ = d.cmd.Process.Kill()
		<-d.done
	}
	d.done = nil
}

// get calls the daemon's REST API with its key.
func (d *daemon) get(path string, v any) error {
	req, err := http.NewRequest("GET", fmt.Sprintf("http://127.0.0.1:%d%s", d.gui, path), nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-API-Key", d.key)
	c := http.Client{Timeout: 5 * time.Second}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", path, res.Status)
	}
	if v == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(v)
}

func waitConnected(t *testing.T, a, b *daemon) {
	ok := waitFor(60*time.Second, func() bool {
		var c struct {
			Connections map[string]struct{ Connected bool }
		}
		return a.get("/rest/system/connections", &c) == nil && c.Connections[b.id].Connected
	})
	if !ok {
		t.Fatalf("the daemons did not connect\n%s:\n%s\n%s:\n%s", a.name, readLog(a.home+".log"), b.name, readLog(b.home+".log"))
	}
}

// notePID adds pid to the file .ci/syncthing.sh kills at exit, whatever
// happens to the test.
func notePID(t *testing.T, pid int) {
	f := os.Getenv("LODESK_SYNCTHING_PIDS")
	if f == "" {
		return
	}
	w, err := os.OpenFile(f, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	must(t, err)
	fmt.Fprintln(w, pid)
	must(t, w.Close())
}

func readLog(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 8000 {
		b = b[len(b)-8000:]
	}
	return string(b)
}

// watchProc is a `lodesk sync FILE --folder DIR --watch` process.
type watchProc struct {
	file, log string
	cmd       *exec.Cmd
	done      chan error
}

func startWatch(t *testing.T, bin, file, folder string) *watchProc {
	w := &watchProc{file: file, log: file + ".watch.log", done: make(chan error, 1)}
	f, err := os.Create(w.log)
	must(t, err)
	w.cmd = exec.Command(bin, "sync", file, "--folder", folder, "--watch")
	w.cmd.Stdout, w.cmd.Stderr = f, f
	w.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	must(t, w.cmd.Start())
	notePID(t, w.cmd.Process.Pid)
	go func() { w.done <- w.cmd.Wait(); f.Close() }()
	t.Cleanup(func() {
		if w.cmd.ProcessState == nil {
			_ = w.cmd.Process.Kill()
			<-w.done
		}
	})
	return w
}

func (w *watchProc) logs() string { return readLog(w.log) }

// stop interrupts the watch as Ctrl-C does: it must end, with status 0.
func (w *watchProc) stop(t *testing.T) {
	must(t, w.cmd.Process.Signal(os.Interrupt))
	select {
	case err := <-w.done:
		if err != nil {
			t.Errorf("watch of %s ended with %v:\n%s", w.file, err, w.logs())
		}
	case <-time.After(30 * time.Second):
		t.Errorf("watch of %s did not stop on Ctrl-C", w.file)
	}
}

// edit changes an event file as another lodesk command would, between two
// syncs of its watch.
func edit(t *testing.T, path string, fn func(*data.Store) error) {
	t.Helper()
	var st *data.Store
	var err error
	if !waitFor(20*time.Second, func() bool {
		st, err = data.Open(context.Background(), path, data.Options{})
		return !errors.Is(err, data.ErrInUse)
	}) || err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	err = fn(st)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	must(t, err)
}

// same: the two event files hold the same data.
func same(a, b string) bool {
	sa, err1 := snapOf(a)
	sb, err2 := snapOf(b)
	return err1 == nil && err2 == nil && reflect.DeepEqual(sa, sb)
}

func snapOf(path string) (map[string][]string, error) {
	st, err := data.Open(context.Background(), path, data.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.Snapshot(context.Background())
}

// gone: the person is not (or no longer) in the file.
func gone(path, id string) bool {
	st, err := data.Open(context.Background(), path, data.Options{ReadOnly: true})
	if err != nil {
		return false
	}
	defer st.Close()
	_, err = data.Get[data.Person](context.Background(), st, id)
	return errors.Is(err, data.ErrNotFound)
}
