package delegview

import (
	_ "image/png" // decode PNG photos

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/photo"
	"lodesk/ui/kit"
)

// photoField shows a person's photo with buttons to choose and remove it.
type photoField struct {
	env   kit.Env
	photo []byte
	img   *canvas.Image
	none  *widget.Label
	view  fyne.CanvasObject
	fail  func(string)
}

func newPhotoField(env kit.Env, photo []byte, fail func(string)) *photoField {
	f := &photoField{env: env, photo: photo, fail: fail}
	f.img = &canvas.Image{FillMode: canvas.ImageFillContain}
	f.img.SetMinSize(fyne.NewSize(96, 96))
	f.none = &widget.Label{Text: lang.L("No photo"), Importance: widget.LowImportance}
	buttons := container.NewVBox(
		&widget.Button{Text: lang.L("Choose photo…"), Icon: theme.FileImageIcon(), OnTapped: f.choose},
		&widget.Button{Text: lang.L("Remove photo"), Icon: theme.DeleteIcon(), OnTapped: func() { f.set(nil) }},
	)
	f.view = container.NewHBox(container.NewStack(f.img, container.NewCenter(f.none)), buttons)
	f.set(photo)
	return f
}

func (f *photoField) set(photo []byte) {
	f.photo = photo
	if len(photo) == 0 {
		f.img.Resource = nil
		f.img.Image = nil
		f.none.Show()
	} else {
		f.img.Resource = fyne.NewStaticResource("photo.jpg", photo)
		f.none.Hide()
	}
	f.img.Refresh()
}

func (f *photoField) choose() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		f.env.Go(func() { // decoding a large photo takes a moment
			defer rc.Close()
			b, err := photo.Scale(rc)
			f.env.Do(func() {
				if err != nil {
					f.fail(lang.L("Photo: choose a PNG or JPEG image"))
					return
				}
				f.set(b)
			})
		})
	}, f.env.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Resize(kit.Fit(f.env.Win, 800, 560))
	d.Show()
}
