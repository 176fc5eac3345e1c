package imex

import "lodesk/data"

// programmeKindWords are the programme kinds in English and Indonesian,
// with the kinds older LO Desk exports wrote.
var programmeKindWords = map[string]string{
	"plenary": data.ItemPlenary, "pleno": data.ItemPlenary, "sidangpleno": data.ItemPlenary, "sidang": data.ItemPlenary,
	"meal": data.ItemMeal, "jamuan": data.ItemMeal, "jamuanmakan": data.ItemMeal, "makan": data.ItemMeal,
	"santap": data.ItemMeal, "lunch": data.ItemMeal, "dinner": data.ItemMeal, "breakfast": data.ItemMeal,
	"gala": data.ItemGala, "galadinner": data.ItemGala, "jamuangala": data.ItemGala,
	"reception": data.ItemReception, "resepsi": data.ItemReception, "ramahtamah": data.ItemReception,
	"photo": data.ItemPhoto, "foto": data.ItemPhoto, "groupphoto": data.ItemPhoto, "fotobersama": data.ItemPhoto,
	"bilateral": data.ItemBilateral, "pertemuanbilateral": data.ItemBilateral,
	"visit": data.ItemVisit, "kunjungan": data.ItemVisit, "sitevisit": data.ItemVisit, "spouseprogramme": data.ItemVisit,
	"other": data.ItemOther, "lainnya": data.ItemOther, "lain": data.ItemOther, "lainlain": data.ItemOther,
}

// seatingWords are the attendance rules of a seated item, in English and
// Indonesian; "none" (tidak) means the item has no seat plan.
var seatingWords = map[string]string{
	"heads": data.AttendHeads, "hods": data.AttendHeads, "ketua": data.AttendHeads, "ketuadelegasi": data.AttendHeads,
	"heads+1": data.AttendHeadsPlus1, "hods+1": data.AttendHeadsPlus1, "ketua+1": data.AttendHeadsPlus1,
	"delegations": data.AttendDelegations, "delegasi": data.AttendDelegations, "seluruhdelegasi": data.AttendDelegations,
	"chosen": data.AttendChosen, "terpilih": data.AttendChosen, "pilihan": data.AttendChosen,
	"none": noSeating, "tidak": noSeating, "no": noSeating, "tanpa": noSeating,
}

// noSeating is the seating cell of an item without a seat plan.
const noSeating = "none"
