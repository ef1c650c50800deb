//! `cargo bench --bench batch`: generate varied case files, run the release
//! `bpa batch` over them and print cases per second and peak memory. Two
//! sizes show whether memory stays flat as the number of cases grows.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

#[path = "common/cases.rs"]
mod cases;
use cases::{Lcg, case};

/// `n` copies of one example case, each with its own id and `year`, in a
/// fresh folder, 100 to a subfolder: the cost of one kind of case.
fn copies(name: &str, example: &str, year: u16, n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-bench-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(example))
        .expect("read the example");
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).expect("create the bench folder");
        }
        let case: String = text
            .lines()
            .map(|l| {
                if l.starts_with("id = ") {
                    format!("id = \"{name}-{i:05}\"")
                } else if l.starts_with("year = ") {
                    format!("year = {year}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(sub.join(format!("case-{i:05}.toml")), case).expect("write a bench case");
    }
    dir
}

/// Write `n` case files into a fresh folder, 100 to a subfolder.
fn generate(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-bench-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    let mut rng = Lcg(42);
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).expect("create the bench folder");
        }
        std::fs::write(sub.join(format!("case-{i:05}.toml")), case(i, &mut rng))
            .expect("write a bench case");
    }
    dir
}

/// Run `bpa batch` once: wall seconds, the child's own peak RSS in KiB and
/// its CPU seconds (user + system), which a busy host disturbs less.
// The child is reaped by wait4, which also gives its own peak memory.
#[allow(clippy::zombie_processes)]
fn run(bin: &Path, dir: &Path, args: &[&str]) -> (f64, i64, f64) {
    let start = Instant::now();
    let child = Command::new(bin)
        .args(["batch", "--format", "csv"])
        .args(args)
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start bpa");
    let pid = i32::try_from(child.id()).expect("a pid fits i32");
    let mut status = 0;
    // SAFETY: wait4 on our own child, with valid out-pointers; zeroed rusage is a valid value.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::wait4(pid, &raw mut status, 0, &raw mut usage);
        usage
    };
    let seconds = start.elapsed().as_secs_f64();
    // Exit 65 is expected: the generated set holds some invalid cases.
    assert!(
        libc::WIFEXITED(status) && matches!(libc::WEXITSTATUS(status), 0 | 65),
        "bpa batch failed"
    );
    #[allow(clippy::cast_precision_loss)] // seconds for a person to read
    let cpu = [usage.ru_utime, usage.ru_stime]
        .iter()
        .map(|t| t.tv_sec as f64 + t.tv_usec as f64 / 1e6)
        .sum();
    (seconds, usage.ru_maxrss, cpu)
}

fn main() {
    // `cargo test --benches` passes `--bench`-less flags; only time under `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_bpa"));
    println!("bpa batch over generated cases (best of 3 runs)");
    println!(
        "{:>8} {:>10} {:>12} {:>14}",
        "cases", "seconds", "cases/s", "peak RSS MiB"
    );
    for n in [1_000, 10_000] {
        let dir = generate(n);
        let runs: Vec<(f64, i64, f64)> = (0..3).map(|_| run(bin, &dir, &[])).collect();
        let best = runs.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
        let peak = runs.iter().map(|r| r.1).max().unwrap_or(0);
        #[allow(clippy::cast_precision_loss)] // figures for a person to read
        let (rate, mib) = (n as f64 / best, peak as f64 / 1024.0);
        println!("{n:>8} {best:>10.3} {rate:>12.0} {mib:>14.1}");
        if std::env::var_os("BPA_BENCH_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    // One kind of case at a time: `[need]` on one rate for the year, `[need]`
    // on rates that change during the year, and a schedule on the calendar.
    println!(
        "\n5,000 copies of one case (one thread, best of 3 runs; CPU = user + system seconds)"
    );
    println!(
        "{:<34} {:>8} {:>8} {:>14}",
        "case", "seconds", "CPU", "CPU × need"
    );
    let kinds = [
        (
            "need-2026",
            "examples/kt-30h.toml",
            2026,
            "kt-30h, 2026 (one base wage)",
        ),
        (
            "need-2025",
            "examples/kt-30h.toml",
            2025,
            "kt-30h, 2025 (dated base wage)",
        ),
        (
            "schedule-2025",
            "examples/bpa-schedule.toml",
            2025,
            "bpa-schedule, 2025 (dated)",
        ),
        (
            "schedule-2026",
            "examples/bpa-schedule.toml",
            2026,
            "bpa-schedule, 2026",
        ),
    ];
    let mut first = None;
    for (name, example, year, label) in kinds {
        let dir = copies(name, example, year, 5_000);
        // One thread, so CPU seconds are the cases' own work.
        let runs: Vec<(f64, i64, f64)> = (0..3).map(|_| run(bin, &dir, &["--jobs", "1"])).collect();
        let best = runs.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
        let cpu = runs.iter().map(|r| r.2).fold(f64::INFINITY, f64::min);
        let base = *first.get_or_insert(cpu);
        println!("{label:<34} {best:>8.3} {cpu:>8.3} {:>14.2}", cpu / base);
        if std::env::var_os("BPA_BENCH_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}
