//go:build race

package sync

// raceDetector: the tests run under -race (make test), about ten times
// slower; the property test then runs fewer histories (main_test.go).
const raceDetector = true
