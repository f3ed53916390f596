//! Turns field values into a result: a single value, or with ranges switched
//! on, the range over the corners of the input box (`ecm_core::ranges`).

use ecm_core::ranges::{over_corners, Interval};

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

/// A single value as an outcome.
pub fn point(r: ecm_core::Result<f64>) -> Outcome {
    r.and_then(Interval::point)
        .map_err(|e| Missing::Model(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::electrochemical_stress::stress_from_overpotential;

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
