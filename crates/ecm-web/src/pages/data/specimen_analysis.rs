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
    afm_tip, analyse_afm, analyse_nanoindent, analyse_sphere, indenter_tip, sphere_model,
    ModelSettings, Specimen,
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

/// The chosen model's settings from the page's inputs (`None` for a
/// pillar, whose analysis is the page's own), or the input that is wrong.
pub fn model_settings(
    f: SpecimenFields,
    ulo: FieldState,
    uhi: FieldState,
    creep: RwSignal<bool>,
) -> Result<Option<ModelSettings>, String> {
    let specimen = f.chosen();
    let radius = || {
        if f.uses_radius() {
            f.tip_r.value()
        } else {
            Ok(0.0)
        }
    };
    let angle = || {
        if f.uses_angle() {
            f.tip_angle.value()
        } else {
            Ok(0.0)
        }
    };
    Ok(Some(match specimen {
        Specimen::Pillar => return Ok(None),
        Specimen::Sphere => ModelSettings::Sphere {
            diameter: f
                .ds
                .value()
                .map_err(|_| "enter the sphere's diameter".to_string())?,
            model: sphere_model(&f.smodel.get()).ok_or("choose a contact-area model")?,
            poisson: f.nu.value()?,
            window: f.window()?,
        },
        Specimen::Afm => ModelSettings::Afm(AfmFitSettings {
            tip: afm_tip(f.tip_for(specimen), radius()?, angle()?).ok_or("choose a tip")?,
            poisson: f.nu.value()?,
            range: f.window()?,
        }),
        Specimen::Nanoindent => ModelSettings::Nanoindent(OliverPharrSettings {
            tip: indenter_tip(f.tip_for(specimen), radius()?, angle()?, &f.area.get())?,
            epsilon: f.eps.value()?,
            beta: f.beta.value()?,
            window: (ulo.value()?, uhi.value()?),
            indenter_modulus: f.ei.value()?,
            indenter_poisson: f.nui.value()?,
            sample_poisson: f.nu.value()?,
            frame_compliance: 0.0,
            creep_correction: creep.get(),
        }),
    }))
}

impl SpecimenAnalyses {
    /// The analyses of `curve` with the model's settings.
    pub fn new(
        curve: Signal<Option<Arc<CorrectedCurve>>>,
        settings: Signal<Result<Option<ModelSettings>, String>>,
    ) -> Self {
        let sphere = Memo::new(move |_| {
            let cv = curve.get()?;
            Some(match settings.get() {
                Ok(Some(ModelSettings::Sphere {
                    diameter,
                    model,
                    poisson,
                    window,
                })) => {
                    analyse_sphere(&cv, diameter, model, poisson, window).map_err(|e| e.to_string())
                }
                Ok(_) => return None,
                Err(e) => Err(e),
            })
        });
        let afm_settings = move || match settings.get() {
            Ok(Some(ModelSettings::Afm(s))) => Some(Ok(s)),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        };
        let afm = Memo::new(move |_| {
            let s = afm_settings()?;
            let cv = curve.get()?;
            browser::mark("ecm-afm-start");
            let out = s.and_then(|s| analyse_afm(&cv, &s).map_err(|e| e.to_string()));
            browser::mark("ecm-afm-end");
            Some(out)
        });
        let afm_drawn = Memo::new(move |_| {
            let fit = afm.get()?.ok()?;
            let cv = curve.get()?;
            let s = afm_settings()?.ok()?;
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
            let s = match settings.get() {
                Ok(Some(ModelSettings::Nanoindent(s))) => Ok(s),
                Ok(_) => return None,
                Err(e) => Err(e),
            };
            let cv = curve.get()?;
            browser::mark("ecm-indent-start");
            let out = s.and_then(|s| analyse_nanoindent(&cv, &s).map_err(|e| e.to_string()));
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
