//! `cargo bench --bench batch`: the speed goals as ratios, measured in one run.
//!
//! Each measure runs the release `bpa` and a reference command in turn (A B A
//! B …) and takes the ratio of their wall times pair by pair, so a host that
//! speeds up or slows down during the run disturbs both alike; the median
//! ratio is printed against its goal:
//! - one `bpa calc` against `/bin/true`: at most 4 ×;
//! - `bpa batch` over 10,000 and 50,000 generated cases (schedules, periods,
//!   five grant years, municipal tables; see `common/cases.rs`) against `cat`
//!   of the same files: at most 2,5 × with `--jobs 2`, 4 × with `--jobs 1`,
//!   as CSV and as JSON lines;
//! - the peak memory of the batch at 50,000 cases: at most 48 MiB.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

#[path = "common/cases.rs"]
mod cases;

/// A finished run: wall seconds and the process's own peak RSS in KiB.
struct Run {
    seconds: f64,
    peak_kib: i64,
}

/// Run a command once with its output thrown away.
// The child is reaped by wait4, which also gives its own peak memory.
#[allow(clippy::zombie_processes)]
fn run(cmd: &mut Command) -> Run {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start a command");
    let pid = i32::try_from(child.id()).expect("a pid fits i32");
    let mut status = 0;
    // SAFETY: wait4 on our own child, with valid out-pointers; zeroed rusage is a valid value.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::wait4(pid, &raw mut status, 0, &raw mut usage);
        usage
    };
    let seconds = start.elapsed().as_secs_f64();
    // Exit 65 is expected: a generated set holds some invalid cases.
    assert!(
        libc::WIFEXITED(status) && matches!(libc::WEXITSTATUS(status), 0 | 65),
        "a command failed"
    );
    Run {
        seconds,
        peak_kib: usage.ru_maxrss,
    }
}

/// The median of some figures.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Run A and B in turn `pairs` times (after one of each to warm the
/// caches): the median ratio A/B of wall times, A's median seconds and its
/// largest peak memory in MiB.
fn paired(pairs: usize, a: &dyn Fn() -> Command, b: &dyn Fn() -> Command) -> (f64, f64, f64) {
    run(&mut a());
    run(&mut b());
    let (mut ratios, mut seconds, mut peak) = (Vec::new(), Vec::new(), 0);
    for _ in 0..pairs {
        let ra = run(&mut a());
        let rb = run(&mut b());
        ratios.push(ra.seconds / rb.seconds);
        seconds.push(ra.seconds);
        peak = peak.max(ra.peak_kib);
    }
    #[allow(clippy::cast_precision_loss)] // MiB for a person to read
    let mib = peak as f64 / 1024.0;
    (median(ratios), median(seconds), mib)
}

/// The case files of a set, relative to its folder, for `cat`.
fn files(cases: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(cases)
        .expect("the cases folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .expect("a folder of cases")
            .flatten()
            .map(|e| e.path())
            .collect();
        names.sort();
        out.extend(
            names
                .iter()
                .filter_map(|p| p.strip_prefix(cases).ok().map(|r| r.display().to_string())),
        );
    }
    out
}

/// One line of the report.
fn line(what: &str, ratio: f64, goal: f64, seconds: f64, mib: f64) {
    let verdict = if ratio <= goal { "met" } else { "NOT MET" };
    println!(
        "{what:<44} {ratio:>6.2} × {goal:>5.1} × {verdict:<8} {seconds:>8.3} s {mib:>7.1} MiB"
    );
}

fn main() {
    // `cargo test --benches` passes `--bench`-less flags; only time under `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_bpa"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("Paired against a reference command; median of the pairs' ratios of wall time.");
    println!(
        "{:<44} {:>8} {:>7} {:<8} {:>10} {:>11}",
        "measure", "ratio", "goal", "", "median", "peak"
    );
    let calc = || {
        let mut c = Command::new(bin);
        c.arg("calc").arg(root.join("examples/kt-30h.toml"));
        c
    };
    let (ratio, seconds, mib) = paired(51, &calc, &|| Command::new("/bin/true"));
    line("calc kt-30h.toml vs /bin/true", ratio, 4.0, seconds, mib);
    for n in [10_000, 50_000] {
        let dir = std::env::temp_dir().join(format!("bpa-bench-{n}"));
        let cases = cases::write_set(&dir, n);
        let list = files(&cases);
        let cat = || {
            let mut c = Command::new("cat");
            c.current_dir(&cases).args(&list);
            c
        };
        for (format, jobs, goal) in [
            ("csv", "2", 2.5),
            ("csv", "1", 4.0),
            ("json", "2", 2.5),
            ("json", "1", 4.0),
        ] {
            let batch = || {
                let mut c = Command::new(bin);
                c.current_dir(&dir)
                    .args(["batch", "cases", "--format", format, "--jobs", jobs]);
                c
            };
            let (ratio, seconds, mib) = paired(5, &batch, &cat);
            let what = format!("batch {n} cases, {format}, --jobs {jobs} vs cat");
            line(&what, ratio, goal, seconds, mib);
            if n == 50_000 {
                let verdict = if mib <= 48.0 { "met" } else { "NOT MET" };
                println!(
                    "{:<44} {mib:>6.1} MiB, goal 48 MiB: {verdict}",
                    "  peak memory"
                );
            }
        }
        if std::env::var_os("BPA_BENCH_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}
