// Package checkview is the Checklists screen: the SOP checklist of each
// assignment with check and re-check (by two people), not applicable with
// a reason and notes, their progress and overdue steps, and the SOP
// templates with their items. Its rules and writes are app/sop's; the
// window mounts it through ui/kit.
package checkview
