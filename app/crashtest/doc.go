// Package crashtest holds the crash-safety harness, and only tests: a child
// process (the test binary run again) writes to an event file, through the
// store or through the real "lodesk import" command, and is killed with
// SIGKILL at random moments, many times. After each kill the file must pass
// the integrity and foreign-key checks and open for writing, every
// transaction the child reported as committed must be there, and every
// interrupted one must be there whole or not at all.
//
// A short run is part of "go test ./..."; a long one is
//
//	LODESK_CRASH_KILLS=250 go test ./app/crashtest -run Crash -v -timeout 90m
//
// and its figures go in docs/reliability.md. With LODESK_BIN naming a
// built lodesk, TestCrashImportBinary also kills the real binary during
// "lodesk import", one process per import.
package crashtest
