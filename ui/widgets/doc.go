// Package widgets holds generic Fyne widgets with no knowledge of the LO
// Desk domain: a read-only table of pre-formatted strings and a figure
// tile for dashboards.
package widgets
