package data

// AllRecords returns an empty value of every synced record type, in an
// order where a referenced table comes before the tables that refer to it.
func AllRecords() []Record {
	return []Record{
		&Event{}, &Delegation{}, &Person{}, &Vehicle{}, &TravelLeg{},
		&Accommodation{}, &LO{}, &SOPTemplate{}, &SOPItem{}, &Assignment{},
		&ProgrammeItem{}, &Seat{}, &ChecklistItem{}, &Request{}, &Incident{},
		&Gift{}, &Contact{}, &CountryBrief{}, &PrintLog{}, &Transfer{},
		&Shift{}, &HandOver{}, &LONote{}, &LOEvaluation{}, &Lesson{},
		&Movement{}, &ConvoyCar{}, &NoteVerbale{},
	}
}

// newRecord returns an empty record of the named table.
func newRecord(table string) (Record, bool) {
	for _, r := range AllRecords() {
		if r.Table() == table {
			return r, true
		}
	}
	return nil, false
}
