package delegview

import "lodesk/data"

// confirmDelete asks before deleting r (named name), saying what goes with
// it, then offers Undo under the screen (kit.UndoBar).
func (s *Screen) confirmDelete(r data.Record, name string) {
	s.undo.Delete(r, name, nil, func() {
		if _, ok := r.(*data.Delegation); ok && s.selected == data.IDOf(r) {
			s.selected = ""
		}
	})
}
