package frameprobe

import (
	"os"
	"runtime/pprof"
	"strconv"
	"time"
)

// CPUEnv names the file a CPU profile of the window goes to: with it set,
// StartCPUProfile profiles the whole process from the window's start for
// CPUSecondsEnv seconds ("30" unless set), e.g. while a script types into
// a search (go tool pprof -top FILE). Without it, nothing.
const (
	CPUEnv        = "LODESK_CPUPROFILE"
	CPUSecondsEnv = "LODESK_CPUPROFILE_SECONDS"
)

// StartCPUProfile starts the CPU profile CPUEnv asks for, if any.
func StartCPUProfile() {
	path := os.Getenv(CPUEnv)
	if path == "" {
		return
	}
	secs, err := strconv.ParseFloat(os.Getenv(CPUSecondsEnv), 64)
	if err != nil || secs <= 0 {
		secs = 30
	}
	f, err := os.Create(path)
	if err != nil {
		return
	}
	if pprof.StartCPUProfile(f) != nil {
		f.Close()
		return
	}
	time.AfterFunc(time.Duration(secs*float64(time.Second)), func() {
		pprof.StopCPUProfile()
		f.Close()
	})
}
