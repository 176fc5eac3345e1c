package assets

import _ "embed"

// The fonts the PDF packs embed (TrueType only: gofpdf reads neither .ttc
// nor CFF .otf). Each one's licence is in fonts/ beside it.
//   - DejaVu Sans and DejaVu Sans Bold: Latin (with Vietnamese), Greek,
//     Cyrillic, Hebrew, Arabic and its presentation forms, symbols.
//   - Droid Sans Fallback: Chinese (simplified and traditional), Japanese,
//     Korean.
//   - Noto Sans Thai and its bold: Thai.
//   - Baekmuk Dotum, cut to Hangul (Droid Sans Fallback has none): Korean.
var (
	//go:embed fonts/DejaVuSans.ttf
	DejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	DejaVuSansBold []byte
	//go:embed fonts/DroidSansFallbackFull.ttf
	DroidSansFallback []byte
	//go:embed fonts/NotoSansThai-Regular.ttf
	NotoSansThai []byte
	//go:embed fonts/NotoSansThai-Bold.ttf
	NotoSansThaiBold []byte
	//go:embed fonts/BaekmukDotum-Hangul.ttf
	BaekmukDotumHangul []byte
)
