package kit

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

	"lodesk/app/field"
	"lodesk/app/photo"
)

// PhotoField is the window's one photo field: a person's or an LO's photo
// with buttons to choose one (scaled down off the UI goroutine) and to
// remove it. Photo is the photo as it stands.
type PhotoField struct {
	env   Env
	Photo []byte
	img   *canvas.Image
	none  *widget.Label
	view  fyne.CanvasObject
	fail  func(error)
}

// NewPhotoField shows photo; fail is told when a chosen file is no image
// (an Editor's Fail).
func NewPhotoField(env Env, photo []byte, fail func(error)) *PhotoField {
	f := &PhotoField{env: env, Photo: photo, fail: fail}
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

// View is the field's widget.
func (f *PhotoField) View() fyne.CanvasObject { return f.view }

// Set shows photo (nil: none).
func (f *PhotoField) Set(photo []byte) { f.set(photo) }

func (f *PhotoField) set(photo []byte) {
	f.Photo = photo
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

func (f *PhotoField) choose() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		f.env.Go(func() { // decoding a large photo takes a moment
			defer rc.Close()
			b, err := photo.Scale(rc)
			f.env.Do(func() {
				if err != nil {
					f.fail(field.New("photo", err))
					return
				}
				f.set(b)
			})
		})
	}, f.env.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Resize(Fit(f.env.Win, 800, 560))
	d.Show()
}
