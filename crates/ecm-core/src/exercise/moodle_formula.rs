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
/// `pi()` → `pi`, `log` → `ln`, `log10` → `log`, `pow(a, b)` → `((a)^(b))`
/// and `exp(a)` → `(e^(a))` (Canvas writes powers with `^` and reads the
/// letter e as the constant), and a number with an exponent as plain
/// decimals (`1e-3` → `0.001`: in Canvas the e would be the constant).
///
/// ```
/// use ecm_core::exercise::moodle_formula::to_canvas;
/// assert_eq!(to_canvas("{a}*pi()/log({b})").unwrap(), "a*pi/ln(b)");
/// assert_eq!(to_canvas("log10({a})").unwrap(), "log(a)");
/// assert_eq!(to_canvas("pow({a}*1e-3, 2)").unwrap(), "((a*0.001)^(2))");
/// assert_eq!(to_canvas("exp(-{q}/8.314)").unwrap(), "(e^(-q/8.314))");
/// ```
pub fn to_canvas(formula: &str) -> Result<String, String> {
    let list = tokens(formula)?;
    let mut out = String::with_capacity(formula.len() + 16);
    canvas_into(&list, &mut out)?;
    Ok(out)
}

/// Writes `list` (a checked formula's tokens, or one argument's) to `out`
/// in Canvas's syntax.
fn canvas_into(list: &[Token<'_>], out: &mut String) -> Result<(), String> {
    let mut i = 0;
    while i < list.len() {
        match list[i] {
            Token::Wildcard(name) => out.push_str(name),
            Token::Function(name @ ("pi" | "pow" | "exp")) => {
                // The call's arguments: from its “(” to the matching “)”.
                let (args, next) = call_arguments(list, i + 1)?;
                match (name, args.as_slice()) {
                    ("pi", _) => out.push_str("pi"),
                    ("pow", [base, power]) => {
                        out.push_str("((");
                        canvas_into(base, out)?;
                        out.push_str(")^(");
                        canvas_into(power, out)?;
                        out.push_str("))");
                    }
                    ("exp", [power]) => {
                        out.push_str("(e^(");
                        canvas_into(power, out)?;
                        out.push_str("))");
                    }
                    _ => {
                        return Err(format!(
                            "formula: {name}() takes {} argument{}",
                            if name == "pow" { "two" } else { "one" },
                            if name == "pow" { "s" } else { "" }
                        ))
                    }
                }
                i = next;
                continue;
            }
            Token::Function("log") => out.push_str("ln"),
            Token::Function("log10") => out.push_str("log"),
            Token::Function(name) => out.push_str(name),
            Token::Other(text) => match plain_decimal(text) {
                Some(plain) => out.push_str(&plain),
                None => out.push_str(text),
            },
        }
        i += 1;
    }
    Ok(())
}

/// The arguments of the call whose “(” is `list[open]`, split at its own
/// commas, and the index after its “)”.
fn call_arguments<'t, 'a>(
    list: &'t [Token<'a>],
    open: usize,
) -> Result<(Vec<&'t [Token<'a>]>, usize), String> {
    if list.get(open) != Some(&Token::Other("(")) {
        return Err("formula: a function without its “(”".into());
    }
    let trim = |mut a: &'t [Token<'a>]| {
        while let [Token::Other(" "), rest @ ..] = a {
            a = rest;
        }
        while let [rest @ .., Token::Other(" ")] = a {
            a = rest;
        }
        a
    };
    let mut depth = 0;
    let mut args = Vec::new();
    let mut from = open + 1;
    for (k, token) in list.iter().enumerate().skip(open) {
        match token {
            Token::Other("(") => depth += 1,
            Token::Other(")") => {
                depth -= 1;
                if depth == 0 {
                    if !trim(&list[from..k]).is_empty() {
                        args.push(trim(&list[from..k]));
                    }
                    return Ok((args, k + 1));
                }
            }
            Token::Other(",") if depth == 1 => {
                args.push(trim(&list[from..k]));
                from = k + 1;
            }
            _ => {}
        }
    }
    Err("formula: a “(” is not closed".into())
}

/// A number written with an exponent (`1.5e-3`, `2E+6`) as plain decimals
/// (`0.0015`, `2000000`), digit for digit; `None` for anything else.
fn plain_decimal(text: &str) -> Option<String> {
    let (mantissa, exponent) = text.split_once(['e', 'E'])?;
    let shift: i64 = exponent
        .strip_prefix('+')
        .unwrap_or(exponent)
        .parse()
        .ok()?;
    if shift.abs() > 40 {
        return None;
    }
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // The decimal point's place in `digits`, after the shift.
    let point = whole.len() as i64 + shift;
    let padded = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    // Tidy: no leading zeros before the point, no trailing zeros after it.
    let tidy = match padded.split_once('.') {
        Some((w, f)) => {
            let f = f.trim_end_matches('0');
            let w = w.trim_start_matches('0');
            let w = if w.is_empty() { "0" } else { w };
            if f.is_empty() {
                w.to_string()
            } else {
                format!("{w}.{f}")
            }
        }
        None => {
            let w = padded.trim_start_matches('0');
            if w.is_empty() { "0" } else { w }.to_string()
        }
    };
    Some(tidy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_exponents_become_plain_decimals() {
        for (text, plain) in [
            ("1e-3", "0.001"),
            ("1E-6", "0.000001"),
            ("96485.33212e0", "96485.33212"),
            ("8.314e3", "8314"),
            ("2E+6", "2000000"),
            ("1.5e-3", "0.0015"),
            ("0.25e1", "2.5"),
            ("12.5e-1", "1.25"),
        ] {
            assert_eq!(plain_decimal(text).as_deref(), Some(plain), "{text}");
        }
        assert_eq!(plain_decimal("1.5"), None);
    }

    #[test]
    fn canvas_has_carets_and_its_own_names() {
        assert_eq!(
            to_canvas("pow(pow({a}, 2), 0.5)/exp(1)").unwrap(),
            "((((a)^(2)))^(0.5))/(e^(1))"
        );
        assert_eq!(
            to_canvas("{dphi}*1e-3*96485.33212/({vm}*1e-6)/1e6").unwrap(),
            "dphi*0.001*96485.33212/(vm*0.000001)/1000000"
        );
        assert!(to_canvas("pow({a})").is_err());
        assert!(!to_canvas("sqrt({a}) + log10(2)").unwrap().contains('{'));
    }

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
            "dphi*0.001*96485.33212/(vm*0.000001)/1000000"
        );
        assert_eq!(to_canvas("2*pi() * {r}").unwrap(), "2*pi * r");
    }
}
