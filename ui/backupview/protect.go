package backupview

import (
	"context"
	"image/color"
	"log/slog"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/backup"
	"lodesk/data"
	"lodesk/ui/kit"
)

// minPassphrase is data's minimum, in characters.
const minPassphrase = 8

// passForm is the dialog of ProtectDialog and UnlockDialog.
type passForm struct {
	env     kit.Env
	dlg     dialog.Dialog
	pass    *kit.Input
	again   *kit.Input // Protect only
	problem *widget.Label
	bar     *widget.ProgressBarInfinite
	ok      *widget.Button
	cancel  *widget.Button
	done    func() // UnlockDialog's, after success
}

// ProtectDialog asks for the event passphrase (twice) and encrypts
// passport numbers and medical notes with it, off the UI goroutine.
func ProtectDialog(env kit.Env) { newProtectForm(env) }

func newProtectForm(env kit.Env) *passForm {
	f := &passForm{env: env}
	f.pass = kit.InputOf(&widget.Entry{Password: true, PlaceHolder: lang.L("At least 8 characters"), OnSubmitted: func(string) { f.win().Canvas().Focus(f.again) }})
	f.again = kit.InputOf(&widget.Entry{Password: true, OnSubmitted: func(string) { f.protect() }})
	f.ok = &widget.Button{Text: lang.L("Protect"), Importance: widget.HighImportance, OnTapped: f.protect}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Passphrase"), f.pass),
		widget.NewFormItem(lang.L("Repeat it"), f.again),
	)
	intro := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("Passport numbers and medical notes will be encrypted in this file, in its backups and in sync packs. Until the passphrase is entered on a laptop, they show as locked and print as “protected”. Allergies and dietary needs stay readable.")}
	warn := &widget.Label{
		Wrapping: fyne.TextWrapWord, Importance: widget.DangerImportance, TextStyle: fyne.TextStyle{Bold: true},
		Text: lang.L("Write the passphrase down and keep it safe. It cannot be recovered: if it is lost, nobody can read these fields again, not even with a backup."),
	}
	share := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("Every laptop that syncs this event must use the same passphrase: give it to the other coordinators in person, not by e-mail or chat.")}
	f.show(lang.L("Protect event"), container.NewVBox(intro, warn, share, form), fyne.NewSize(560, 420))
	f.check(func(protected, _ bool) {
		if protected {
			f.dlg.Hide()
			dialog.ShowInformation(lang.L("Protect event"), lang.L("This event is already protected with a passphrase."), f.win())
		}
	})
	return f
}

// UnlockDialog asks for the event passphrase and unlocks passport numbers
// and medical notes; a wrong passphrase is said in the dialog, which
// stays. After success it calls env.Changed and done (may be nil).
func UnlockDialog(env kit.Env, done func()) { newUnlockForm(env, done) }

func newUnlockForm(env kit.Env, done func()) *passForm {
	f := &passForm{env: env, done: done}
	f.pass = kit.InputOf(&widget.Entry{Password: true, OnSubmitted: func(string) { f.unlock() }})
	f.ok = &widget.Button{Text: lang.L("Unlock"), Importance: widget.HighImportance, OnTapped: f.unlock}
	intro := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("Enter the event passphrase to see and edit passport numbers and medical notes on this laptop until the event is closed.")}
	f.show(lang.L("Unlock protected fields"), container.NewVBox(intro, widget.NewForm(widget.NewFormItem(lang.L("Passphrase"), f.pass))), fyne.NewSize(520, 260))
	f.check(func(protected, unlocked bool) {
		switch {
		case !protected:
			f.dlg.Hide()
			dialog.ShowInformation(lang.L("Unlock protected fields"), lang.L("This event has no passphrase. To set one, choose File > Protect event…"), f.win())
		case unlocked:
			f.dlg.Hide()
			dialog.ShowInformation(lang.L("Unlock protected fields"), lang.L("Passport numbers and medical notes are already unlocked."), f.win())
		}
	})
	return f
}

func (f *passForm) win() fyne.Window { return f.env.Win }

// show opens the dialog with body above the problem line and progress bar.
func (f *passForm) show(title string, body fyne.CanvasObject, size fyne.Size) {
	f.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	f.problem.Hide()
	f.bar = widget.NewProgressBarInfinite()
	f.bar.Stop()
	f.bar.Hide()
	f.cancel = &widget.Button{Text: lang.L("Cancel"), OnTapped: func() { f.dlg.Hide() }}
	dlg := dialog.NewCustomWithoutButtons(title, container.NewVBox(body, f.problem, f.bar), f.win())
	dlg.SetButtons([]fyne.CanvasObject{f.cancel, f.ok})
	dlg.Resize(size)
	f.dlg = dlg
	dlg.Show()
	f.win().Canvas().Focus(f.pass)
}

// check reads whether the event is protected and unlocked, then calls fn
// on the UI goroutine.
func (f *passForm) check(fn func(protected, unlocked bool)) {
	type state struct{ protected, unlocked bool }
	kit.Run(f.env, func(ctx context.Context, s *data.Store) (state, error) {
		p, err := s.Protected(ctx)
		return state{p, s.Unlocked()}, err
	}, func(st state, err error) {
		if err != nil {
			f.say(message(f.env, err))
			return
		}
		fn(st.protected, st.unlocked)
	})
}

func (f *passForm) say(msg string) {
	f.problem.SetText(msg)
	f.problem.Show()
}

// busy shows the progress bar and disables the buttons while work runs.
func (f *passForm) busy(on bool) {
	if on {
		f.problem.Hide()
		f.ok.Disable()
		f.cancel.Disable()
		f.bar.Show()
		f.bar.Start()
		return
	}
	f.bar.Stop()
	f.bar.Hide()
	f.ok.Enable()
	f.cancel.Enable()
}

func (f *passForm) protect() {
	p := f.pass.Text
	switch {
	case len([]rune(p)) < minPassphrase:
		f.say(lang.L("The passphrase must have at least 8 characters."))
		f.win().Canvas().Focus(f.pass)
		return
	case f.again.Text != p:
		f.say(lang.L("The two passphrases differ. Type the same passphrase twice."))
		f.again.SetText("")
		f.win().Canvas().Focus(f.again)
		return
	}
	f.busy(true)
	f.env.Go(func() {
		err := f.env.Store.Protect(context.Background(), p)
		f.env.Do(func() {
			f.busy(false)
			if err != nil {
				slog.Error("protect event", "path", f.env.Store.Path(), "err", err)
				f.say(message(f.env, err))
				return
			}
			f.dlg.Hide()
			f.env.Changed()
			refreshAll(f.env.Store)
			f.env.Go(func() { afterProtect(f.env) })
		})
	})
}

// afterProtect takes an encrypted backup at once, then offers to remove
// the older backups that hold the protected fields in plain text.
func afterProtect(env kit.Env) {
	_, err := backupNow(context.Background(), env)
	var plain []backup.Info
	if dir, derr := backupDir(); derr == nil {
		list, _ := backup.List(dir, env.Store.Name())
		for _, b := range list {
			if !b.Encrypted {
				plain = append(plain, b)
			}
		}
	}
	env.Do(func() {
		title := lang.L("Event protected")
		done := lang.L("Passport numbers and medical notes are now encrypted in this file, and new backups are encrypted.")
		if err != nil {
			done += "\n\n" + lang.L("The encrypted backup could not be taken: {{.Problem}}", map[string]any{"Problem": message(env, err)})
		}
		if len(plain) == 0 {
			dialog.ShowInformation(title, done, env.Win)
			return
		}
		ask := lang.N("{{.Count}} older backups of this event were taken before it was protected: they hold passport numbers and medical notes in plain text. Remove them from this laptop?", len(plain), map[string]any{"Count": len(plain)})
		confirmPlain = dialog.NewConfirm(title, done+"\n\n"+ask, func(ok bool) {
			if !ok {
				return
			}
			for _, b := range plain {
				_ = os.Remove(b.Path)
			}
			refreshLists(env.Store)
		}, env.Win)
		confirmPlain.SetConfirmText(lang.L("Remove plain backups"))
		confirmPlain.SetDismissText(lang.L("Keep them"))
		confirmPlain.Show()
	})
}

// confirmPlain is the last offer to remove plain backups (tests).
var confirmPlain *dialog.ConfirmDialog

func (f *passForm) unlock() {
	p := f.pass.Text
	if p == "" {
		f.say(lang.L("Enter the passphrase."))
		return
	}
	f.busy(true)
	f.env.Go(func() {
		err := f.env.Store.Unlock(context.Background(), p)
		f.env.Do(func() {
			f.busy(false)
			if err != nil {
				f.say(message(f.env, err))
				f.pass.SetText("")
				f.win().Canvas().Focus(f.pass)
				return
			}
			f.dlg.Hide()
			f.env.Changed()
			refreshAll(f.env.Store)
			afterUnlock(f.env)
			if f.done != nil {
				f.done()
			}
		})
	})
}

// banner is the slim bar of LockBanner.
type banner struct {
	env   kit.Env
	box   *fyne.Container
	text  *widget.Label
	open  *widget.Button
	shown bool
}

// LockBanner is a slim bar that says passport numbers and medical notes
// are locked, with an Unlock button; it is hidden while the event is not
// protected or is unlocked, and follows UnlockDialog and ProtectDialog.
func LockBanner(env kit.Env) fyne.CanvasObject { return newBanner(env).box }

func newBanner(env kit.Env) *banner {
	b := &banner{env: env}
	b.text = &widget.Label{Text: lang.L("Passport numbers and medical notes are locked: enter the event passphrase to see or edit them."), Truncation: fyne.TextTruncateEllipsis}
	b.open = &widget.Button{Text: lang.L("Unlock…"), Icon: theme.VisibilityIcon(), Importance: widget.WarningImportance, OnTapped: func() { UnlockDialog(env, nil) }}
	bg := canvas.NewRectangle(fade(theme.Color(theme.ColorNameWarning)))
	row := container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), b.open, b.text)
	b.box = container.NewStack(bg, container.NewPadded(row))
	b.box.Hide()
	withSession(env.Store, func(ss *session) { ss.banners = append(ss.banners, b) })
	b.load()
	return b
}

// fade makes a colour light enough to put text on.
func fade(c color.Color) color.Color {
	r, g, bl, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(bl >> 8), A: 0x40}
}

// load shows or hides the banner as the event is locked or not.
func (b *banner) load() {
	kit.Run(b.env, func(ctx context.Context, s *data.Store) (bool, error) {
		p, err := s.Protected(ctx)
		return err == nil && p && !s.Unlocked(), nil
	}, func(locked bool, _ error) {
		b.shown = locked
		if locked {
			b.box.Show()
		} else {
			b.box.Hide()
		}
	})
}
