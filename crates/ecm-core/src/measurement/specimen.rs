//! What was tested, and so which model a measured curve is analysed with:
//! a pillar or rod (stress = F/A, strain = δ/L₀), a sphere between two plates
//! (the paper's own test), an AFM tip indenting a flat sample, or an
//! instrumented indent (Oliver–Pharr). The page proposes one from the file's
//! format and says why; the user can change it.

use crate::error::{Error, Result};
use crate::import::{afm_workshop_csv, jpk_text_export, nanoscope_ascii, Import};
use crate::measurement::afm_indentation::{fit_indentation, AfmFit, AfmFitSettings, TipShape};
use crate::measurement::oliver_pharr::{
    analyse_indent, IndentCycle, IndenterTip, OliverPharrSettings,
};
use crate::measurement::pipeline::{CorrectedCurve, CurveKind};
use crate::measurement::sphere_compression::{hertz_fit, sphere_curve, HertzFit, SphereCurve};
use crate::models::sphere_contact::{ModelChoice, PlasticModel};
use crate::numbers::decimal_parser::parse_decimal;

/// The kind of test, and so the model (link key `specimen`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Specimen {
    /// A pillar or rod compressed or pulled: stress F/A, strain δ/L₀.
    #[default]
    Pillar,
    /// A sphere compressed between two flat plates: contact-area models and
    /// a Hertz fit of the early loading.
    Sphere,
    /// An AFM tip indenting a flat sample: a contact model fitted to the
    /// approach with the contact point free.
    Afm,
    /// Instrumented indentation with a sharp or spherical indenter:
    /// Oliver–Pharr hardness and modulus from the unloading.
    Nanoindent,
}

impl Specimen {
    /// Every specimen, in menu order.
    pub const ALL: [Specimen; 4] = [
        Specimen::Pillar,
        Specimen::Sphere,
        Specimen::Afm,
        Specimen::Nanoindent,
    ];

    /// Its value in links: `pillar`, `sphere`, `afm`, `nanoindent`.
    pub fn key(self) -> &'static str {
        match self {
            Specimen::Pillar => "pillar",
            Specimen::Sphere => "sphere",
            Specimen::Afm => "afm",
            Specimen::Nanoindent => "nanoindent",
        }
    }

    /// The specimen a link value names.
    pub fn from_key(key: &str) -> Option<Specimen> {
        Specimen::ALL.into_iter().find(|s| s.key() == key)
    }

    /// What it is, in words (the menu's label).
    pub fn label(self) -> &'static str {
        match self {
            Specimen::Pillar => "pillar or rod (stress = F/A, strain = δ/L₀)",
            Specimen::Sphere => "sphere between two plates (contact area, Hertz)",
            Specimen::Afm => "AFM indentation of a flat sample (Hertz, Sneddon)",
            Specimen::Nanoindent => "nanoindent (Oliver–Pharr)",
        }
    }

    /// The model its results come from, named on every result panel.
    pub fn model(self) -> &'static str {
        match self {
            Specimen::Pillar => "uniaxial stress and strain of a pillar: σ = F/A, ε = δ/L₀",
            Specimen::Sphere => "a sphere between two plates: σ = F/A(δ) with the contact-area model chosen; E from a Hertz fit of the early loading",
            Specimen::Afm => "an AFM tip on a flat sample: the tip's contact model fitted to the approach, contact point and baseline free",
            Specimen::Nanoindent => "Oliver–Pharr: a power law fitted to the unloading, the contact depth and the indenter's area function",
        }
    }
}

/// The specimen proposed for a file, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecimenProposal {
    /// The specimen.
    pub specimen: Specimen,
    /// Why, in words the page shows next to the choice.
    pub reason: String,
}

/// Proposes the specimen from the file's format: an AFM force curve (JPK,
/// Nanoscope, AFM Workshop) is an AFM indentation; anything else is a pillar
/// (the default for tables and for nanoindenters, which test pillars as
/// often as they indent).
pub fn propose_specimen(import: &Import) -> SpecimenProposal {
    let afm = [
        jpk_text_export::READER.format,
        nanoscope_ascii::READER.format,
        afm_workshop_csv::READER.format,
    ];
    if afm.contains(&import.format) {
        SpecimenProposal {
            specimen: Specimen::Afm,
            reason: format!(
                "proposed: the file is an AFM force curve ({}); choose another test if it was not an indentation",
                import.format
            ),
        }
    } else {
        SpecimenProposal {
            specimen: Specimen::Pillar,
            reason: "proposed: a pillar, the default for this kind of file; choose the sphere, AFM or nanoindent model if that was the test".to_string(),
        }
    }
}

/// The coefficients of an indenter's area function as typed, `C0,C1,…`
/// (ISO 14577-1 form, A in nm² with h꜀ in nm; commas, semicolons or spaces
/// between them), or the reason they cannot be read, naming the position.
///
/// A lone comma between digits with no decimal point anywhere (“24,5”)
/// reads two ways, 24.5 with a decimal comma or C0 = 24, C1 = 5, giving
/// different areas: it is refused with both readings rather than guessed.
pub fn area_coefficients(text: &str) -> std::result::Result<Vec<f64>, String> {
    let t = text.trim();
    if let Some((whole, fraction)) = t.split_once(',') {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if digits(whole) && digits(fraction) && fraction.bytes().any(|b| b != b'0') {
            return Err(format!(
                "the area function “{t}” reads two ways: C0 = {whole}, C1 = {fraction}, or C0 = {whole}.{fraction} with a decimal comma; write {whole}.{fraction} for one coefficient, or {whole}, {fraction} (with a space) for two"
            ));
        }
    }
    let parts: Vec<&str> = text
        .split([',', ';', ' ', '\t'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        return Err("give the area function's coefficients C0,C1,… (A in nm², hc in nm), e.g. 24.5,0 for an ideal Berkovich".to_string());
    }
    if parts.len() > 9 {
        return Err(format!(
            "the area function has {} coefficients: at most 9 (C0 to C8) are used",
            parts.len()
        ));
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            parse_decimal(p).filter(|v| v.is_finite()).ok_or_else(|| {
                format!("coefficient C{i} of the area function, “{p}”, is not a number")
            })
        })
        .collect()
}

/// The sphere's contact-area model a link value names (`auto`,
/// `auto-cap`, `first`, `cap`, `barrel`), the sphere page's choices.
pub fn sphere_model(key: &str) -> Option<ModelChoice> {
    Some(match key {
        "auto" => ModelChoice::Auto {
            small: PlasticModel::FirstOrder,
        },
        "auto-cap" => ModelChoice::Auto {
            small: PlasticModel::ExactCap,
        },
        "first" => ModelChoice::Fixed(PlasticModel::FirstOrder),
        "cap" => ModelChoice::Fixed(PlasticModel::ExactCap),
        "barrel" => ModelChoice::Fixed(PlasticModel::Barrel),
        _ => return None,
    })
}

/// The AFM tip a link value names (`paraboloid`, `cone`, `pyramid4`,
/// `pyramid3`, `sphere`) with its radius (m) or angle (degrees).
pub fn afm_tip(key: &str, radius: f64, angle_deg: f64) -> Option<TipShape> {
    Some(match key {
        "paraboloid" => TipShape::Paraboloid { radius },
        "cone" => TipShape::Cone {
            half_angle_deg: angle_deg,
        },
        "pyramid4" => TipShape::Pyramid4 {
            face_angle_deg: angle_deg,
        },
        "pyramid3" => TipShape::Pyramid3 {
            face_angle_deg: angle_deg,
        },
        "sphere" => TipShape::Sphere { radius },
        _ => return None,
    })
}

/// The nanoindenter a link value names (`berkovich`, `cube-corner`,
/// `conical`, `spherical`, `area`) with its radius (m), angle (degrees) or
/// area function as typed (see [`area_coefficients`]).
pub fn indenter_tip(
    key: &str,
    radius: f64,
    angle_deg: f64,
    area: &str,
) -> std::result::Result<IndenterTip, String> {
    Ok(match key {
        "berkovich" => IndenterTip::Berkovich,
        "cube-corner" => IndenterTip::CubeCorner,
        "conical" => IndenterTip::Conical {
            half_angle_deg: angle_deg,
        },
        "spherical" => IndenterTip::Spherical { radius },
        "area" => IndenterTip::AreaFunction(area_coefficients(area)?),
        other => return Err(format!("no indenter “{other}”")),
    })
}

/// A force–displacement curve, or the error that says the model needs one.
fn force_curve(curve: &CorrectedCurve, model: &str) -> Result<()> {
    if curve.kind == CurveKind::ForceDisplacement {
        Ok(())
    } else {
        Err(Error::Inconsistent {
            message: format!(
                "the columns are stress and strain: {model} needs force and displacement"
            ),
        })
    }
}

/// A sphere's curve analysed: stress point by point and the Hertz fit of
/// its early loading (or why that fit failed, with the rest kept).
#[derive(Debug, Clone, PartialEq)]
pub struct SphereAnalysis {
    /// Stress and strain point by point, and the maximum.
    pub curve: SphereCurve,
    /// The Hertz fit, or why there is none.
    pub hertz: std::result::Result<HertzFit, String>,
}

/// The sphere model on a corrected curve: displacement from contact
/// (the baseline correction sets that zero), diameter (m), contact-area
/// model, the sphere's ν, and the Hertz window (m of displacement; `None`
/// chooses it). The Hertz fit is made on the loading only.
pub fn analyse_sphere(
    curve: &CorrectedCurve,
    diameter: f64,
    model: ModelChoice,
    poisson: f64,
    window: Option<(f64, f64)>,
) -> Result<SphereAnalysis> {
    force_curve(curve, "the sphere model")?;
    let stress = sphere_curve(&curve.displacement, &curve.force, diameter, model)?;
    let load = loading_rows(curve);
    let hertz = hertz_fit(
        &curve.displacement[load.clone()],
        &curve.force[load],
        diameter,
        poisson,
        window,
    )
    .map_err(|e| e.to_string());
    Ok(SphereAnalysis {
        curve: stress,
        hertz,
    })
}

/// The rows of the loading up to and with the maximum.
fn loading_rows(curve: &CorrectedCurve) -> std::ops::Range<usize> {
    let s = &curve.segments;
    let end = s.loading.end.max(s.hold.start + 1).min(curve.force.len());
    0..end
}

/// The AFM model on a corrected curve: fitted to the approach (the rows up
/// to the maximum force), tip position = the specimen displacement
/// (travel − deflection), loading positive.
///
/// A fit whose modulus is smaller than its own standard error is not a
/// result: the curve shows no contact the model can measure (a flat,
/// noisy approach), and that is what the error says.
pub fn analyse_afm(curve: &CorrectedCurve, settings: &AfmFitSettings) -> Result<AfmFit> {
    force_curve(curve, "the AFM model")?;
    // The approach ends at the maximum force; a curve whose maximum is among
    // its first points never rose (no contact): it is fitted whole, so the
    // fit says so rather than a count of points.
    let rows = Some(loading_rows(curve))
        .filter(|r| r.len() >= 10)
        .unwrap_or(0..curve.force.len());
    let fit = fit_indentation(
        &curve.displacement[rows.clone()],
        &curve.force[rows],
        settings,
    )?;
    if fit.modulus_se >= fit.modulus {
        return Err(Error::Inconsistent {
            message: format!(
                "no contact found: the curve does not determine a modulus (the fit gives {} ± {} Pa); check that the tip reached the sample and the fit range",
                crate::numbers::number_format::format_clean(fit.modulus, 3),
                crate::numbers::number_format::format_clean(fit.modulus_se, 2)
            ),
        });
    }
    Ok(fit)
}

/// Oliver–Pharr on a corrected curve: depth as recorded (or as corrected
/// for the frame's compliance, a step of its own), load, and time when
/// mapped; a row per load–unload cycle.
pub fn analyse_nanoindent(
    curve: &CorrectedCurve,
    settings: &OliverPharrSettings,
) -> Result<Vec<IndentCycle>> {
    force_curve(curve, "Oliver–Pharr")?;
    analyse_indent(
        &curve.displacement,
        &curve.force,
        curve.time.as_deref(),
        settings,
    )
}

/// A model and its settings, for a batch of files.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelSettings {
    /// A sphere: diameter (m), contact-area model, ν, Hertz window.
    Sphere {
        /// Diameter (m).
        diameter: f64,
        /// Contact-area model.
        model: ModelChoice,
        /// The sphere's Poisson ratio.
        poisson: f64,
        /// The Hertz window (m), automatic when `None`.
        window: Option<(f64, f64)>,
    },
    /// An AFM tip on a flat sample.
    Afm(AfmFitSettings),
    /// Oliver–Pharr.
    Nanoindent(OliverPharrSettings),
}

/// The Young's modulus (Pa) a model gives for one curve: the sphere's Hertz
/// fit, the AFM fit, or the sample's modulus of an indent's first cycle.
pub fn model_modulus(curve: &CorrectedCurve, settings: &ModelSettings) -> Result<f64> {
    match settings {
        ModelSettings::Sphere {
            diameter,
            model,
            poisson,
            window,
        } => analyse_sphere(curve, *diameter, *model, *poisson, *window)?
            .hertz
            .map(|h| h.modulus)
            .map_err(|message| Error::Inconsistent { message }),
        ModelSettings::Afm(s) => analyse_afm(curve, s).map(|f| f.modulus),
        ModelSettings::Nanoindent(s) => analyse_nanoindent(curve, s)?
            .first()
            .map(|c| c.sample_modulus)
            .ok_or_else(|| Error::Inconsistent {
                message: "no load–unload cycle found".to_string(),
            }),
    }
}

/// Mean, sample standard deviation and count of the values that are
/// numbers (`None` below one); the standard deviation is 0 for one value.
pub fn mean_sd(values: &[f64]) -> Option<(f64, f64, usize)> {
    let ok: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let n = ok.len();
    if n == 0 {
        return None;
    }
    let mean = ok.iter().sum::<f64>() / n as f64;
    let sd = if n > 1 {
        (ok.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1) as f64).sqrt()
    } else {
        0.0
    };
    (mean.is_finite() && sd.is_finite()).then_some((mean, sd, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::load_data;

    #[test]
    fn keys_round_trip() {
        for s in Specimen::ALL {
            assert_eq!(Specimen::from_key(s.key()), Some(s));
        }
        assert_eq!(Specimen::from_key("cube"), None);
    }

    #[test]
    fn an_afm_force_curve_proposes_an_afm_indentation_and_a_table_a_pillar() {
        let jpk = load_data(
            "jpk.txt",
            include_bytes!("../../tests/data/import/jpk_force.txt"),
        )
        .unwrap();
        let p = propose_specimen(&jpk);
        assert_eq!(p.specimen, Specimen::Afm);
        assert!(p.reason.contains("JPK"), "{}", p.reason);
        let table = load_data("t.csv", b"d (nm),F (uN)\n0,0\n1,1\n").unwrap();
        assert_eq!(propose_specimen(&table).specimen, Specimen::Pillar);
    }

    /// A JPK text export of an AFM approach: height falling towards the
    /// sample (JPK's convention), deflection in volts; a paraboloid of
    /// R = 5 µm on E = 50 kPa, ν = 0.5, contact 2 µm into the approach,
    /// force offset −7.05 nN and tilt 0.2 nN/µm; k = 0.05 N/m, 40 nm/V.
    fn jpk_approach() -> String {
        let mut text = String::from("# segment: extend\n# columns: height vDeflection\n# springConstant: 0.05\n# sensitivity: 4e-8\n# units: m V\n");
        for i in 0..1500 {
            let delta = 3e-6 * i as f64 / 1499.0;
            let d = (delta - 2e-6f64).max(0.0);
            let force =
                -7.05e-9 + 0.2e-3 * delta + 4.0 / 3.0 * 50e3 / 0.75 * 5e-6f64.sqrt() * d.powf(1.5);
            let deflection = force / 0.05;
            let z = delta + deflection;
            text.push_str(&format!("{:e} {:e}\n", -z, deflection / 4e-8));
        }
        text
    }

    #[test]
    fn a_jpk_approach_gives_back_its_modulus_and_contact_point() {
        use crate::measurement::pipeline::correct;
        use crate::measurement::proposal::propose;
        let import = load_data("approach.txt", jpk_approach().as_bytes()).unwrap();
        assert_eq!(propose_specimen(&import).specimen, Specimen::Afm);
        let p = propose(&import);
        let curve = correct(&import, 0..import.rows(), &p.mapping, &p.corrections).unwrap();
        // The height falls towards the sample: it is turned before the
        // deflection is taken from it, so the tip position is z − d.
        assert!(
            curve
                .steps
                .iter()
                .any(|s| s.contains("piezo travel turned")),
            "{:?}",
            curve.steps
        );
        let settings = AfmFitSettings {
            tip: afm_tip("paraboloid", 5e-6, 0.0).unwrap(),
            poisson: 0.5,
            range: None,
        };
        let fit = analyse_afm(&curve, &settings).unwrap();
        assert!(
            (fit.modulus / 50e3 - 1.0).abs() < 1e-4,
            "E = {}",
            fit.modulus
        );
        assert!(
            (fit.contact_point - 2e-6).abs() < 1e-10,
            "δc = {}",
            fit.contact_point
        );
    }

    #[test]
    fn a_batch_of_curves_gives_a_column_of_moduli_with_mean_and_sd() {
        use crate::measurement::pipeline::correct;
        use crate::measurement::proposal::propose;
        let import = load_data("approach.txt", jpk_approach().as_bytes()).unwrap();
        let p = propose(&import);
        let curve = correct(&import, 0..import.rows(), &p.mapping, &p.corrections).unwrap();
        let settings = ModelSettings::Afm(AfmFitSettings {
            tip: afm_tip("paraboloid", 5e-6, 0.0).unwrap(),
            poisson: 0.5,
            range: None,
        });
        let e = model_modulus(&curve, &settings).unwrap();
        assert!((e / 50e3 - 1.0).abs() < 1e-4, "{e}");
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample SD √(32/7) = 2.138.
        let (m, sd, n) = mean_sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, f64::NAN]).unwrap();
        assert_eq!((m, n), (5.0, 8));
        assert!((sd - (32.0f64 / 7.0).sqrt()).abs() < 1e-12);
        assert_eq!(mean_sd(&[3.0]), Some((3.0, 0.0, 1)));
        assert_eq!(mean_sd(&[]), None);
    }

    #[test]
    fn a_flat_noisy_approach_is_no_contact_not_a_modulus() {
        use crate::measurement::pipeline::{CorrectedCurve, CurveKind};
        use crate::measurement::segments::find_segments;
        // 2 000 points of ±10 pN noise on a −7 nN offset, no contact.
        let mut seed = 12345u64;
        let mut noise = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as f64 / (1u64 << 31) as f64 - 0.5) * 2e-11
        };
        let displacement: Vec<f64> = (0..2000).map(|i| i as f64 * 1e-9).collect();
        let force: Vec<f64> = (0..2000).map(|_| -7e-9 + noise()).collect();
        let curve = CorrectedCurve {
            kind: CurveKind::ForceDisplacement,
            segments: find_segments(&force, 0.01).unwrap(),
            displacement,
            force,
            time: None,
            steps: Vec::new(),
            warnings: Vec::new(),
        };
        let settings = AfmFitSettings {
            tip: afm_tip("paraboloid", 5e-6, 0.0).unwrap(),
            poisson: 0.5,
            range: None,
        };
        match analyse_afm(&curve, &settings) {
            Err(e) => assert!(e.to_string().contains("no contact"), "{e}"),
            Ok(f) => panic!("a flat curve gave E = {} ± {}", f.modulus, f.modulus_se),
        }
    }

    #[test]
    fn area_functions_are_read_or_refused_with_the_position() {
        assert_eq!(
            area_coefficients("24.5, 120;0").unwrap(),
            [24.5, 120.0, 0.0]
        );
        let e = area_coefficients("24.5,abc").unwrap_err();
        assert!(e.contains("C1") && e.contains("abc"), "{e}");
        assert!(area_coefficients("  ").is_err());
    }

    #[test]
    fn a_lone_decimal_comma_in_an_area_function_is_refused_not_guessed() {
        let e = area_coefficients("24,5").unwrap_err();
        assert!(e.contains("24.5") && e.contains("C1 = 5"), "{e}");
        // Either spelling of the meaning is read.
        assert_eq!(area_coefficients("24.5").unwrap(), [24.5]);
        assert_eq!(area_coefficients("24, 5").unwrap(), [24.0, 5.0]);
        // Readings that agree (24,0 is 24 hc² either way) and lists with a
        // point or more than two numbers are not ambiguous.
        assert_eq!(area_coefficients("24,0").unwrap(), [24.0, 0.0]);
        assert_eq!(area_coefficients("24.5,120").unwrap(), [24.5, 120.0]);
        assert_eq!(area_coefficients("24,120,3").unwrap(), [24.0, 120.0, 3.0]);
    }
}
