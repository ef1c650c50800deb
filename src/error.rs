//! What the user is told when input is wrong: file, line, column, key,
//! what was found and what is allowed.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};

/// An error in a case file or rate table, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub file: String,
    pub line_col: Option<(usize, usize)>,
    pub key: Option<String>,
    pub problem: String,
    pub found: Option<String>,
    pub allowed: Option<String>,
    pub help: Option<String>,
}

impl InputError {
    /// An error about a whole file (cannot be read, not UTF-8, …).
    pub fn file(file: impl Into<String>, problem: impl Into<String>) -> Self {
        InputError {
            file: file.into(),
            line_col: None,
            key: None,
            problem: problem.into(),
            found: None,
            allowed: None,
            help: None,
        }
    }

    /// The key the problem is at.
    #[must_use]
    pub fn at_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    #[must_use]
    pub fn found(mut self, found: impl Into<String>) -> Self {
        self.found = Some(found.into());
        self
    }

    #[must_use]
    pub fn allowed(mut self, allowed: impl Into<String>) -> Self {
        self.allowed = Some(allowed.into());
        self
    }

    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl InputError {
    /// The whole message on one line, for a CSV cell or a log line:
    /// `file:line:col: `key`: problem; found: …; allowed: …; help: …`.
    #[must_use]
    pub fn one_line(&self) -> String {
        self.render(true)
    }

    /// `one_line` joins the parts with "; " and flattens line breaks; the
    /// display form puts each part on its own indented line.
    fn render(&self, one_line: bool) -> String {
        let mut s = self.file.clone();
        if let Some((line, col)) = self.line_col {
            s += &format!(":{line}:{col}");
        }
        s += ": ";
        if let Some(key) = &self.key {
            s += &format!("`{key}`: ");
        }
        s += &self.problem;
        for (name, part) in [
            ("found", &self.found),
            ("allowed", &self.allowed),
            ("help", &self.help),
        ] {
            let Some(part) = part else { continue };
            if one_line {
                s += &format!("; {name}: {}", part.replace('\n', " "));
            } else {
                s += &format!("\n  {:<9}{part}", format!("{name}:"));
            }
        }
        if one_line {
            s = s.replace('\n', " ");
        }
        s
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for InputError {}

/// The text of one input file, kept so that errors found after parsing can
/// still point at the line and column of the key they are about.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// Significant digits a number may have: every decimal with at most 15
/// significant digits survives TOML's float parsing exactly (SPEC 10).
pub const MAX_DIGITS: usize = 15;

/// The path that means standard input wherever a file is taken.
pub const STDIN_PATH: &str = "-";
/// How standard input is named in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// Whether a path given on the command line means standard input.
#[must_use]
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN_PATH
}

/// How a path given on the command line is named in every output and
/// message: as given, and standard input as `<stdin>`.
#[must_use]
pub fn shown(path: &Path) -> String {
    if is_stdin(path) {
        STDIN_NAME.to_string()
    } else {
        path.display().to_string()
    }
}

/// Standard input, read once: a rate table is read twice (its text for
/// messages, then its `extends` chain), and both must see the same bytes.
fn stdin_bytes() -> Result<Vec<u8>, InputError> {
    static STDIN: std::sync::OnceLock<Result<Vec<u8>, String>> = std::sync::OnceLock::new();
    STDIN
        .get_or_init(|| {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
                .map(|_| bytes)
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|e| InputError::file(STDIN_NAME, format!("cannot read standard input: {e}")))
}

impl Source {
    /// Read a file as UTF-8 text; `-` reads standard input, named `<stdin>`.
    pub fn read(path: &Path) -> Result<Source, InputError> {
        if is_stdin(path) {
            return Source::from_bytes(STDIN_NAME.to_string(), stdin_bytes()?);
        }
        let name = path.display().to_string();
        match read_bytes(path) {
            Ok(bytes) => Source::from_bytes(name, bytes),
            // Asked only when the read fails: a folder cannot be read as a file.
            Err(_) if path.is_dir() => Err(InputError::file(
                name,
                "is a directory, expected a TOML file",
            )),
            Err(e) => Err(InputError::file(
                &name,
                format!("cannot read the file: {e}"),
            )),
        }
    }

    /// Take bytes as UTF-8 text, locating the first invalid byte.
    pub fn from_bytes(name: String, bytes: Vec<u8>) -> Result<Source, InputError> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source { name, text }),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                let src = Source { name, text: valid };
                let mut err = InputError::file(&src.name, "is not valid UTF-8 text");
                err.line_col = Some(src.line_col(at));
                Err(err
                    .found(format!("byte 0x{:02x}", e.as_bytes()[at]))
                    .allowed("UTF-8 encoded TOML"))
            }
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or(&self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// The span of the value at a key path (`need.weekday_day`,
    /// `employer_tasks.bpa[2].minutes`), or of the nearest enclosing key
    /// present in this file.
    #[must_use]
    pub fn locate(&self, path: &str) -> Option<Range<usize>> {
        let root = DeTable::parse(&self.text).ok()?;
        let mut best = None;
        let mut value: &DeValue<'_> = &DeValue::Table(DeTable::default());
        let mut table = Some(root.get_ref());
        let mut first = true;
        for segment in split_path(path) {
            let next = match (&segment, first) {
                (Segment::Key(key), _) => {
                    let t = if first { table } else { value.as_table() };
                    t.and_then(|t| t.iter().find(|(k, _)| k.get_ref() == key))
                        .map(|(k, v)| (k.span(), v))
                }
                (Segment::Index(i), false) => value
                    .as_array()
                    .and_then(|a| a.get(*i))
                    .map(|v| (v.span(), v)),
                (Segment::Index(_), true) => None,
            };
            first = false;
            table = None;
            match next {
                Some((key_span, v)) => {
                    best = Some(if v.get_ref().is_table() {
                        key_span
                    } else {
                        v.span()
                    });
                    value = v.get_ref();
                }
                None => break,
            }
        }
        best
    }

    /// Check the syntax, the numbers and numbers written as strings, then
    /// deserialize the text into `T` with every error located at its key
    /// (unknown keys, types, missing keys), all in one reading of the text.
    pub fn deserialize<T: serde::de::DeserializeOwned>(&self) -> Result<T, InputError> {
        self.parse_case(&[]).map(|(t, _)| t)
    }

    /// An error about the key at `path`, located in this file.
    pub fn error_at(&self, path: &str, problem: impl Into<String>) -> InputError {
        let mut err = InputError::file(&self.name, problem);
        err.key = Some(path.to_string());
        err.line_col = self.locate(path).map(|s| self.line_col(s.start));
        err
    }

    /// Parse the TOML syntax and check every number: finite, in range and with
    /// at most [`MAX_DIGITS`] significant digits, so that no figure is
    /// silently changed by the float parser.
    pub fn check_syntax_and_numbers(&self) -> Result<(), InputError> {
        let root = self.parse_root()?;
        self.numbers_in(&DeValue::Table(root.into_inner()), false)
    }

    /// The text as a TOML document, or its syntax error (with the hint for a
    /// Danish decimal comma).
    fn parse_root(&self) -> Result<toml::Spanned<DeTable<'_>>, InputError> {
        DeTable::parse(&self.text).map_err(|e| {
            let mut err = InputError::file(&self.name, first_line(e.message()));
            err.line_col = e.span().map(|s| self.line_col(s.start));
            err = err.allowed("TOML syntax (https://toml.io)");
            // `40,5`: a Danish decimal comma where TOML wants a point.
            if let Some((line, _)) = err.line_col
                && let Some(text) = self.text.lines().nth(line - 1)
                && let Some(number) = comma_decimal(text)
            {
                err = err.help(format!(
                    "write {} with a decimal point; TOML numbers take no comma",
                    number.replace(',', ".")
                ));
            }
            err
        })
    }

    /// Every number finite, in range and exact (SPEC 10); with `strings`,
    /// also no number written as a string (SPEC 2). One walk over the values.
    fn numbers_in(&self, root: &DeValue<'_>, strings: bool) -> Result<(), InputError> {
        let mut found = ValueProblems {
            strings,
            ..ValueProblems::default()
        };
        walk_values(root, &mut Vec::new(), &mut found);
        if let Some((path, span, raw, why)) = found.number {
            let mut err = InputError::file(&self.name, why);
            err.key = Some(path);
            err.line_col = Some(self.line_col(span.start));
            return Err(err.found(raw).allowed(format!(
                "a finite number below 1,000,000,000,000,000 with at most {MAX_DIGITS} significant digits"
            )));
        }
        if let Some((path, span, raw)) = found.string {
            let mut err = InputError::file(&self.name, "wrong type");
            err.key = Some(path);
            err.line_col = Some(self.line_col(span.start));
            return Err(err.found(format!("string \"{raw}\"")).allowed(format!(
                "a number without quotes: {}",
                raw.trim().replace(',', ".")
            )));
        }
        Ok(())
    }

    /// A case file's checks in one reading of the text: syntax, numbers, a
    /// number written as a string (SPEC 2), and the kroner amounts at
    /// `amounts` written with exactly three decimals (returned: key, as
    /// written), then the file as `T` from the same reading.
    pub fn parse_case<T: serde::de::DeserializeOwned>(
        &self,
        amounts: &[&str],
    ) -> Result<(T, Vec<(String, String)>), InputError> {
        let root = self.parse_root()?;
        let span = root.span();
        let root = DeValue::Table(root.into_inner());
        self.numbers_in(&root, true)?;
        let DeValue::Table(t) = root else {
            return Err(InputError::file(&self.name, "not a TOML table"));
        };
        let three = three_decimals(&t, amounts);
        // Read once without tracking where serde is; only a file that fails
        // is read again to name the key the error is at.
        let de = toml::Deserializer::from(toml::Spanned::new(span, t));
        match T::deserialize(de) {
            Ok(file) => Ok((file, three)),
            Err(_) => Err(self.deserialize_error::<T>()),
        }
    }
}

impl Source {
    /// The error of deserializing the text into `T`, at the key it is about.
    fn deserialize_error<T: serde::de::DeserializeOwned>(&self) -> InputError {
        let de = match toml::Deserializer::parse(&self.text) {
            Ok(de) => de,
            Err(e) => {
                let mut err = InputError::file(&self.name, first_line(e.message()));
                err.line_col = e.span().map(|s| self.line_col(s.start));
                return err;
            }
        };
        match serde_path_to_error::deserialize::<_, T>(de) {
            Ok(_) => InputError::file(&self.name, "the file could not be read"),
            Err(e) => {
                let path = e.path().to_string();
                let inner = e.into_inner();
                from_serde(self, &path, inner.message(), inner.span())
            }
        }
    }
}

/// The kroner amounts at `amounts` written with exactly three decimals
/// (`12.000`, SPEC 2): key, as written. `table.*` is every key of a table
/// (a used-hours file's `after_invoice.*`).
fn three_decimals(t: &DeTable<'_>, amounts: &[&str]) -> Vec<(String, String)> {
    // One pass over the file's tables, each matched to its amounts by
    // name (a file has a handful of tables; no lookup per amount).
    let mut out: Vec<(usize, String, String)> = Vec::new();
    for (table, table_value) in t.iter() {
        let table: &str = table.get_ref();
        let Some(table_value) = table_value.get_ref().as_table() else {
            continue;
        };
        for (i, path) in amounts.iter().enumerate() {
            let Some(key) = path.strip_prefix(table).and_then(|k| k.strip_prefix('.')) else {
                continue;
            };
            for (k, v) in table_value.iter() {
                let k: &str = k.get_ref();
                if key != "*" && k != key {
                    continue;
                }
                let Some(raw) = v.get_ref().as_float().map(|f| f.as_str()) else {
                    continue;
                };
                if raw
                    .split_once('.')
                    .is_some_and(|(_, d)| d.len() == 3 && d.chars().all(|c| c.is_ascii_digit()))
                {
                    out.push((i, format!("{table}.{k}"), raw.to_string()));
                }
            }
        }
    }
    // In the order of `amounts`, each table's keys as written.
    out.sort_by_key(|(i, ..)| *i);
    out.into_iter().map(|(_, key, raw)| (key, raw)).collect()
}

/// A number written with a decimal comma after `=` (`weekday_day = 40,5`).
fn comma_decimal(line: &str) -> Option<String> {
    let value = line.split_once('=')?.1.trim();
    let value = value.split('#').next().unwrap_or("").trim();
    let (int, frac) = value.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(int) && digits(frac)).then(|| value.to_string())
}

/// Keys of a case or used file whose values are text; a number written as a
/// string anywhere else is a wrong type (SPEC 2).
const TEXT_KEYS: [&str; 12] = [
    "id",
    "scheme",
    "employer",
    "payroll",
    "rates",
    "model",
    "wage_scale",
    "admin_model",
    "days",
    "from",
    "to",
    "end",
];

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).trim().to_string()
}

enum Segment {
    Key(String),
    Index(usize),
}

fn split_path(path: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            if open > 0 {
                out.push(Segment::Key(rest[..open].to_string()));
            }
            rest = &rest[open..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let close = stripped.find(']').unwrap_or(stripped.len());
                if let Ok(i) = stripped[..close].parse() {
                    out.push(Segment::Index(i));
                }
                rest = stripped.get(close + 1..).unwrap_or("");
            }
        } else if !rest.is_empty() {
            out.push(Segment::Key(rest.to_string()));
        }
    }
    out
}

type NumberProblem = (String, Range<usize>, String, String);

/// One step of the way to a value: a key or an index.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The dotted path of a way of steps: `schedule[0].from`.
fn path_of(steps: &[Step<'_>]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Key(k) if path.is_empty() => path.push_str(k),
            Step::Key(k) => {
                path.push('.');
                path.push_str(k);
            }
            Step::Index(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}

/// The first problems of a walk over every value: a float that cannot be
/// taken exactly, and (when `strings`) a number written as a string where
/// a number belongs, a string straight under a key other than [`TEXT_KEYS`].
#[derive(Default)]
struct ValueProblems {
    strings: bool,
    number: Option<NumberProblem>,
    string: Option<(String, Range<usize>, String)>,
}

/// Walk every value under `value`; the way to a value is written out only
/// for a problem.
fn walk_values<'a>(value: &'a DeValue<'a>, steps: &mut Vec<Step<'a>>, found: &mut ValueProblems) {
    let mut visit =
        |step: Step<'a>, v: &'a toml::Spanned<DeValue<'a>>, steps: &mut Vec<Step<'a>>| {
            let key = match step {
                Step::Key(k) => Some(k),
                Step::Index(_) => None,
            };
            steps.push(step);
            match v.get_ref() {
                DeValue::String(text) => {
                    if found.strings
                        && found.string.is_none()
                        && key.is_some_and(|k| !TEXT_KEYS.contains(&k))
                        && text.trim().replace(',', ".").parse::<Decimal>().is_ok()
                    {
                        found.string = Some((path_of(steps), v.span(), text.to_string()));
                    }
                }
                other => {
                    if found.number.is_none()
                        && let Some(raw) = other.as_float().map(|f| f.as_str())
                        && let Some(why) = float_problem(raw)
                    {
                        found.number = Some((path_of(steps), v.span(), raw.to_string(), why));
                    }
                    walk_values(other, steps, found);
                }
            }
            steps.pop();
        };
    match value {
        DeValue::Table(t) => {
            for (k, v) in t.iter() {
                visit(Step::Key(k.get_ref()), v, steps);
            }
        }
        DeValue::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                visit(Step::Index(i), v, steps);
            }
        }
        _ => {}
    }
}

/// Why a float as written cannot be taken exactly, if it cannot.
fn float_problem(raw: &str) -> Option<String> {
    // The usual figure, such as `147.84`: digits around one point, short
    // enough to be exact; nothing to check further.
    let digits = raw.bytes().filter(u8::is_ascii_digit).count();
    let plain = raw
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && raw.bytes().filter(|b| *b == b'.').count() <= 1;
    if plain && digits <= MAX_DIGITS {
        return None;
    }
    let clean: String = raw.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if lower.contains("inf") || lower.contains("nan") {
        return Some("not a finite number".into());
    }
    let parsed = if lower.contains('e') {
        Decimal::from_scientific(&lower).ok()
    } else {
        clean.parse::<Decimal>().ok()
    };
    let Some(d) = parsed else {
        return Some("number out of range".into());
    };
    if d.abs() >= Decimal::from(1_000_000_000_000_000_i64) {
        return Some("number out of range".into());
    }
    let mantissa = lower.split('e').next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_start_matches('0').len();
    (significant > MAX_DIGITS).then(|| format!("too many significant digits ({significant})"))
}

/// Turn a serde error from deserializing `src` into an [`InputError`]:
/// unknown keys get the list of allowed keys and a did-you-mean.
pub fn from_serde(
    src: &Source,
    path: &str,
    message: &str,
    span: Option<Range<usize>>,
) -> InputError {
    let message = first_line(message);
    let located = |key: Option<String>, problem: String| {
        let mut err = InputError::file(&src.name, problem);
        err.line_col = span
            .clone()
            .or_else(|| key.as_deref().and_then(|k| src.locate(k)))
            .map(|s| src.line_col(s.start));
        err.key = key;
        err
    };
    let path_key = (!path.is_empty() && path != ".").then(|| path.to_string());

    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (name, expected) = split_expected(rest);
        let allowed = backticked(expected);
        let mut err = located(path_key, "unknown key".into()).found(name.clone());
        if let Some(best) = did_you_mean(&name, &allowed) {
            err = err.help(format!("did you mean `{best}`?"));
        }
        return err.allowed(allowed.join(", "));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (name, expected) = split_expected(rest);
        let allowed = backticked(expected);
        let mut err = located(path_key, "value not allowed".into()).found(format!("\"{name}\""));
        if let Some(best) = did_you_mean(&name, &allowed) {
            err = err.help(format!("did you mean \"{best}\"?"));
        }
        return err.allowed(
            allowed
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let key = match &path_key {
            Some(p) => format!("{p}.{name}"),
            None => name.to_string(),
        };
        let mut err = InputError::file(&src.name, "missing required key");
        err.line_col = path_key
            .as_deref()
            .and_then(|p| src.locate(p))
            .map(|s| src.line_col(s.start));
        err.key = Some(key);
        if name == "source" {
            err = err.allowed(
                "source = \"…\": where the figure was published, or the arithmetic that derived it",
            );
        }
        return err;
    }
    for (prefix, problem) in [
        ("invalid type: ", "wrong type"),
        ("invalid value: ", "value not allowed"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            return located(path_key, problem.into())
                .found(found.replace("floating point", "number"))
                .allowed(friendly_expected(expected));
        }
    }
    located(path_key, message)
}

fn split_expected(rest: &str) -> (String, &str) {
    let name = rest.split('`').next().unwrap_or(rest).to_string();
    let expected = rest.split_once(", expected ").map_or("", |(_, e)| e);
    (name, expected)
}

fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

pub fn did_you_mean(name: &str, allowed: &[String]) -> Option<String> {
    allowed
        .iter()
        .map(|a| (strsim::jaro_winkler(name, a), a))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, a)| a.clone())
}

fn friendly_expected(expected: &str) -> String {
    match expected {
        e if e.contains("Decimal") => "a number".into(),
        "u32" => "a whole number from 0 to 4,294,967,295".into(),
        "u16" => "a whole number from 0 to 65,535".into(),
        "u8" | "usize" | "u64" => "a whole number, 0 or more".into(),
        "a boolean" => "true or false".into(),
        e => e.to_string(),
    }
}

/// A file's bytes, without asking the file's size first as `fs::read` does:
/// one system call less for every case file of a batch.
fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(4096);
    // Through `Take`, which gives no size hint: `File`'s own read_to_end
    // asks for the size and the position.
    std::fs::File::open(path)?
        .take(u64::MAX)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source {
            name: "case.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn locates_a_nested_key() {
        let s = src("id = \"x\"\n[need]\nweekday_day = 5.0\n");
        let span = s.locate("need.weekday_day").unwrap();
        assert_eq!(s.line_col(span.start), (3, 15));
    }

    #[test]
    fn rejects_more_than_fifteen_significant_digits() {
        let err = src("a = 0.1234567890123456\n")
            .check_syntax_and_numbers()
            .unwrap_err();
        assert_eq!(err.line_col, Some((1, 5)));
        assert!(err.problem.contains("16"), "{err}");
        assert!(
            src("a = 123456789012.345\n")
                .check_syntax_and_numbers()
                .is_ok()
        );
    }

    #[test]
    fn rejects_absurd_and_non_finite_numbers() {
        assert!(
            src("a = 1e30\n")
                .check_syntax_and_numbers()
                .unwrap_err()
                .problem
                .contains("range")
        );
        assert!(
            src("a = nan\n")
                .check_syntax_and_numbers()
                .unwrap_err()
                .problem
                .contains("finite")
        );
    }

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let e = from_serde(
            &src("x"),
            "need.weekday_dya",
            "unknown field `weekday_dya`, expected `weekday_day` or `saturday`",
            Some(0..1),
        );
        assert_eq!(e.help.as_deref(), Some("did you mean `weekday_day`?"));
        assert_eq!(e.allowed.as_deref(), Some("weekday_day, saturday"));
    }
}
