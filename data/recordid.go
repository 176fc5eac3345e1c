package data

// IDOf is a record's id ("" before it is inserted).
func IDOf(r Record) string { return r.base().ID }
