// Package registerview is the Requests & Incidents screen: the registers
// of special requests (with polite declines), incidents, gifts and
// gratuities (with the KPK deadline) and department contacts, each record
// with its editor and audit trail. Their rules and writes are
// app/requests', app/incidents', app/gifts' and app/contacts'; the window
// mounts it through ui/kit.
package registerview
