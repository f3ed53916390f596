//! Errors returned by every calculation: the core never panics.
//!
//! An input error names the input, the value it got and the valid range, in SI
//! units, for example `flaw size must be greater than 0 m; got -5e-6 m`. The web
//! page re-words the same error in the unit of the field the user typed into
//! (see [`crate::input_limits::Limit::describe_in`]).

use crate::input_limits::Limit;
use std::fmt;

/// Everything that can go wrong in a calculation.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An input was NaN, infinite, or outside its valid range.
    OutOfRange {
        /// The input's definition: its name, SI unit and valid range.
        limit: &'static Limit,
        /// The value received, in the limit's SI unit.
        got: f64,
    },
    /// Two inputs are each valid but not together (for example a final length
    /// longer than allowed, or a window with its ends swapped).
    Inconsistent {
        /// What is wrong, in words a user understands.
        message: String,
    },
    /// The inputs are valid but the result overflows or is not a finite number.
    ResultNotFinite {
        /// The name of the result.
        what: &'static str,
    },
    /// A pasted data series could not be read.
    Parse {
        /// 1-based row number in the pasted text (0 when the whole text is at fault).
        row: usize,
        /// 1-based column number (0 when the whole row is at fault).
        column: usize,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::OutOfRange { limit, got } => {
                write!(f, "{}", limit.describe_in(*got, limit.unit, 1.0))
            }
            Error::Inconsistent { message } => f.write_str(message),
            Error::ResultNotFinite { what } => {
                write!(f, "{what} is too large to compute; reduce the inputs")
            }
            Error::Parse {
                row,
                column,
                message,
            } => match (row, column) {
                (0, _) => f.write_str(message),
                (r, 0) => write!(f, "row {r}: {message}"),
                (r, c) => write!(f, "row {r}, column {c}: {message}"),
            },
        }
    }
}

impl std::error::Error for Error {}

/// Result of every calculation in this crate.
pub type Result<T> = std::result::Result<T, Error>;

/// Returns `Ok(value)` when `value` is finite, otherwise the error naming `what`.
///
/// Every public function passes its outputs through this, so that an `Ok`
/// never holds NaN or infinity.
pub fn finite(what: &'static str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::ResultNotFinite { what })
    }
}
