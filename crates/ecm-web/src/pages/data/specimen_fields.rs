//! The inputs of the sphere, AFM and nanoindent models, as data (link key,
//! label, default, units, valid range), and their state on the page. The
//! pillar's own inputs are in `fields.rs`.

use crate::components::number_field::{FieldSpec, FieldState};
use crate::link_state::PageLink;
use ecm_core::input_limits::{
    CURVE_POSITION, DIAMETER, INDENT_BETA, INDENT_EPSILON, POISSON_RATIO, TIP_ANGLE, TIP_RADIUS,
    YOUNGS_MODULUS,
};
use ecm_core::measurement::specimen::Specimen;
use ecm_core::units;
use leptos::prelude::*;

/// Sphere diameter (no default: a guessed size would give a wrong stress).
pub static DS: FieldSpec = FieldSpec {
    key: "ds",
    label: "Sphere diameter",
    default: "",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// The sample's Poisson ratio (the default depends on the test: see
/// [`poisson_default`]).
pub static NU: FieldSpec = FieldSpec {
    key: "nu",
    label: "Sample's Poisson ratio ν",
    default: "0.5",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &POISSON_RATIO,
};

/// Tip radius (paraboloid, sphere, spherical indenter).
pub static TIP_R: FieldSpec = FieldSpec {
    key: "tip_r",
    label: "Tip radius R",
    default: "5",
    units: units::LENGTH,
    unit: 1,
    limit: &TIP_RADIUS,
};

/// Cone half-opening or pyramid face angle.
pub static TIP_ANGLE_FIELD: FieldSpec = FieldSpec {
    key: "tip_angle",
    label: "Tip angle α",
    default: "35",
    units: units::ANGLE,
    unit: 0,
    limit: &TIP_ANGLE,
};

/// Oliver–Pharr's ε.
pub static EPS: FieldSpec = FieldSpec {
    key: "eps",
    label: "Geometry factor ε (hc = h − ε·P/S)",
    default: "0.75",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &INDENT_EPSILON,
};

/// Oliver–Pharr's β.
pub static BETA: FieldSpec = FieldSpec {
    key: "beta",
    label: "Correction factor β",
    default: "1.034",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &INDENT_BETA,
};

/// Indenter modulus (diamond).
pub static EI: FieldSpec = FieldSpec {
    key: "ei",
    label: "Indenter modulus Ei",
    default: "1141",
    units: units::STRESS,
    unit: 2,
    limit: &YOUNGS_MODULUS,
};

/// Indenter Poisson ratio (diamond).
pub static NUI: FieldSpec = FieldSpec {
    key: "nui",
    label: "Indenter Poisson ratio νi",
    default: "0.07",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &POISSON_RATIO,
};

/// A fit window's start on the displacement axis (empty: automatic).
pub static FIT_LO: FieldSpec = FieldSpec {
    key: "flo",
    label: "Fit from (displacement)",
    default: "",
    units: units::LENGTH,
    unit: 0,
    limit: &CURVE_POSITION,
};

/// A fit window's end on the displacement axis (empty: automatic).
pub static FIT_HI: FieldSpec = FieldSpec {
    key: "fhi",
    label: "Fit to (displacement)",
    default: "",
    units: units::LENGTH,
    unit: 0,
    limit: &CURVE_POSITION,
};

/// The sample's Poisson ratio a test starts with: 0.5 for an AFM sample
/// (soft, nearly incompressible: nanite's default), Na's 0.34 for a sphere
/// (the paper's specimens), 0.3 for a nanoindented metal.
pub fn poisson_default(specimen: Specimen) -> &'static str {
    match specimen {
        Specimen::Afm => "0.5",
        Specimen::Sphere => "0.34",
        Specimen::Pillar | Specimen::Nanoindent => "0.3",
    }
}

/// The unloading window (% of the maximum force) a test starts with: the
/// pillar's 50–90 %, Oliver–Pharr's 40–95 %.
pub fn unloading_default(specimen: Specimen) -> (&'static str, &'static str) {
    match specimen {
        Specimen::Nanoindent => ("40", "95"),
        _ => ("50", "90"),
    }
}

/// The AFM tips (link values of `tip` for `specimen=afm`).
pub const AFM_TIPS: [(&str, &str); 5] = [
    ("paraboloid", "paraboloid (Hertz), radius R"),
    ("cone", "cone (Sneddon), half-opening α"),
    ("pyramid4", "four-sided pyramid (Bilodeau), face angle α"),
    ("pyramid3", "three-sided pyramid (Bilodeau), face angle α"),
    ("sphere", "sphere (Sneddon, exact), radius R"),
];

/// The nanoindenter tips (link values of `tip` for `specimen=nanoindent`).
pub const INDENT_TIPS: [(&str, &str); 5] = [
    ("berkovich", "Berkovich (A = 24.494·hc²)"),
    ("cube-corner", "cube corner (A = 2.598·hc²)"),
    ("conical", "conical, half-angle α"),
    ("spherical", "spherical, radius R"),
    ("area", "area function C0…C8 (ISO 14577)"),
];

/// The sphere's contact-area models (link values of `smodel`).
pub const SPHERE_MODELS: [(&str, &str); 5] = [
    ("auto", "automatic: πrδ below 10 %, barrel above"),
    ("auto-cap", "automatic: exact cap below 10 %, barrel above"),
    ("first", "first order, A = πrδ"),
    ("cap", "exact cap, A = π(rδ − δ²/4)"),
    ("barrel", "barrel (constant volume)"),
];

/// The state of every specimen model's inputs.
#[derive(Clone, Copy)]
pub struct SpecimenFields {
    /// The test (link key `specimen`).
    pub specimen: RwSignal<String>,
    /// The sphere's diameter.
    pub ds: FieldState,
    /// The sphere's contact-area model.
    pub smodel: RwSignal<String>,
    /// The sample's Poisson ratio.
    pub nu: FieldState,
    /// The tip (AFM or nanoindenter, one key).
    pub tip: RwSignal<String>,
    /// Tip radius.
    pub tip_r: FieldState,
    /// Tip angle.
    pub tip_angle: FieldState,
    /// Area function coefficients, as typed.
    pub area: RwSignal<String>,
    /// Oliver–Pharr's ε.
    pub eps: FieldState,
    /// Oliver–Pharr's β.
    pub beta: FieldState,
    /// Indenter modulus.
    pub ei: FieldState,
    /// Indenter Poisson ratio.
    pub nui: FieldState,
    /// Fit window, from (AFM and sphere; empty: automatic).
    pub fit_lo: FieldState,
    /// Fit window, to.
    pub fit_hi: FieldState,
}

impl SpecimenFields {
    /// The inputs, read from the link and registered in it (each only while
    /// its test is chosen).
    pub fn new(link: &PageLink, never: Signal<bool>) -> Self {
        let keys: Vec<&str> = Specimen::ALL.iter().map(|s| s.key()).collect();
        let specimen = link.kept_choice("specimen", &keys, "pillar");
        let chosen = Specimen::from_key(&specimen.get_untracked()).unwrap_or_default();
        // A field that starts empty is written `key=` while empty, and read
        // back so without a notice.
        let field = |spec: &'static FieldSpec| {
            if spec.default.is_empty() {
                FieldState::optional_with_default(link, never, spec, "")
            } else {
                FieldState::new(link, never, spec)
            }
        };
        let tips: Vec<&str> = AFM_TIPS.iter().chain(&INDENT_TIPS).map(|t| t.0).collect();
        let tip_default = if chosen == Specimen::Nanoindent {
            "berkovich"
        } else {
            "paraboloid"
        };
        let models: Vec<&str> = SPHERE_MODELS.iter().map(|m| m.0).collect();
        // `area` is also the pillar's section choice: the area function
        // reads it only for a nanoindent link, and registers as `area_fn`.
        let area = RwSignal::new(if chosen == Specimen::Nanoindent {
            link.text("area")
        } else {
            String::new()
        });
        link.keep("area_fn", move |p| {
            let a = area.get();
            if !a.trim().is_empty() {
                p.push(("area".into(), a));
            }
        });
        let f = SpecimenFields {
            specimen,
            ds: field(&DS),
            smodel: link.kept_choice("smodel", &models, "auto"),
            nu: FieldState::with_default(link, never, &NU, poisson_default(chosen)),
            tip: link.kept_choice("tip", &tips, tip_default),
            tip_r: field(&TIP_R),
            tip_angle: field(&TIP_ANGLE_FIELD),
            area,
            eps: field(&EPS),
            beta: field(&BETA),
            ei: field(&EI),
            nui: field(&NUI),
            fit_lo: field(&FIT_LO),
            fit_hi: field(&FIT_HI),
        };
        // A tip starts from its own angle and ε where the user kept another
        // tip's: a nanoindenter's cone is 70.3° (a Berkovich's area) with
        // ε = 0.72; an AFM cone or pyramid 35° (ε is not used there).
        let previous_tip = StoredValue::new(f.tip.get_untracked());
        Effect::new(move |_| {
            let tip = f.tip.get();
            if previous_tip.get_value() == tip {
                return;
            }
            previous_tip.set_value(tip.clone());
            let swap = |field: FieldState, old: &str, new: &str| {
                if field.text.get_untracked().trim() == old {
                    field.text.set(new.to_string());
                }
            };
            if tip == "conical" {
                swap(f.tip_angle, "35", "70.3");
                swap(f.eps, "0.75", "0.72");
            } else {
                swap(f.tip_angle, "70.3", "35");
                swap(f.eps, "0.72", "0.75");
            }
        });
        let is = move |s: Specimen| move || f.chosen() == s;
        link.only_when("ds", is(Specimen::Sphere));
        link.only_when("smodel", is(Specimen::Sphere));
        link.only_when("nu", move || f.chosen() != Specimen::Pillar);
        let tipped = move || matches!(f.chosen(), Specimen::Afm | Specimen::Nanoindent);
        link.only_when("tip", tipped);
        link.only_when("tip_r", move || tipped() && f.uses_radius());
        link.only_when("tip_angle", move || tipped() && f.uses_angle());
        link.only_when("area_fn", move || {
            f.chosen() == Specimen::Nanoindent && f.tip.get() == "area"
        });
        for key in ["eps", "beta", "ei", "nui"] {
            link.only_when(key, is(Specimen::Nanoindent));
        }
        for w in [f.fit_lo, f.fit_hi] {
            link.only_when(w.key, move || {
                matches!(f.chosen(), Specimen::Afm | Specimen::Sphere)
                    && !w.text.with(|t| t.trim().is_empty())
            });
        }
        f
    }

    /// The test chosen.
    pub fn chosen(&self) -> Specimen {
        Specimen::from_key(&self.specimen.get()).unwrap_or_default()
    }

    /// The tip chosen, valid for the test (a tip of the other kind of test
    /// falls back to that test's first).
    pub fn tip_for(&self, specimen: Specimen) -> &'static str {
        let t = self.tip.get();
        let list: &[(&'static str, &str)] = match specimen {
            Specimen::Nanoindent => &INDENT_TIPS,
            _ => &AFM_TIPS,
        };
        list.iter()
            .find(|(k, _)| *k == t)
            .map_or(list[0].0, |(k, _)| *k)
    }

    /// Whether the chosen tip is described by a radius.
    pub fn uses_radius(&self) -> bool {
        matches!(
            self.tip_for(self.chosen()),
            "paraboloid" | "sphere" | "spherical"
        )
    }

    /// Whether the chosen tip is described by an angle.
    pub fn uses_angle(&self) -> bool {
        matches!(
            self.tip_for(self.chosen()),
            "cone" | "pyramid4" | "pyramid3" | "conical"
        )
    }

    /// The fit window typed (m), `None` for automatic (both ends empty).
    pub fn window(&self) -> Result<Option<(f64, f64)>, String> {
        let empty = |f: FieldState| f.text.with(|t| t.trim().is_empty());
        if empty(self.fit_lo) && empty(self.fit_hi) {
            return Ok(None);
        }
        let (lo, hi) = (self.fit_lo.value()?, self.fit_hi.value()?);
        if lo >= hi {
            return Err("the fit window's end must be beyond its start".into());
        }
        Ok(Some((lo, hi)))
    }
}
