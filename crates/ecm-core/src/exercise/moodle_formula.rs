//! The answer's formula in Moodle's calculated-question syntax: checked
//! before export, and rewritten for Canvas.
//!
//! Moodle's syntax (docs.moodle.org, "Calculated question type", available
//! functions): numbers, `+ - * /`, parentheses, `{name}` wildcards and the
//! PHP math functions it lists; `pi()` for π; `log` is the natural
//! logarithm; there is no `^` (use `pow(a, b)`). Canvas's formula questions
//! (community.canvaslms.com, "How do I create a Formula quiz question?")
//! name variables bare, write π as `pi`, `ln` for the natural and `log` for
//! the base-10 logarithm.

/// Functions a formula may call: those of Moodle's list that Canvas shares
/// (names as Moodle writes them).
pub const FUNCTIONS: &[&str] = &[
    "abs", "acos", "asin", "atan", "ceil", "cos", "cosh", "exp", "floor", "log", "log10", "max",
    "min", "pi", "pow", "round", "sin", "sinh", "sqrt", "tan", "tanh",
];

/// One piece of a formula.
#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Wildcard(&'a str),
    Function(&'a str),
    Other(&'a str),
}

fn tokens(formula: &str) -> Result<Vec<Token<'_>>, String> {
    let b = formula.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut depth = 0i32;
    while i < b.len() {
        let start = i;
        match b[i] {
            b'{' => {
                let close = formula[i..]
                    .find('}')
                    .ok_or_else(|| format!("formula: “{{” at {} is not closed", i + 1))?;
                out.push(Token::Wildcard(&formula[i + 1..i + close]));
                i += close + 1;
            }
            c if c.is_ascii_alphabetic() => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let name = &formula[start..i];
                if !FUNCTIONS.contains(&name) || b.get(i) != Some(&b'(') {
                    return Err(format!(
                        "formula: “{name}” is not a function Moodle knows \
                         (wildcards are written {{name}}; functions: {})",
                        FUNCTIONS.join(", ")
                    ));
                }
                out.push(Token::Function(name));
            }
            c if c.is_ascii_digit() || c == b'.' => {
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
                    let mut k = i + 1;
                    if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
                        k += 1;
                    }
                    if k < b.len() && b[k].is_ascii_digit() {
                        i = k;
                        while i < b.len() && b[i].is_ascii_digit() {
                            i += 1;
                        }
                    }
                }
                out.push(Token::Other(&formula[start..i]));
            }
            b'^' => return Err("formula: Moodle has no ^; write pow(a, b)".into()),
            b'(' | b')' | b'+' | b'-' | b'*' | b'/' | b',' | b' ' => {
                depth += match b[i] {
                    b'(' => 1,
                    b')' => -1,
                    _ => 0,
                };
                if depth < 0 {
                    return Err("formula: a “)” closes nothing".into());
                }
                i += 1;
                out.push(Token::Other(&formula[start..i]));
            }
            _ => {
                let c = formula[i..].chars().next().unwrap_or('?');
                return Err(format!("formula: “{c}” cannot be in a Moodle formula"));
            }
        }
    }
    if depth != 0 {
        return Err("formula: a “(” is not closed".into());
    }
    Ok(out)
}

/// Checks `formula` is Moodle's syntax and uses only the wildcards `keys`.
///
/// ```
/// use ecm_core::exercise::moodle_formula::check_formula;
/// assert!(check_formula("{a}*pi()/sqrt({b})", &["a", "b"]).is_ok());
/// assert!(check_formula("{a}^2", &["a"]).unwrap_err().contains("pow"));
/// assert!(check_formula("{c}", &["a"]).is_err());
/// ```
pub fn check_formula(formula: &str, keys: &[&str]) -> Result<(), String> {
    if formula.trim().is_empty() {
        return Err("formula: empty".into());
    }
    for token in tokens(formula)? {
        if let Token::Wildcard(name) = token {
            if !keys.contains(&name) {
                return Err(format!(
                    "formula: {{{name}}} is not an input (inputs: {})",
                    keys.join(", ")
                ));
            }
        }
    }
    Ok(())
}

/// `formula` (checked Moodle syntax) in Canvas's syntax: `{x}` → `x`,
/// `pi()` → `pi`, `log` → `ln`, `log10` → `log`.
///
/// ```
/// use ecm_core::exercise::moodle_formula::to_canvas;
/// assert_eq!(to_canvas("{a}*pi()/log({b})").unwrap(), "a*pi/ln(b)");
/// assert_eq!(to_canvas("log10({a})").unwrap(), "log(a)");
/// ```
pub fn to_canvas(formula: &str) -> Result<String, String> {
    let list = tokens(formula)?;
    let mut out = String::with_capacity(formula.len());
    let mut skip_call = false;
    for token in list {
        match token {
            Token::Wildcard(name) => out.push_str(name),
            Token::Function("pi") => {
                out.push_str("pi");
                skip_call = true;
                continue;
            }
            Token::Function("log") => out.push_str("ln"),
            Token::Function("log10") => out.push_str("log"),
            Token::Function(name) => out.push_str(name),
            Token::Other(text) if skip_call && (text == "(" || text == ")") => {
                if text == ")" {
                    skip_call = false;
                }
                continue;
            }
            Token::Other(text) => out.push_str(text),
        }
        skip_call = false;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_the_syntax() {
        let keys = ["dphi", "vm"];
        assert!(check_formula("{dphi}*1e-3*96485.33212/({vm}*1e-6)/1e6", &keys).is_ok());
        assert!(check_formula("pow({dphi}, 2) + exp(-1.5E+2)", &keys).is_ok());
        for bad in [
            "",
            "{dphi",
            "({dphi}",
            "{dphi})",
            "e*{dphi}",
            "foo({vm})",
            "{vm}%2",
            "pi",
        ] {
            assert!(check_formula(bad, &keys).is_err(), "{bad}");
        }
    }

    #[test]
    fn converts_to_canvas() {
        assert_eq!(
            to_canvas("{dphi}*1e-3*96485.33212/({vm}*1e-6)/1e6").unwrap(),
            "dphi*1e-3*96485.33212/(vm*1e-6)/1e6"
        );
        assert_eq!(to_canvas("2*pi() * {r}").unwrap(), "2*pi * r");
    }
}
