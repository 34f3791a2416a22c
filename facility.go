package tizim

// FacilityKind is what kind of place of detention a facility is.
type FacilityKind string

// Facility kinds.
const (
	CampFacility     FacilityKind = "camp"
	DetentionCentre  FacilityKind = "detention_centre"
	Prison           FacilityKind = "prison"
	PoliceStation    FacilityKind = "police_station"
	ForcedLabourSite FacilityKind = "forced_labour_site"
	OtherFacility    FacilityKind = "other"
)

// FacilityKinds lists the kinds of facility.
var FacilityKinds = []FacilityKind{CampFacility, DetentionCentre, Prison, PoliceStation, ForcedLabourSite, OtherFacility}

// Facility is a place where people are held, with its names in several scripts.
type Facility struct {
	ID    int64        `json:"id,omitempty"`
	Key   string       `json:"key"` // short stable name, used to link episodes
	Names []Name       `json:"names"`
	Kind  FacilityKind `json:"kind"`
	// Latitude and Longitude locate it; both 0 when unknown.
	Latitude     float64  `json:"lat,omitempty"`
	Longitude    float64  `json:"lon,omitempty"`
	DivisionCode string   `json:"division,omitempty"` // county-level division code
	Address      string   `json:"address,omitempty"`
	Sources      []string `json:"sources,omitempty"` // keys of sources that speak of it
	Notes        string   `json:"notes,omitempty"`
}

// DisplayName returns the facility's first name, or its key.
func (f *Facility) DisplayName() string {
	if len(f.Names) > 0 {
		return f.Names[0].Text
	}
	return f.Key
}
