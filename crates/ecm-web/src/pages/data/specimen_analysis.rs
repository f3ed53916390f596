//! The chosen specimen's model run on the corrected curve: the page's inputs
//! turned into the core's settings, each analysis a memo that runs only
//! while its specimen is chosen.

use super::afm_panel::AfmOutcome;
use super::indent_panel::IndentOutcome;
use super::specimen_fields::SpecimenFields;
use super::sphere_panel::SphereOutcome;
use crate::browser;
use crate::components::number_field::FieldState;
use ecm_core::measurement::afm_indentation::{fitted_curve, AfmFitSettings};
use ecm_core::measurement::oliver_pharr::OliverPharrSettings;
use ecm_core::measurement::pipeline::CorrectedCurve;
use ecm_core::measurement::specimen::{
    afm_tip, analyse_afm, analyse_nanoindent, analyse_sphere, indenter_tip, sphere_model, Specimen,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Every specimen's analysis of the curve on screen.
#[derive(Clone, Copy)]
pub struct SpecimenAnalyses {
    /// The sphere.
    pub sphere: Memo<SphereOutcome>,
    /// The AFM fit.
    pub afm: Memo<AfmOutcome>,
    /// The fitted AFM model drawn over the data: (nm, µN) points.
    pub afm_drawn: Memo<Option<Vec<(f64, f64)>>>,
    /// Oliver–Pharr, every cycle.
    pub indent: Memo<IndentOutcome>,
}

impl SpecimenAnalyses {
    /// The analyses of `curve` with the inputs `f`, the unloading window
    /// `ulo`–`uhi` and the creep correction flag.
    pub fn new(
        curve: Signal<Option<Arc<CorrectedCurve>>>,
        f: SpecimenFields,
        ulo: FieldState,
        uhi: FieldState,
        creep: RwSignal<bool>,
    ) -> Self {
        let when = move |s: Specimen| f.chosen() == s;
        let sphere = Memo::new(move |_| {
            if !when(Specimen::Sphere) {
                return None;
            }
            let cv = curve.get()?;
            Some((|| {
                let d =
                    f.ds.value()
                        .map_err(|_| "enter the sphere's diameter".to_string())?;
                let model = sphere_model(&f.smodel.get()).unwrap_or(
                    ecm_core::models::sphere_contact::ModelChoice::Auto {
                        small: ecm_core::models::sphere_contact::PlasticModel::FirstOrder,
                    },
                );
                analyse_sphere(&cv, d, model, f.nu.value()?, f.window()?).map_err(|e| e.to_string())
            })())
        });
        let afm_settings = move || -> Result<AfmFitSettings, String> {
            let tip = f.tip_for(Specimen::Afm);
            let r = if f.uses_radius() {
                f.tip_r.value()?
            } else {
                0.0
            };
            let a = if f.uses_angle() {
                f.tip_angle.value()?
            } else {
                0.0
            };
            Ok(AfmFitSettings {
                tip: afm_tip(tip, r, a).ok_or("choose a tip")?,
                poisson: f.nu.value()?,
                range: f.window()?,
            })
        };
        let afm = Memo::new(move |_| {
            if !when(Specimen::Afm) {
                return None;
            }
            let cv = curve.get()?;
            browser::mark("ecm-afm-start");
            let out = afm_settings().and_then(|s| analyse_afm(&cv, &s).map_err(|e| e.to_string()));
            browser::mark("ecm-afm-end");
            Some(out)
        });
        let afm_drawn = Memo::new(move |_| {
            let fit = afm.get()?.ok()?;
            let cv = curve.get()?;
            let s = afm_settings().ok()?;
            let n = cv
                .segments
                .loading
                .end
                .max(cv.segments.hold.start + 1)
                .min(cv.displacement.len());
            let xs = &cv.displacement[..n];
            let (lo, hi) = xs
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
            let (lo, hi) = s.range.unwrap_or((lo, hi));
            let grid: Vec<f64> = (0..=200)
                .map(|i| lo + (hi - lo) * i as f64 / 200.0)
                .collect();
            Some(
                fitted_curve(&fit, &s, &grid)
                    .into_iter()
                    .map(|(x, y)| (x * 1e9, y * 1e6))
                    .collect(),
            )
        });
        let indent = Memo::new(move |_| {
            if !when(Specimen::Nanoindent) {
                return None;
            }
            let cv = curve.get()?;
            browser::mark("ecm-indent-start");
            let out = (|| -> Result<_, String> {
                let tip = f.tip_for(Specimen::Nanoindent);
                let r = if f.uses_radius() {
                    f.tip_r.value()?
                } else {
                    0.0
                };
                let a = if f.uses_angle() {
                    f.tip_angle.value()?
                } else {
                    0.0
                };
                let settings = OliverPharrSettings {
                    tip: indenter_tip(tip, r, a, &f.area.get())?,
                    epsilon: f.eps.value()?,
                    beta: f.beta.value()?,
                    window: (ulo.value()?, uhi.value()?),
                    indenter_modulus: f.ei.value()?,
                    indenter_poisson: f.nui.value()?,
                    sample_poisson: f.nu.value()?,
                    frame_compliance: 0.0,
                    creep_correction: creep.get(),
                };
                analyse_nanoindent(&cv, &settings).map_err(|e| e.to_string())
            })();
            browser::mark("ecm-indent-end");
            Some(out)
        });
        SpecimenAnalyses {
            sphere,
            afm,
            afm_drawn,
            indent,
        }
    }

    /// The warnings of the chosen specimen's analysis.
    pub fn warnings(&self, specimen: Specimen) -> Vec<String> {
        match specimen {
            Specimen::Sphere => match self.sphere.get() {
                Some(Ok(a)) => {
                    let mut w = a.curve.warnings.clone();
                    if let Ok(h) = &a.hertz {
                        w.extend(h.warnings.iter().cloned());
                    }
                    w
                }
                _ => Vec::new(),
            },
            Specimen::Afm => match self.afm.get() {
                Some(Ok(fit)) => fit.warnings,
                _ => Vec::new(),
            },
            Specimen::Nanoindent => match self.indent.get() {
                Some(Ok(cycles)) => {
                    let many = cycles.len() > 1;
                    cycles
                        .iter()
                        .enumerate()
                        .flat_map(|(i, c)| {
                            c.warnings.iter().map(move |w| {
                                if many {
                                    format!("Cycle {}: {w}", i + 1)
                                } else {
                                    w.clone()
                                }
                            })
                        })
                        .collect()
                }
                _ => Vec::new(),
            },
            Specimen::Pillar => Vec::new(),
        }
    }
}
