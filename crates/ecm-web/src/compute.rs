//! Turns field values into a result: a single value, or with ranges switched
//! on, the range over the corners of the input box (`ecm_core::ranges`).

use ecm_core::ranges::{
    categories_over_box, over_corners, segments_along, CategoryAt, Interval, Segment,
};

/// Why a result is missing.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    /// An input field is invalid; its own message says why.
    BadField,
    /// The model refused the combination; the text says why.
    Model(String),
}

/// The interval of a result.
pub type Outcome = Result<Interval, Missing>;

/// Evaluates `f` over the intervals of `inputs`, or says why it cannot.
pub fn compute(
    inputs: &[Result<Interval, String>],
    f: impl Fn(&[f64]) -> ecm_core::Result<f64>,
) -> Outcome {
    let mut boxes = Vec::with_capacity(inputs.len());
    for i in inputs {
        match i {
            Ok(v) => boxes.push(*v),
            Err(_) => return Err(Missing::BadField),
        }
    }
    over_corners(&boxes, f).map_err(|e| Missing::Model(e.to_string()))
}

/// A categorical result (a mechanism, a model) over the intervals of
/// `inputs`: every value it takes with a point where it holds
/// (`ecm_core::ranges::categories_over_box`), or why it cannot be had.
pub fn categories<C: PartialEq + Clone>(
    inputs: &[Result<Interval, String>],
    f: impl Fn(&[f64]) -> ecm_core::Result<C>,
) -> Result<Vec<CategoryAt<C>>, Missing> {
    let boxes = intervals(inputs)?;
    categories_over_box(&boxes, f).map_err(|e| Missing::Model(e.to_string()))
}

/// How a categorical result switches along the one ranged input of
/// `inputs`: `None` when not exactly one input is a range.
pub fn switches<C: PartialEq + Clone>(
    inputs: &[Result<Interval, String>],
    f: impl Fn(&[f64]) -> ecm_core::Result<C>,
) -> Option<(usize, Vec<Segment<C>>)> {
    let boxes = intervals(inputs).ok()?;
    let mut ranged = (0..boxes.len()).filter(|&i| !boxes[i].is_point());
    let (axis, None) = (ranged.next()?, ranged.next()) else {
        return None;
    };
    let x: Vec<f64> = boxes.iter().map(|b| b.min).collect();
    segments_along(&x, axis, boxes[axis], f)
        .ok()
        .map(|s| (axis, s))
}

fn intervals(inputs: &[Result<Interval, String>]) -> Result<Vec<Interval>, Missing> {
    inputs
        .iter()
        .map(|i| i.clone().map_err(|_| Missing::BadField))
        .collect()
}

/// A single value as an outcome.
pub fn point(r: ecm_core::Result<f64>) -> Outcome {
    r.and_then(Interval::point)
        .map_err(|e| Missing::Model(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::models::electrochemical_stress::stress_from_overpotential;

    #[test]
    fn ranges_and_missing_inputs() {
        let dphi = Interval::new(0.05, 0.1).unwrap();
        let vm = Interval::point(23.7e-6).unwrap();
        let r = compute(&[Ok(dphi), Ok(vm)], |x| {
            stress_from_overpotential(x[0], x[1])
        })
        .unwrap();
        // 50 mV and 100 mV on Na: 203.6 and 407.1 MPa.
        assert_eq!(
            ((r.min / 1e5).round() / 10.0, (r.max / 1e5).round() / 10.0),
            (203.6, 407.1)
        );
        assert_eq!(
            compute(&[Err("bad".into()), Ok(vm)], |x| stress_from_overpotential(
                x[0], x[1]
            )),
            Err(Missing::BadField)
        );
        assert!(matches!(
            compute(&[Ok(dphi), Ok(Interval::point(0.0).unwrap())], |x| {
                stress_from_overpotential(x[0], x[1])
            }),
            Err(Missing::Model(_))
        ));
    }
}
