//! A small unsigned big integer for exact decimal ↔ binary conversion
//! (`decimal_parser`, `decimal_writer`): only the operations they need.

/// An unsigned big integer, 32-bit limbs, least significant first.
#[derive(Clone)]
pub(crate) struct Big(pub(crate) Vec<u32>);

impl Big {
    pub(crate) fn from_digits(digits: &[u8]) -> Self {
        let mut b = Big(vec![0]);
        for chunk in digits.chunks(9) {
            let v = chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d));
            b.mul_add(10u32.pow(chunk.len() as u32), v);
        }
        b
    }

    pub(crate) fn mul_add(&mut self, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    pub(crate) fn mul_pow10(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(9);
            self.mul_add(10u32.pow(step), 0);
            n -= step;
        }
    }

    pub(crate) fn trim(&mut self) {
        while self.0.len() > 1 && self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    pub(crate) fn bit_len(&self) -> u32 {
        let top = self.0.iter().rposition(|&l| l != 0);
        top.map_or(0, |i| i as u32 * 32 + 32 - self.0[i].leading_zeros())
    }

    pub(crate) fn shl(&mut self, n: u32) {
        let (limbs, bits) = ((n / 32) as usize, n % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = (v << bits) | carry;
                carry = v >> (32 - bits);
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    pub(crate) fn shr1(&mut self) {
        let mut carry = 0u32;
        for limb in self.0.iter_mut().rev() {
            let v = *limb;
            *limb = (v >> 1) | (carry << 31);
            carry = v & 1;
        }
        self.trim();
    }

    pub(crate) fn ge(&self, other: &Big) -> bool {
        let (a, b) = (self.bit_len(), other.bit_len());
        if a != b {
            return a > b;
        }
        let n = self.0.len().max(other.0.len());
        for i in (0..n).rev() {
            let (x, y) = (
                self.0.get(i).copied().unwrap_or(0),
                other.0.get(i).copied().unwrap_or(0),
            );
            if x != y {
                return x > y;
            }
        }
        true
    }

    /// `self -= other`, with `self >= other`.
    pub(crate) fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(v < 0);
            *limb = (v + (borrow << 32)) as u32;
        }
        self.trim();
    }

    pub(crate) fn top64(&self) -> (u64, bool, i32) {
        let len = self.bit_len() as i32;
        let mut t = self.clone();
        if len <= 64 {
            t.shl((64 - len) as u32);
            let v = u64::from(t.0[0]) | u64::from(t.0.get(1).copied().unwrap_or(0)) << 32;
            return (v, false, len - 64);
        }
        let drop = (len - 64) as u32;
        let (limbs, bits) = ((drop / 32) as usize, drop % 32);
        let sticky = t.0[..limbs].iter().any(|&l| l != 0)
            || (bits > 0 && t.0[limbs] & ((1 << bits) - 1) != 0);
        let word = |i: usize| u128::from(t.0.get(i).copied().unwrap_or(0));
        let window = word(limbs) | word(limbs + 1) << 32 | word(limbs + 2) << 64;
        ((window >> bits) as u64, sticky, drop as i32)
    }

    /// The quotient `self / den` when it is below 2^127, and whether a
    /// remainder is left.
    pub(crate) fn div_small_quotient(mut self, den: &Big) -> (u128, bool) {
        let span = self.bit_len().saturating_sub(den.bit_len()).min(126);
        let mut d = den.clone();
        d.shl(span);
        let mut q = 0u128;
        for i in (0..=span).rev() {
            if self.ge(&d) {
                self.sub(&d);
                q |= 1 << i;
            }
            d.shr1();
        }
        (q, self.bit_len() > 0)
    }

    /// Divides by `d` in place and returns the remainder.
    pub(crate) fn div_rem_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / u64::from(d)) as u32;
            rem = v % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    /// Multiplies by 5^`n`.
    pub(crate) fn mul_pow5(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(13);
            self.mul_add(5u32.pow(step), 0);
            n -= step;
        }
    }

    /// The decimal digits, most significant first ("0" is `[0]`).
    pub(crate) fn decimal_digits(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while self.bit_len() > 0 {
            chunks.push(self.div_rem_small(1_000_000_000));
        }
        let mut out = Vec::new();
        for (i, c) in chunks.iter().rev().enumerate() {
            let text = c.to_string();
            if i > 0 {
                out.extend(std::iter::repeat_n(0, 9 - text.len()));
            }
            out.extend(text.bytes().map(|b| b - b'0'));
        }
        if out.is_empty() {
            out.push(0);
        }
        out
    }
}
