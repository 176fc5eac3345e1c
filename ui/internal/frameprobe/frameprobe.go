// Package frameprobe tells a benchmark when a window has drawn: with
// LODESK_FRAME_PROBE naming a file, Mark appends "label unix-nanoseconds"
// to it when the window next paints, and `make bench-compare` times the
// window from the command's start to that line. Without the variable it
// does nothing. LO Desk's window and the bare Fyne window it is compared
// with use the same probe.
//
// LODESK_CPUPROFILE and LODESK_MEMPROFILE, likewise, write CPU and heap
// profiles of the window (StartCPUProfile, and after each Mark).
package frameprobe

import (
	"fmt"
	"image"
	"os"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// Env names the file the marks go to.
const Env = "LODESK_FRAME_PROBE"

// Mark records the time of w's next frame under label: a one-pixel
// overlay whose image is made when the frame is drawn, taken away again
// right after (an overlay would hold the window's input).
func Mark(w fyne.Window, label string) {
	path := os.Getenv(Env)
	if path == "" {
		return
	}
	var once sync.Once
	var probe *canvas.Raster
	probe = canvas.NewRaster(func(int, int) image.Image {
		once.Do(func() {
			at := time.Now().UnixNano()
			if f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); err == nil {
				fmt.Fprintf(f, "%s %d\n", label, at)
				f.Close()
			}
			memProfileLater(label)
			go fyne.Do(func() { remove(w.Canvas().Overlays(), probe) })
		})
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	})
	probe.Resize(fyne.NewSize(1, 1))
	w.Canvas().Overlays().Add(probe)
}

// remove takes overlay o away and puts back the overlays above it, which
// Fyne's Remove takes away too: a mark made before the previous one was
// drawn (an event opened before the window's first frame) must not lose
// its probe, nor a dialog shown meanwhile close.
func remove(ov fyne.OverlayStack, o fyne.CanvasObject) {
	list := ov.List()
	i := slices.Index(list, o)
	if i < 0 {
		return
	}
	above := slices.Clone(list[i+1:])
	ov.Remove(o)
	for _, a := range above {
		ov.Add(a)
	}
}
