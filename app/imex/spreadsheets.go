package imex

// docs/spreadsheets.md, the column reference for coordinators, is made
// from the column tables (columns.go), the words each column accepts (the
// *Words maps) and the descriptions in spreadsheets_doc_test.go, by
// TestSpreadsheetsDoc, which fails when the file and the tables disagree.
// After changing a kind or a column, regenerate it:
//
//	go generate ./app/imex
//
//go:generate go test -run ^TestSpreadsheetsDoc$ . -update-docs
