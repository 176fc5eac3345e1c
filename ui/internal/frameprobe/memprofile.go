package frameprobe

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"
)

// MemEnv names the files heap profiles go to: with it set to FILE, each
// marked frame (label) is followed, after each of the seconds listed in
// MemDelayEnv ("8" unless set, as `make bench-compare` waits 8 s before
// it reads the resident memory; "2,8" for two), by a collection and a
// heap profile, FILE-label-8s (go tool pprof -sample_index=inuse_space
// for what is live, alloc_space with -diff_base for what was allocated
// in between), and a line of the Go runtime's figures appended to
// FILE.txt.
const (
	MemEnv      = "LODESK_MEMPROFILE"
	MemDelayEnv = "LODESK_MEMPROFILE_DELAY"
)

func memProfileLater(label string) {
	path := os.Getenv(MemEnv)
	if path == "" {
		return
	}
	delays := os.Getenv(MemDelayEnv)
	if delays == "" {
		delays = "8"
	}
	for _, d := range strings.Split(delays, ",") {
		s, err := strconv.ParseFloat(strings.TrimSpace(d), 64)
		if err != nil {
			continue
		}
		time.AfterFunc(time.Duration(s*float64(time.Second)), func() {
			writeMemProfile(path, fmt.Sprintf("%s-%s-%gs", path, label, s))
		})
	}
}

func writeMemProfile(path, name string) {
	runtime.GC()
	if f, err := os.Create(name); err == nil {
		_ = pprof.Lookup("heap").WriteTo(f, 0)
		f.Close()
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if f, err := os.OpenFile(path+".txt", os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); err == nil {
		fmt.Fprintf(f, "%s: heap in use %d MB, heap idle %d MB (released %d MB), stacks %d MB, runtime other %d MB, from the system %d MB, %d collections\n",
			name, m.HeapInuse>>20, m.HeapIdle>>20, m.HeapReleased>>20, m.StackSys>>20,
			(m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.GCSys+m.OtherSys)>>20, m.Sys>>20, m.NumGC)
		f.Close()
	}
}
