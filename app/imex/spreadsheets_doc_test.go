package imex

// The descriptions of docs/spreadsheets.md (see spreadsheets.go). A kind
// or a column missing here still appears in the file, from the column
// tables, with "—" for what it accepts: describe it here and regenerate.

// colDoc says what a column accepts: in words, the set of values it is
// read with (words: every accepted spelling, normalised, to the stored
// value), and an example value that the examples' import test reads.
type colDoc struct {
	values  string
	words   map[string]string
	example string
}

// kindDoc introduces a kind: what a row is and which stored record it
// updates.
type kindDoc struct {
	row, match string
}

const (
	docTime = "a date and time: ISO 8601 (`2026-11-26T14:30`, `2026-11-26 14:30`, with or without an offset such as `+07:00`), " +
		"day first (`26/11/2026 14:30`), either followed by `WIB`, `WITA` or `WIT`, or a date-time cell of a workbook; " +
		"without an offset or zone it is in the event's time zone"
	docDate      = "a date: `2026-11-26`, or day first `26/11/2026`, or a date cell of a workbook"
	docCode      = "a delegation's code, as in the delegations sheet (any case)"
	docText      = "free text"
	docPerson    = "the full name of a person of that delegation, as in the people sheet; empty: the whole delegation"
	docLOName    = "the LO's full name, as in the los sheet"
	docPhone     = "a phone number: international (`+33 6 12 34 56 78`, `0033...`) or in the host country's own numbering (`0812 3456 7890` in Indonesia); stored as `+62812...`"
	docEmail     = "an e-mail address (`name@example.org`), no display name"
	docLanguages = "languages separated by `;` or `,`: ISO 639 codes (`en`, `id`, `ar`) or English, Indonesian or native names (`French`, `Prancis`, `français`)"
	docYesNo     = "yes or no, empty is no"
)

var kindDocs = map[string]kindDoc{
	Delegations: {"one delegation: a country, an international organisation or a company", "the delegation with the same code (any case)"},
	People: {
		"one member of a delegation (the HOD, a minister, a spouse, security...)",
		"the person of the same delegation with the same passport number (spaces and dashes ignored), else the one with the same full name and no other passport",
	},
	LOs: {"one liaison officer", "the LO with the same e-mail address (any case), else with the same full name and no other e-mail address"},
	Travel: {
		"one arrival or departure of a person, or of a whole delegation",
		"the leg of the same delegation, person and direction at the same time, else the only such leg with the same flight number (a rescheduled flight)",
	},
	Programme: {"one item of the programme: a session, a meal, a visit", "the item with the same title starting at the same time (an item moved to another time is new, with a warning)"},
	Assignments: {
		"one LO attached to one delegation (or one of its people), as lead or assistant",
		"the same LO to the same delegation in the same role; a new assignment gets its SOP checklist",
	},
	Checklists: {
		"one step of an LO's SOP checklist for a delegation",
		"the step of the LO's checklist for that delegation, in that phase, whose English or Indonesian text is the item's. Import only updates steps: the app makes them when an assignment is made, and a row that fits no step is refused",
	},
	Seating: {"one seat at a programme item, with the photo line-up position (export only: the app makes the seating)", ""},
	Requests: {
		"one special request from a delegation or one of its people",
		"the same delegation and person received at the same time, else the only such request with the same text where either has no received time",
	},
	Incidents: {"one incident", "the incident of the same delegation (or none) at the same time"},
	Gifts: {
		"one gift received by an LO, for the gift register (gratification rules: report to the KPK within 30 working days)",
		"the same LO and giver received at the same time",
	},
	Contacts: {
		"one contact: of a committee department (transport, medical...) or of a delegation (its embassy, protocol officer), printed in the briefing packs",
		"the contact of the same department, or of the same delegation, with the same name",
	},
	Vehicles: {"one vehicle of the motorcade, with its driver, the delegation it serves and its car pass", "the vehicle with the same plate (case and spaces ignored)"},
	Hotels: {
		"one hotel stay of a delegation or one of its people",
		"the stay of the same delegation and person in the same hotel; where there are several, the one with the same check-in",
	},
	Briefs:    {"one country brief for the LOs: relations with the host, etiquette, useful phrases", "the brief of the same country"},
	Transfers: {"the time it takes to get from one venue to another, either way, for the itinerary's transfer check", "the transfer between the same two places, either way"},
	Accred: {
		"one accreditation badge: of a person of a delegation, or, without a delegation, of an LO. It makes no one: the person or LO must be in the event",
		"the person of that delegation, or the LO, with the full name",
	},
}

// colDocs describe columns by key, or by "kind.key" where a kind reads the
// key its own way (looked up first).
var colDocs = map[string]colDoc{
	"notes":      {values: docText},
	"delegation": {values: docCode},
	"zones":      {values: "access zones separated by `;` or `,`, each one of the event's (File › Event details…), e.g. `vip; plenary`"},
	"phone":      {values: docPhone},
	"email":      {values: docEmail},
	"gender":     {words: genderWords},

	"delegations.code":            {values: "a short code, unique in the event: for a country its ISO code (`FR`, `FRA`) is usual", example: "FRA"},
	"delegations.name":            {values: "the name as printed; for a country it may be left empty (the country's English name)", example: "France"},
	"delegations.kind":            {values: "empty: country", words: kindWords, example: "country"},
	"delegations.country":         {values: "ISO 3166 code (`FR`, `FRA`) or English or Indonesian name (`France`, `Prancis`); a country delegation without one takes it from its code or name", example: "FR"},
	"delegations.precedence":      {values: "a whole number: the order of precedence, 1 first (seating and photo line-ups follow it)", example: "12"},
	"delegations.relations":       {values: "diplomatic relations with the host", words: relationsWords, example: "full"},
	"delegations.languages":       {values: docLanguages + "; the first is the delegation's own", example: "fr; en"},
	"delegations.relations_notes": {values: docText},
	"delegations.status":          {words: statusWords, example: "confirmed"},

	"people.delegation":     {example: "FRA"},
	"people.role":           {values: "empty: member; one HOD per delegation", words: roleWords, example: "hod"},
	"people.honorific":      {values: "the form of address, as printed", example: "H.E."},
	"people.full_name":      {values: "the name as printed in the packs", example: "Jean-Pierre Martin"},
	"people.native_name":    {values: "the name in its own script"},
	"people.position":       {values: docText, example: "Minister for Europe and Foreign Affairs"},
	"people.nationality":    {values: "a country: ISO 3166 code or English or Indonesian name", example: "FR"},
	"people.passport_no":    {values: "spaces, dashes and dots are dropped; encrypted in a protected event", example: "19FR12345"},
	"people.languages":      {values: docLanguages, example: "fr; en"},
	"people.dietary":        {values: docText, example: "no pork"},
	"people.allergies":      {values: "`substance: severity` separated by `;`, severity optional: mild, moderate or severe (ringan, sedang, berat)", example: "peanut: severe"},
	"people.medical":        {values: docText + "; encrypted in a protected event"},
	"people.mobility":       {values: docText},
	"people.handling_notes": {values: docText, example: "Prefers to be addressed in French"},
	"people.phone":          {example: "+33 6 12 34 56 78"},
	"people.email":          {example: "jp.martin@example.org"},
	"people.gender":         {example: "male"},

	"travel.delegation":    {example: "FRA"},
	"travel.person":        {values: docPerson, example: "Jean-Pierre Martin"},
	"travel.direction":     {words: directionWords, example: "arrival"},
	"travel.mode":          {values: "empty: flight when there is a flight number", words: modeWords, example: "flight"},
	"travel.carrier":       {values: docText, example: "Garuda Indonesia"},
	"travel.flight_no":     {values: "as printed on the ticket", example: "GA 89"},
	"travel.airport":       {values: "a three-letter IATA code", example: "CGK"},
	"travel.terminal":      {values: docText, example: "3"},
	"travel.scheduled":     {values: docTime + "; the leg keeps the zone it was given in", example: "2026-11-26 14:30 WIB"},
	"travel.meeting_point": {values: "where the LO meets the arrivals, free text", example: "VIP Terminal 3, gate 2"},
	"travel.vehicle":       {values: "the number plate of a vehicle in the vehicles sheet; empty: none"},
	"travel.vip_lounge":    {values: docYesNo, words: yesNoWords, example: "yes"},

	"los.full_name":      {values: "the LO's full name", example: "Siti Rahmawati"},
	"los.phone":          {example: "0812 3456 7890"},
	"los.email":          {example: "siti.rahmawati@example.org"},
	"los.gender":         {example: "female"},
	"los.languages":      {values: "`language:level` or `language (level)` separated by `;`: a code or English or Indonesian name, and a level", words: levelWords, example: "fr:fluent; en:working; id:native"},
	"los.experience":     {values: "years of LO experience, 0 to 80 (`5`, `5 tahun`, `5 years`)", example: "5 tahun"},
	"los.skills":         {values: docText, example: "protocol, first aid"},
	"los.available_from": {values: docDate + "; empty: from the start", example: "2026-11-24"},
	"los.available_to":   {values: docDate + "; empty: to the end; not before available_from", example: "2026-12-01"},

	"programme.title":      {values: docText, example: "Opening Plenary"},
	"programme.starts":     {values: docTime, example: "2026-11-27 09:00"},
	"programme.ends":       {values: docTime + "; after starts", example: "2026-11-27 11:30"},
	"programme.venue":      {values: docText, example: "Jakarta Convention Center"},
	"programme.room":       {values: docText, example: "Plenary Hall"},
	"programme.dress_code": {values: docText, example: "Batik"},
	"programme.attendees":  {values: "`all` (semua) or delegation codes separated by `;` or `,`, each in the event; empty: all", example: "all"},
	"programme.photo":      {values: "a group photo: " + docYesNo, words: yesNoWords, example: "yes"},
	"programme.kind":       {values: "what the item is (catering lists meal, gala and reception); empty: other", words: programmeKindWords, example: "plenary"},
	"programme.seating":    {values: "the attendance rule of a seat plan (heads of delegation only, each head and one more, whole delegations, people chosen on the seat map); none takes the seat plan away; empty keeps it", words: seatingWords, example: "heads+1"},

	"assignments.delegation": {example: "FRA"},
	"assignments.lo":         {values: docLOName, example: "Siti Rahmawati"},
	"assignments.person":     {values: docPerson, example: "Jean-Pierre Martin"},
	"assignments.role":       {values: "empty: lead", words: assignRoleWords, example: "lead"},
	"assignments.from":       {values: docDate + "; empty: the LO's own availability", example: "2026-11-25"},
	"assignments.to":         {values: docDate + "; not before from", example: "2026-11-30"},

	"checklists.delegation":   {example: "FRA"},
	"checklists.lo":           {values: docLOName, example: "Siti Rahmawati"},
	"checklists.phase":        {words: phaseWords, example: "pre_arrival"},
	"checklists.item":         {values: "the step's text in English or Bahasa Indonesia, as export writes it (case and spacing ignored)", example: "Study the delegation profile: HOD and members, roles, forms of address, photos."},
	"checklists.status":       {values: "a check says who and when; a re-check needs a check, a step that asks for one, another person and a later time; not applicable says who, when and why (at the start of the notes, `reason; notes`)", words: checkStatusWords, example: "checked"},
	"checklists.checked_by":   {values: "who checked", example: "Siti Rahmawati"},
	"checklists.checked_at":   {values: docTime, example: "2026-11-20T10:00:00+07:00"},
	"checklists.rechecked_by": {values: "who re-checked: another person than the checker"},
	"checklists.rechecked_at": {values: docTime + "; not before checked_at"},

	"seating.session":     {values: "the programme item's title", example: "Opening Plenary"},
	"seating.delegation":  {example: "FRA"},
	"seating.person":      {values: "the person's full name", example: "Jean-Pierre Martin"},
	"seating.seat":        {values: "photo row letter (A is the front) and place", example: "A +2"},
	"seating.photo_row":   {values: "1 is the front row", example: "1"},
	"seating.photo_place": {values: "0 the centre, 1, 2, ... on the host's right, -1, -2, ... on the host's left", example: "2"},

	"requests.delegation": {example: "FRA"},
	"requests.person":     {values: docPerson, example: "Jean-Pierre Martin"},
	"requests.category":   {words: categoryWords, example: "dietary"},
	"requests.text":       {values: "what was asked", example: "Halal meals at every function"},
	"requests.received":   {values: docTime + "; empty: unknown", example: "2026-11-26 16:00"},
	"requests.department": {values: "who handles it; empty: by category", words: departmentWords},
	"requests.status":     {values: "empty: open", words: requestStatusWords, example: "open"},
	"requests.response":   {values: docText},

	"incidents.time":       {values: docTime, example: "2026-11-27 08:40"},
	"incidents.delegation": {values: docCode + "; may be empty", example: "FRA"},
	"incidents.severity":   {values: "empty: medium", words: incidentSeverityWords, example: "medium"},
	"incidents.what":       {values: "what happened", example: "Car 12 held up 20 minutes by a road closure"},
	"incidents.action":     {values: "what was done", example: "Patwal took another route; arrived 08:55"},
	"incidents.resolved":   {values: docYesNo, words: yesNoWords, example: "yes"},

	"gifts.lo":        {values: docLOName, example: "Siti Rahmawati"},
	"gifts.from":      {values: "who gave it", example: "Delegation of France"},
	"gifts.received":  {values: docTime, example: "2026-11-28 19:30"},
	"gifts.item":      {values: "what was given; an item or an amount is needed", example: "Silk scarf"},
	"gifts.amount":    {values: "a sum of money: a point or a comma for decimals and either for thousands (`1.500.000,50`); a lone separator before three digits (`1.500`) is refused as unclear; needs a currency"},
	"gifts.currency":  {values: "an ISO 4217 code (`IDR`, `USD`, `EUR`)"},
	"gifts.value_idr": {values: "the estimated value in whole rupiah", example: "750000"},
	"gifts.status":    {values: "empty: received", words: giftStatusWords, example: "declared"},

	"contacts.department": {values: "the committee department; empty for a delegation's contact", words: departmentWords, example: "transport"},
	"contacts.delegation": {values: docCode + ", for a delegation's contact; empty for a department's (a contact has one of the two)"},
	"contacts.name":       {values: "the person or desk", example: "Budi Santoso"},
	"contacts.role":       {values: "a department contact's job, free text; for a delegation's contact", words: contactRoleWords, example: "Motor pool coordinator"},
	"contacts.phone":      {example: "0813 1111 2222"},
	"contacts.radio":      {values: "the radio channel", example: "4"},
	"contacts.notes":      {example: "Basement B2"},

	"vehicles.plate":        {values: "the number plate", example: "B 1234 RFS"},
	"vehicles.type":         {values: docText, example: "Toyota Alphard"},
	"vehicles.seats":        {values: "a whole number: the seats for passengers", example: "6"},
	"vehicles.driver":       {values: "the driver's name", example: "Agus Salim"},
	"vehicles.driver_phone": {values: docPhone, example: "0812 7777 8888"},
	"vehicles.delegation":   {values: docCode + "; empty: not attached to a delegation", example: "FRA"},
	"vehicles.patwal":       {values: "a police escort: " + docYesNo, words: yesNoWords, example: "yes"},
	"vehicles.car_pass":     {values: "the car pass number: no other badge or pass may have it", example: "CP-031"},

	"hotels.delegation": {example: "FRA"},
	"hotels.person":     {values: docPerson, example: "Jean-Pierre Martin"},
	"hotels.hotel":      {values: "the hotel's name", example: "Hotel Indonesia Kempinski"},
	"hotels.room":       {values: "the room or rooms", example: "1203"},
	"hotels.check_in":   {values: docTime, example: "2026-11-26 16:00"},
	"hotels.check_out":  {values: docTime, example: "2026-11-30 12:00"},

	"briefs.country":   {values: "a country: ISO 3166 code or English or Indonesian name", example: "FR"},
	"briefs.relations": {values: "relations with the host, free text", example: "Strategic partnership since 2011"},
	"briefs.etiquette": {values: docText, example: "Handshake on meeting; titles matter"},
	"briefs.phrases":   {values: docText, example: "Bonjour; Merci beaucoup"},

	"transfers.from":    {values: "a venue, hotel or airport, as the programme and hotels name it", example: "Hotel Indonesia Kempinski"},
	"transfers.to":      {values: "another venue", example: "Jakarta Convention Center"},
	"transfers.minutes": {values: "a whole number of minutes", example: "25"},
	"transfers.notes":   {example: "With Patwal; 45 without"},

	"accreditation.delegation": {values: docCode + "; empty: the badge of an LO", example: "FRA"},
	"accreditation.full_name":  {values: "the person's (or LO's) full name, as in the event", example: "Jean-Pierre Martin"},
	"accreditation.badge_no":   {values: "the badge number: no other badge or car pass may have it", example: "D-0012"},
	"accreditation.category":   {values: "the badge category as printed, free text", example: "Head of Delegation"},
}

// docFor returns a column's description: the kind's own, filled in from
// the key's.
func docFor(kind, key string) colDoc {
	d := colDocs[kind+"."+key]
	g := colDocs[key]
	if d.values == "" {
		d.values = g.values
	}
	if d.words == nil {
		d.words = g.words
	}
	if d.example == "" {
		d.example = g.example
	}
	return d
}
