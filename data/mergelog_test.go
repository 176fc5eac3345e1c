package data

import "testing"

// TestMergeAsyncLog runs merge tests with every change-log entry inserted
// by the change-log writer, one to a statement, while the merge goes on
// (logWriter): what they check must hold as it does with the inserts made
// in line.
func TestMergeAsyncLog(t *testing.T) {
	oldBatch, oldFrom := logBatch, asyncLogFrom
	logBatch, asyncLogFrom = 1, 1
	defer func() { logBatch, asyncLogFrom = oldBatch, oldFrom }()
	for name, f := range map[string]func(*testing.T){
		"held rows":                 TestMergeHeldRows,
		"order free":                TestMergeOrderFree,
		"refuses malformed":         TestMergeRefusesMalformed,
		"seals, protection travels": TestMergeSealsAndProtectionTravels,
		"independent protection":    TestIndependentProtectionConverges,
		"protect keeps conflicts":   TestProtectKeepsPendingConflicts,
		"retired fields":            TestMergeIgnoresRetiredFields,
	} {
		t.Run(name, f)
	}
}
