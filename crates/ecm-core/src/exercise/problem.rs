//! One exercise as every export writes it: the question and worked
//! solution with `{key}` placeholders, the inputs and the answer with their
//! shown units, the answer's formula for Moodle, and the tolerance. All four
//! exports read the same `Problem`, so they carry the same answers,
//! tolerance and solution.

use super::tolerance::Tolerance;
use super::variants::Variant;
use super::xml_text::number;
use crate::numbers::number_format::format_sig;
use crate::units::Unit;

/// An input or the answer: its link key, its label and its shown unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// The link key and placeholder name, e.g. "dphi": letters, digits and
    /// underscores.
    pub key: &'static str,
    /// The label as the page shows it, e.g. "Overpotential Δφ".
    pub label: &'static str,
    /// The unit the value is shown in.
    pub unit: &'static Unit,
}

/// An exercise: what is asked, from which inputs, and how it is checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// A short title, e.g. "Stress from an overpotential".
    pub title: String,
    /// The question in plain text with `{key}` placeholders for the inputs,
    /// e.g. "A Na deposit grows under an overpotential of {dphi} mV …".
    pub question: String,
    /// The inputs, in the order of a [`Variant`]'s values.
    pub inputs: Vec<Quantity>,
    /// The answer; `{answer}` in the solution stands for its value.
    pub answer: Quantity,
    /// The answer in its shown unit from the inputs in their shown units,
    /// in Moodle's formula syntax with `{key}` wildcards, e.g.
    /// "{dphi}*1e-3*96485.33212/({vm}*1e-6)/1e6" (functions as Moodle's
    /// calculated question allows: pi(), sqrt, pow, exp, log, abs, sin, …;
    /// no `^`).
    pub moodle_formula: String,
    /// How close an answer must be.
    pub tolerance: Tolerance,
    /// The worked solution in plain text with `{key}` placeholders and
    /// `{answer}`.
    pub solution: String,
}

/// Decimal places of a number written by [`number`]: "16.3" → 1,
/// "2.5e-7" → 8; at most 10.
fn decimals_of(text: &str) -> u32 {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let fraction = mantissa.split_once('.').map_or(0, |(_, f)| f.len() as i64);
    let exponent: i64 = exponent.parse().unwrap_or(0);
    (fraction - exponent).clamp(0, 10) as u32
}

/// Replaces every `{name}` in `template` (name: letters, digits and
/// underscores) for which `value(name)` is `Some`; anything else is kept as
/// written.
///
/// ```
/// use ecm_core::exercise::problem::substitute;
/// let out = substitute("{a} + {b} = {c}", |k| (k == "a").then(|| "1".to_string()));
/// assert_eq!(out, "1 + {b} = {c}");
/// ```
pub fn substitute(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closed = after[name_len..].starts_with('}');
        match (closed && !name.is_empty()).then(|| value(name)).flatten() {
            Some(text) => {
                out.push_str(&text);
                rest = &after[name_len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Problem {
    /// The answer of `v` in its shown unit.
    pub fn answer_shown(&self, v: &Variant) -> f64 {
        self.answer.unit.shown(v.answer_si)
    }

    /// The significant figures the answer of `v` is shown with: the
    /// tolerance's (see [`Tolerance::shown_figures`]).
    pub fn answer_figures(&self, v: &Variant) -> u32 {
        self.tolerance.shown_figures(v.answer_si)
    }

    /// The accepted interval of `v`'s answer, in the answer's shown unit.
    pub fn bounds_shown(&self, v: &Variant) -> (f64, f64) {
        let (lo, hi) = self.tolerance.bounds_in(v.answer_si, self.answer.unit);
        (self.answer.unit.shown(lo), self.answer.unit.shown(hi))
    }

    /// `template` with each input's `{key}` replaced by its value in `v`
    /// (its shortest decimal form: the values are drawn on their grid) and
    /// `{answer}` by the answer in its shown unit to
    /// [`Problem::answer_figures`] significant figures.
    ///
    /// ```
    /// use ecm_core::exercise::problem::{Problem, Quantity};
    /// use ecm_core::exercise::tolerance::DEFAULT;
    /// use ecm_core::exercise::variants::Variant;
    /// use ecm_core::units::{STRESS, VOLTAGE};
    /// let p = Problem {
    ///     title: "t".into(),
    ///     question: "Δφ = {dphi} mV".into(),
    ///     inputs: vec![Quantity { key: "dphi", label: "Δφ", unit: &VOLTAGE[0] }],
    ///     answer: Quantity { key: "sigma", label: "σ", unit: &STRESS[1] },
    ///     moodle_formula: "{dphi}".into(),
    ///     tolerance: DEFAULT,
    ///     solution: "σ = {answer} MPa".into(),
    /// };
    /// let v = Variant { inputs: vec![125.0], answer_si: 488.53e6 };
    /// assert_eq!(p.fill(&p.question, &v), "Δφ = 125 mV");
    /// assert_eq!(p.fill(&p.solution, &v), "σ = 488.5 MPa");
    /// ```
    pub fn fill(&self, template: &str, v: &Variant) -> String {
        substitute(template, |name| {
            if name == "answer" {
                let figures = self.answer_figures(v) as usize;
                return Some(format_sig(self.answer_shown(v), figures));
            }
            let i = self.inputs.iter().position(|q| q.key == name)?;
            v.inputs.get(i).map(|&x| number(x))
        })
    }

    /// The smallest and largest value of input `i` over `variants`, and the
    /// decimal places its values are written with (0 to 10): what the
    /// exports give as the input's range.
    pub fn input_range(&self, variants: &[Variant], i: usize) -> (f64, f64, u32) {
        let values = variants.iter().filter_map(|v| v.inputs.get(i).copied());
        let (lo, hi) = values
            .clone()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
                (lo.min(x), hi.max(x))
            });
        let decimals = values.map(|x| decimals_of(&number(x))).max().unwrap_or(0);
        (lo, hi, decimals)
    }

    /// The sentence after the question saying the unit to answer in:
    /// "Give the answer in MPa."
    pub fn unit_prompt(&self) -> String {
        if self.answer.unit.symbol.is_empty() {
            "Give the answer as a number.".to_string()
        } else {
            format!("Give the answer in {}.", self.answer.unit.symbol)
        }
    }

    /// Checks what every export needs: at least one variant, each with a
    /// value per input and a finite answer, finite inputs, and keys made of
    /// letters, digits and underscores, none of them "answer".
    pub fn check_variants(&self, variants: &[Variant]) -> Result<(), String> {
        if variants.is_empty() {
            return Err("no variants to export: draw at least one".into());
        }
        for q in self.inputs.iter().chain([&self.answer]) {
            let good =
                !q.key.is_empty() && q.key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !good {
                return Err(format!(
                    "the key “{}” must be letters, digits and underscores",
                    q.key
                ));
            }
        }
        if self.inputs.iter().any(|q| q.key == "answer") {
            return Err("an input cannot be called “answer”".into());
        }
        for (i, v) in variants.iter().enumerate() {
            if v.inputs.len() != self.inputs.len() {
                return Err(format!(
                    "variant {} has {} values for {} inputs",
                    i + 1,
                    v.inputs.len(),
                    self.inputs.len()
                ));
            }
            let (lo, hi) = self.bounds_shown(v);
            let finite = v.inputs.iter().all(|x| x.is_finite())
                && v.answer_si.is_finite()
                && self.answer_shown(v).is_finite()
                && lo.is_finite()
                && hi.is_finite();
            if !finite {
                return Err(format!(
                    "variant {} has a value that is not a finite number",
                    i + 1
                ));
            }
        }
        Ok(())
    }
}
