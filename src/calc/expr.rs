//! SPEC 10: the arithmetic of a line as a plain expression over decimal
//! literals (`2081.50 * 147.74 * 0.035`), and its exact evaluation.
//!
//! The expression is written from the line's basis, so the human formula and
//! the machine one are the same; evaluated exactly and rounded half away from
//! zero to the line's decimals it gives the printed amount. Evaluation keeps a
//! fraction (numerator and denominator) and divides once at the end, so no
//! intermediate division loses a digit.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::{Basis, Term};

/// The expression of a basis: numbers as printed (a percent as its factor,
/// `3,50 %` → `0.0350`), operators in ASCII, words left out.
#[must_use]
pub fn of(basis: &Basis) -> String {
    let mut out = String::new();
    for term in &basis.0 {
        let piece = match term {
            Term::Num {
                value, dp, unit, ..
            } => {
                let v = crate::money::round(*value, *dp);
                if unit.en == "%" {
                    let mut f = v / Decimal::ONE_HUNDRED;
                    f.rescale(dp + 2);
                    f.to_string()
                } else {
                    v.to_string()
                }
            }
            Term::Op(op) => match *op {
                "×" => "*".to_string(),
                "−" => "-".to_string(),
                "max(" => "max(".to_string(),
                "min(" => "min(".to_string(),
                other => other.to_string(),
            },
            Term::Word(_) | Term::Said(_) => continue,
        };
        if !(out.is_empty() || out.ends_with('(') || piece == ")" || piece == ",") {
            out.push(' ');
        }
        out.push_str(&piece);
    }
    out
}

/// An exact fraction.
#[derive(Debug, Clone, Copy)]
struct Frac {
    num: Decimal,
    den: Decimal,
}

impl Frac {
    fn of(v: Decimal) -> Frac {
        Frac {
            num: v,
            den: Decimal::ONE,
        }
    }
    fn add(self, o: Frac, sign: Decimal) -> Option<Frac> {
        if self.den == o.den {
            return Some(Frac {
                num: self.num.checked_add(o.num.checked_mul(sign)?)?,
                den: self.den,
            });
        }
        let a = self.num.checked_mul(o.den)?;
        let b = o.num.checked_mul(self.den)?.checked_mul(sign)?;
        Some(Frac {
            num: a.checked_add(b)?,
            den: self.den.checked_mul(o.den)?,
        })
    }
    fn mul(self, o: Frac) -> Option<Frac> {
        Some(Frac {
            num: self.num.checked_mul(o.num)?,
            den: self.den.checked_mul(o.den)?,
        })
    }
    fn div(self, o: Frac) -> Option<Frac> {
        if o.num.is_zero() {
            return None;
        }
        let (mut num, mut den) = (self.num.checked_mul(o.den)?, self.den.checked_mul(o.num)?);
        if den.is_sign_negative() {
            num = -num;
            den = -den;
        }
        Some(Frac { num, den })
    }
    fn cmp(self, o: Frac) -> Option<Ordering> {
        Some(
            self.num
                .checked_mul(o.den)?
                .cmp(&o.num.checked_mul(self.den)?),
        )
    }
    fn value(self) -> Option<Decimal> {
        self.num.checked_div(self.den)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(Decimal),
    Op(char),
    Func(bool), // true = max, false = min
}

fn tokens(s: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            out.push(Tok::Num(s[start..i].parse().ok()?));
        } else if s[i..].starts_with("max") || s[i..].starts_with("min") {
            out.push(Tok::Func(s[i..].starts_with("max")));
            i += 3;
        } else if "+-*/(),".contains(c) {
            out.push(Tok::Op(c));
            i += 1;
        } else {
            return None;
        }
    }
    Some(out)
}

struct Parser {
    toks: Vec<Tok>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Op(c)) {
            self.at += 1;
            true
        } else {
            false
        }
    }
    fn sum(&mut self) -> Option<Frac> {
        let mut v = self.product()?;
        loop {
            if self.eat('+') {
                v = v.add(self.product()?, Decimal::ONE)?;
            } else if self.eat('-') {
                v = v.add(self.product()?, Decimal::NEGATIVE_ONE)?;
            } else {
                return Some(v);
            }
        }
    }
    fn product(&mut self) -> Option<Frac> {
        let mut v = self.unary()?;
        loop {
            if self.eat('*') {
                v = v.mul(self.unary()?)?;
            } else if self.eat('/') {
                v = v.div(self.unary()?)?;
            } else {
                return Some(v);
            }
        }
    }
    fn unary(&mut self) -> Option<Frac> {
        if self.eat('-') {
            let v = self.unary()?;
            return Some(Frac {
                num: -v.num,
                den: v.den,
            });
        }
        self.atom()
    }
    fn atom(&mut self) -> Option<Frac> {
        match self.peek()?.clone() {
            Tok::Num(n) => {
                self.at += 1;
                Some(Frac::of(n))
            }
            Tok::Op('(') => {
                self.at += 1;
                let v = self.sum()?;
                self.eat(')').then_some(v)
            }
            Tok::Func(max) => {
                self.at += 1;
                if !self.eat('(') {
                    return None;
                }
                let mut best = self.sum()?;
                while self.eat(',') {
                    let v = self.sum()?;
                    let later = v.cmp(best)?;
                    if (max && later == Ordering::Greater) || (!max && later == Ordering::Less) {
                        best = v;
                    }
                }
                self.eat(')').then_some(best)
            }
            Tok::Op(_) => None,
        }
    }
}

/// Evaluate an expression exactly; `None` when it is not one (or overflows).
#[must_use]
pub fn eval(expr: &str) -> Option<Decimal> {
    let mut p = Parser {
        toks: tokens(expr)?,
        at: 0,
    };
    let v = p.sum()?;
    if p.at != p.toks.len() {
        return None;
    }
    v.value()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::t;
    use rust_decimal_macros::dec;

    #[test]
    fn evaluates_with_precedence_parentheses_and_max() {
        // 2081.50 × 147.74 = 307,520.81; × 0.035 = 10,763.22835
        assert_eq!(eval("2081.50 * 147.74 * 0.035"), Some(dec!(10763.22835)));
        assert_eq!(eval("1 + 2 * 3"), Some(dec!(7)));
        assert_eq!(eval("(1 + 2) * 3"), Some(dec!(9)));
        assert_eq!(eval("max(0, 2 - 3) * 5"), Some(dec!(0)));
        assert_eq!(eval("min(4, 2 - 3)"), Some(dec!(-1)));
        assert_eq!(eval("- 5 + 2"), Some(dec!(-3)));
        assert_eq!(eval("1 +"), None);
        assert_eq!(eval("1 / 0"), None);
    }

    #[test]
    fn a_fraction_is_divided_once_at_the_end() {
        // 792 / 2376 × 1635 = 545 exactly; a rounded third would give 544.99…
        assert_eq!(eval("792.00 / (12 * 198.00) * 1635.00"), Some(dec!(545)));
    }

    #[test]
    fn the_expression_uses_the_numbers_as_printed() {
        let b = Basis::new()
            .hours(dec!(1628.04333))
            .times()
            .kr_h(dec!(147.74))
            .times()
            .pct(dec!(30))
            .word(t("fordelt", "split"));
        assert_eq!(of(&b), "1628.04 * 147.74 * 0.3000");
    }
}
