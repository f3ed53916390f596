//! Creep of Li, Na and K (docs/science.md §8): the strain rate of each mechanism,
//! the stress for a strain rate, the relaxation of a confined deposit, and
//! the deformation-mechanism map. The laws are in `ecm_core::creep::laws`,
//! `creep::relaxation` and `creep::mechanism_map`; this page only wires fields to them.

use crate::components::choice_field::ChoiceField;
use crate::components::exercise::{ExerciseBox, GivenNote};
use crate::components::number_field::{FieldState, NumberField};
use crate::components::plot::Plot;
use crate::components::ranges_toggle::RangesToggle;
use crate::components::result_value::ResultValue;
use crate::compute::{compute, Missing, Outcome};
use crate::exercise_link::{keep_exercise_keys, read_exercise, Askable};
use crate::field_value::typed_number;
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use ecm_core::constants::AVOGADRO;
use ecm_core::creep::laws::{
    creep_rates, power_law_rate_worked, stress_for_rate, CreepModel, Diffusion, Mechanism,
    PowerLawCreep,
};
use ecm_core::creep::relaxation::{
    build_up_time, plating_strain_rate, power_law_relaxation_time, relaxation_time,
};
use ecm_core::ranges::Interval;
use ecm_core::reference::materials::{metals, Metal};
use ecm_core::units;
use leptos::prelude::*;

mod equations;
pub mod fields;
mod map;
mod parameters;
mod validity;

use fields::*;

/// The creep laws' model from the parameters' values `x` (in the order of
/// [`fields::PARAMETERS`]); the power law only when it is given.
fn model(x: &[f64], power_law: bool) -> CreepModel {
    CreepModel {
        power_law: power_law.then(|| PowerLawCreep {
            n: x[N],
            a: x[A],
            q: x[Q],
            t_ref: x[TREF],
        }),
        diffusion: Diffusion {
            d0_lattice: x[D0V],
            q_lattice: x[QV],
            delta_d0_boundary: x[DB],
            q_boundary: x[QB],
            atomic_volume: x[OMEGA],
        },
        melting_point: x[TM],
    }
}

/// The fastest mechanism with the parameters `x[..n]` at σ, T, d =
/// `x[n..n + 3]`: out of line, so its two uses share one copy.
#[inline(never)]
fn dominant_at(x: &[f64], n: usize, power_law: bool) -> ecm_core::Result<Mechanism> {
    match (x.get(..n), x.get(n..n + 3)) {
        (Some(p), Some(&[s, t, d])) => {
            creep_rates(&model(p, power_law), s, t, d).map(|r| r.dominant)
        }
        _ => Err(ecm_core::Error::Inconsistent {
            message: "missing inputs".into(),
        }),
    }
}

/// The text a preset writes into a field for a library value.
fn preset_text(spec: &crate::components::number_field::FieldSpec, p: Option<f64>) -> String {
    p.map(|v| typed_number(spec.units[spec.unit].shown(v)))
        .unwrap_or_default()
}

/// The power-law creep rate, as an exercise asks for it
/// (`ask=rate-power-law`).
const ASK_RATE_POWER_LAW: Askable = Askable {
    id: "rate-power-law",
    label: "Power-law creep ε̇",
    units: units::STRAIN_RATE,
    shown: 0,
};

/// The creep page.
#[component]
pub fn CreepPage() -> impl IntoView {
    let link = read_link();
    let library = metals();
    let mut keys: Vec<&str> = library.iter().map(|m| m.symbol.as_str()).collect();
    keys.push("custom");
    let ranges = link.kept_flag("ranges", false);
    let r = Signal::from(ranges);
    let metal = link.kept_choice("metal", &keys, "Na");
    let preset: Option<Metal> = library
        .iter()
        .find(|m| m.symbol == metal.get_untracked())
        .cloned();
    let params: Vec<FieldState> = PARAMETERS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let default = match &preset {
                Some(m) => preset_text(p.spec, (p.value)(m).map(|v| v.nominal)),
                None => p.spec.default.to_string(),
            };
            if [N, A, Q].contains(&i) {
                FieldState::optional_with_default(&link, r, p.spec, &default)
            } else {
                FieldState::with_default(&link, r, p.spec, &default)
            }
        })
        .collect();
    let params = StoredValue::new(params);
    let e_default = preset.as_ref().map_or(FIELD_E.default.to_string(), |m| {
        preset_text(&FIELD_E, Some(m.youngs_modulus.nominal))
    });
    let t = FieldState::new(&link, r, &FIELD_T);
    let sigma = FieldState::new(&link, r, &FIELD_SIGMA);
    let size = FieldState::new(&link, r, &FIELD_SIZE);
    let rate = FieldState::new(&link, r, &FIELD_RATE);
    let from = FieldState::new(&link, r, &FIELD_FROM);
    let to = FieldState::new(&link, r, &FIELD_TO);
    let modulus = FieldState::with_default(&link, r, &FIELD_E, &e_default);
    let current = FieldState::new(&link, r, &FIELD_CURRENT);
    // An exercise (`ask`): the power-law rate, from σ, T and the power law's
    // parameters; the other sections' inputs are not among the given values.
    let exercise = read_exercise(&link, &[ASK_RATE_POWER_LAW], ranges.get_untracked());
    if exercise.is_some() {
        for f in [
            &FIELD_SIZE,
            &FIELD_RATE,
            &FIELD_FROM,
            &FIELD_TO,
            &FIELD_E,
            &FIELD_CURRENT,
        ] {
            link.only_when(f.key, || false);
        }
        keep_exercise_keys(&link);
    }
    keep_in_link(Route::Creep, link);

    // The parameter block opens by itself when the link sets one of them.
    let params_in_link = {
        let pairs = crate::url_state::parse_query(&crate::browser::query());
        PARAMETERS
            .iter()
            .any(|p| pairs.iter().any(|(k, _)| k == p.spec.key))
    };
    let lib = StoredValue::new(library.clone());
    let chosen_metal =
        Memo::new(move |_| lib.with_value(|l| l.iter().find(|m| m.symbol == metal.get()).cloned()));
    let chosen = move || chosen_metal.get();
    // Picking a metal loads its values; "custom" keeps what is there.
    let pick = Callback::new(move |key: String| {
        let Some(m) = lib.with_value(|l| l.iter().find(|m| m.symbol == key).cloned()) else {
            return;
        };
        params.with_value(|ps| {
            for (f, p) in ps.iter().zip(&PARAMETERS) {
                f.text_max.set(String::new());
                match (p.value)(&m) {
                    Some(v) => f.set_si(v.nominal),
                    None => f.text.set(String::new()),
                }
            }
        });
        modulus.set_si(m.youngs_modulus.nominal);
    });

    // The power law is used when n, A and Q are all typed (K has no A or Q).
    let has_power_law = move || {
        params.with_value(|ps| {
            [N, A, Q]
                .iter()
                .all(|&i| !ps[i].text.with(|s| s.trim().is_empty()))
        })
    };
    // The parameters' intervals; without the power law its four fields are
    // not read (a placeholder stands in), so they cannot block the rest.
    let param_intervals = move |pl: bool| -> Vec<Result<Interval, String>> {
        params.with_value(|ps| {
            ps.iter()
                .enumerate()
                .map(|(i, f)| {
                    if !pl && [N, A, Q, TREF].contains(&i) {
                        Interval::point(1.5).map_err(|e| e.to_string())
                    } else {
                        f.interval()
                    }
                })
                .collect()
        })
    };
    // Runs `f(model, extra values)` over the parameters and `extra` fields,
    // with the power law when `pl`.
    let run_with = move |pl: bool,
                         extra: Vec<Result<Interval, String>>,
                         f: fn(&CreepModel, &[f64]) -> ecm_core::Result<f64>|
          -> Outcome {
        let mut inputs = param_intervals(pl);
        let n = inputs.len();
        inputs.extend(extra);
        compute(&inputs, |x| f(&model(&x[..n], pl), &x[n..]))
    };
    let run = move |extra, f| run_with(has_power_law(), extra, f);
    // Nabarro–Herring and Coble need only the diffusion data: a bad power-law
    // field does not hide them.
    let run_diffusion = move |extra, f| run_with(false, extra, f);
    let state = move || vec![sigma.interval(), t.interval(), size.interval()];
    let no_power_law = move || {
        let name = chosen().map_or("these parameters".to_string(), |m| m.symbol);
        Err(Missing::Model(format!(
            "no power-law creep fit is given for {name}: enter n, A and Q (none has been measured for K)"
        )))
    };
    let rate_pl: Signal<Outcome> = Signal::derive(move || {
        if !has_power_law() {
            return no_power_law();
        }
        run(state(), |m, x| {
            creep_rates(m, x[0], x[1], x[2]).and_then(|r| {
                r.power_law.ok_or(ecm_core::Error::Inconsistent {
                    message: "no power-law fit".into(),
                })
            })
        })
    });
    let rate_nh: Signal<Outcome> = Signal::derive(move || {
        run_diffusion(state(), |m, x| {
            creep_rates(m, x[0], x[1], x[2]).map(|r| r.nabarro_herring)
        })
    });
    let rate_coble: Signal<Outcome> = Signal::derive(move || {
        run_diffusion(state(), |m, x| {
            creep_rates(m, x[0], x[1], x[2]).map(|r| r.coble)
        })
    });
    let rate_total: Signal<Outcome> = Signal::derive(move || {
        run(state(), |m, x| {
            creep_rates(m, x[0], x[1], x[2]).map(|r| r.total)
        })
    });
    let homologous: Signal<Outcome> = Signal::derive(move || {
        let tm = params.with_value(|ps| ps[TM].interval());
        compute(&[t.interval(), tm], |x| {
            ecm_core::models::criteria::homologous_temperature(x[0], x[1])
        })
    });
    let stress_needed: Signal<Outcome> = Signal::derive(move || {
        run(
            vec![rate.interval(), t.interval(), size.interval()],
            |m, x| stress_for_rate(m, x[0], x[1], x[2]),
        )
    });
    let relax_inputs = move || {
        vec![
            modulus.interval(),
            from.interval(),
            to.interval(),
            t.interval(),
            size.interval(),
        ]
    };
    let relax: Signal<Outcome> = Signal::derive(move || {
        run(relax_inputs(), |m, x| {
            relaxation_time(m, x[0], x[1], x[2], x[3], x[4])
        })
    });
    let relax_pl: Signal<Outcome> = Signal::derive(move || {
        if !has_power_law() {
            return no_power_law();
        }
        run(relax_inputs(), |m, x| {
            power_law_relaxation_time(m, x[0], x[1], x[2], x[3])
        })
    });
    // Plating feeds the deposit at i·Vm/(F·d), Vm = Ω·N_A.
    let plating = move || {
        vec![
            current.interval(),
            size.interval(),
            t.interval(),
            from.interval(),
            modulus.interval(),
        ]
    };
    let plating_rate: Signal<Outcome> = Signal::derive(move || {
        run(plating(), |m, x| {
            plating_strain_rate(x[0], m.diffusion.atomic_volume * AVOGADRO, x[1])
        })
    });
    let steady_stress: Signal<Outcome> = Signal::derive(move || {
        run(plating(), |m, x| {
            let r = plating_strain_rate(x[0], m.diffusion.atomic_volume * AVOGADRO, x[1])?;
            stress_for_rate(m, r, x[2], x[1])
        })
    });
    let build_time: Signal<Outcome> = Signal::derive(move || {
        run(plating(), |m, x| {
            let r = plating_strain_rate(x[0], m.diffusion.atomic_volume * AVOGADRO, x[1])?;
            build_up_time(x[3], x[4], r)
        })
    });
    // The nominal model and point (lower ends of ranges), for words and the map.
    let nominal = Memo::new(move |_| -> Option<(CreepModel, f64, f64, f64)> {
        let x: Vec<f64> = param_intervals(has_power_law())
            .into_iter()
            .map(|i| i.map(|v| v.min))
            .collect::<Result<_, _>>()
            .ok()?;
        Some((
            model(&x, has_power_law()),
            sigma.value().ok()?,
            t.value().ok()?,
            size.value().ok()?,
        ))
    });
    // A choice, not a number: over ranges, every mechanism that dominates
    // somewhere in the box, and where it switches when one input is a range.
    let dominant = Memo::new(move |_| {
        let pl = has_power_law();
        let mut inputs = param_intervals(pl);
        let n = inputs.len();
        inputs.extend(state());
        let at = move |x: &[f64]| dominant_at(x, n, pl);
        let found = crate::compute::categories(&inputs, at).ok()?;
        let switches = crate::compute::switches(&inputs, at)
            .filter(|(axis, _)| *axis >= n)
            .map(|(axis, s)| (axis - n, s));
        let ranged = inputs
            .iter()
            .any(|i| i.as_ref().is_ok_and(|v| !v.is_point()));
        Some(validity::dominant_words(
            &found,
            switches.as_ref().map(|(w, s)| (*w, s.as_slice())),
            ranged,
        ))
    });
    // Over ranges, both ends of σ and T are compared with the fit.
    let notes = Signal::derive(move || {
        let ends = |f: FieldState| match f.interval() {
            Ok(iv) => vec![Some(iv.min), Some(iv.max)],
            Err(_) => vec![None],
        };
        let (metal, power_law) = (chosen(), has_power_law());
        let mut all: Vec<String> = Vec::new();
        for s in ends(sigma) {
            for tt in ends(t) {
                for n in validity::extrapolation_notes(metal.as_ref(), power_law, s, tt) {
                    if !all.contains(&n) {
                        all.push(n);
                    }
                }
            }
        }
        all
    });
    let fit_range = Signal::derive(move || validity::fit_range_line(chosen().as_ref()));
    let metal_options: Vec<(String, String)> = library
        .iter()
        .map(|m| {
            let note = if m.creep.prefactor.is_none() {
                ": no power-law fit measured"
            } else {
                ""
            };
            (m.symbol.clone(), format!("{} ({}){note}", m.symbol, m.name))
        })
        .chain([(
            "custom".to_string(),
            "Other: your own parameters".to_string(),
        )])
        .collect();
    let e_hint = move || {
        chosen().map_or_else(
            || "Your value.".to_string(),
            |m| {
                let line = source_line(&m.youngs_modulus);
                // The sphere page starts from the paper's own value for Na.
                if m.symbol == "Na" {
                    format!("{line} The sphere page starts from 3.9 GPa instead, the nanoindentation value (Fincher et al. 2020) the paper uses; this page takes the bulk polycrystal value of the same library.")
                } else {
                    line
                }
            },
        )
    };
    let sig_settings = crate::settings::settings();
    let relax_words = move || match relax.get() {
        Ok(iv) if iv.is_point() => format!(
            "All mechanisms together: ≈ {}.",
            ecm_core::numbers::number_format::duration_words(iv.min, sig_settings.sig.get().min(3))
        ),
        Ok(iv) => format!(
            "All mechanisms together: ≈ {} to {}.",
            ecm_core::numbers::number_format::duration_words(iv.min, 2),
            ecm_core::numbers::number_format::duration_words(iv.max, 2)
        ),
        Err(_) => String::new(),
    };
    let chart = map::chart_signal(
        nominal,
        metal,
        rate_total,
        Signal::derive(move || t.interval().ok()),
    );
    // The exercise's worked solution; its result is the answer.
    let sig = sig_settings.sig;
    let solve = move || {
        let (m, s, tt, d) = nominal.get()?;
        power_law_rate_worked(&m, s, tt, d, sig.get()).ok()
    };
    if let Some(e) = exercise {
        return view! {
            <section class="calculator" aria-labelledby="page-title">
                <h1 id="page-title">"Creep: how fast Li, Na and K flow"</h1>
                <p class="fit-lead" data-testid="fit-range-lead"><span data-testid="fit-range">{move || fit_range.get()}</span>" Outside that range the power law is an extrapolation, flagged under the answer."</p>
                <fieldset class="inputs given">
                    <GivenNote exercise=e />
                    <ChoiceField id="metal" label="Metal" value=metal options=metal_options on_pick=pick />
                    <NumberField field=t id="t" />
                    <NumberField field=sigma id="sigma" />
                    <parameters::PowerLawFields params=params metal=chosen_metal />
                </fieldset>
                // Every other rate, the stress for a rate, relaxation, plating
                // and the map would give the answer away or are not asked.
                <div class="results">
                    <ExerciseBox exercise=e solve=solve />
                </div>
                <validity::Validity notes=notes />
                <equations::CreepEquations />
            </section>
        }
        .into_any();
    }
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Creep: how fast Li, Na and K flow"</h1>
            <p class="lead">"Strain rates of power-law, Nabarro–Herring and Coble creep, the stress for a strain rate, and how fast a confined deposit relaxes, at temperatures near the alkali metals' melting points (T/Tm = 0.65–0.89 at room temperature)."</p>
            <div class="toolbar">
                <ChoiceField id="metal" label="Metal" value=metal options=metal_options on_pick=pick />
                <RangesToggle ranges=ranges />
            </div>
            <p class="fit-lead" data-testid="fit-range-lead"><span data-testid="fit-range">{move || fit_range.get()}</span>" Outside that range every power-law number below is an extrapolation, flagged under the results."</p>
            <div class="inputs">
                <NumberField field=t id="t" slider=(200.0, 450.0) />
                <NumberField field=sigma id="sigma" />
                <NumberField field=size id="d" hint="For a single-crystal rod or particle its diameter is an upper bound on the diffusion distance." />
            </div>
            <div class="results">
                <ResultValue label="Homologous temperature T/Tm" unit="" to_si=1.0 value=homologous testid="homologous" />
                <ResultValue label="Power-law creep ε̇" unit="s⁻¹" to_si=1.0 value=rate_pl testid="rate-power-law" />
                <ResultValue label="Nabarro–Herring creep ε̇" unit="s⁻¹" to_si=1.0 value=rate_nh testid="rate-nh" />
                <ResultValue label="Coble creep ε̇" unit="s⁻¹" to_si=1.0 value=rate_coble testid="rate-coble" />
                <ResultValue label="Total ε̇ (mechanisms add)" unit="s⁻¹" to_si=1.0 value=rate_total testid="rate-total" />
                <div class="result result-words">
                    <span class="result-label">"Dominant mechanism"</span>
                    <output class="result-value" aria-live="polite"><span class="word" data-testid="dominant">{move || dominant.get().unwrap_or_else(|| "—".to_string())}</span></output>
                </div>
            </div>
            <ul class="explain" data-testid="creep-explain">
                <li><strong>"T/Tm"</strong>": the temperature as a fraction of the melting point (both in kelvin); metals creep noticeably above about 0.4, and Li, Na and K are at 0.65–0.89 at room temperature."</li>
                <li><strong>"Power-law creep"</strong>": dislocations glide and climb through the crystal; its rate rises steeply with stress (σⁿ)."</li>
                <li><strong>"Nabarro–Herring creep"</strong>": atoms diffuse through the crystal from squeezed to stretched faces; rate ∝ σ/d²."</li>
                <li><strong>"Coble creep"</strong>": the same diffusion along grain boundaries and surfaces; rate ∝ σ/d³, so it wins in small grains and deposits."</li>
                <li><a href="#creep-equations">"The equations and their symbols ↓"</a></li>
            </ul>
            <validity::Validity notes=notes />
            <h2>"Stress for a strain rate"</h2>
            <div class="inputs pair">
                <NumberField field=rate id="rate" hint="Type 1e-6 for 10⁻⁶ s⁻¹." />
            </div>
            <div class="results pair">
                <ResultValue label="Stress σ for this rate (all mechanisms)" unit="MPa" to_si=1e6 value=stress_needed testid="stress-for-rate" />
            </div>
            <h2>"Relaxation of a confined deposit"</h2>
            <p class="hint">"A deposit held at σ₀ by a rigid confinement relaxes as dσ/dt = −E·ε̇(σ): the time to fall to σ₁."</p>
            <div class="inputs pair">
                <NumberField field=from id="s0" />
                <NumberField field=to id="s1" />
                <NumberField field=modulus id="e" hint=e_hint />
            </div>
            <div class="results pair">
                <ResultValue label="Relaxation time (all mechanisms)" unit="s" to_si=1.0 value=relax testid="relax-time" />
                <ResultValue label="By power-law creep alone (closed form)" unit="s" to_si=1.0 value=relax_pl testid="relax-time-power-law" />
            </div>
            <p class="hint" data-testid="relax-time-words">{relax_words}</p>
            <h2>"Plating against creep"</h2>
            <p class="hint">"Plating at current density i pushes metal into the confined deposit at ε̇ = i·Vm/(F·d) (Vm = Ω·N_A). Without creep that builds σ₀ in σ₀/(E·ε̇); with creep the stress stops rising where creep keeps up with plating."</p>
            <div class="inputs pair">
                <NumberField field=current id="i" />
            </div>
            <div class="results pair">
                <ResultValue label="Plating strain rate ε̇" unit="s⁻¹" to_si=1.0 value=plating_rate testid="plating-rate" />
                <ResultValue label="Time to build σ₀ with no creep" unit="s" to_si=1.0 value=build_time testid="build-time" />
                <ResultValue label="Stress at which creep keeps up with plating" unit="MPa" to_si=1e6 value=steady_stress testid="steady-stress" />
            </div>
            <parameters::Parameters params=params metal=chosen_metal open=params_in_link />
            <equations::CreepEquations />
            <Plot id="creep-map" title="Deformation-mechanism map at the chosen temperature" chart=chart />
        </section>
    }
    .into_any()
}
