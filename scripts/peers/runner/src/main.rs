//! ecm-core's analyses on one file, with timings (median of 50 runs),
//! for side-by-side checks against nanite and micromechanics.
//!
//! Usage:
//!   peers-runner FILE                       Oliver–Pharr (Berkovich, ν 0.3) on an
//!                                           instrument export (TriboScan .txt …)
//!   peers-runner FILE TIP VALUE [BATCH]     AFM fit on a two-column text file
//!                                           (δ m increasing into the sample, F N);
//!                                           TIP = paraboloid|sphere (VALUE = R, m)
//!                                           or cone|pyramid4|pyramid3 (VALUE = α, °);
//!                                           ν = 0.5. BATCH: also time that many
//!                                           copies fitted one after the other.
use ecm_core::import::load_data;
use ecm_core::measurement::afm_indentation::{fit_indentation, AfmFitSettings};
use ecm_core::measurement::oliver_pharr::OliverPharrSettings;
use ecm_core::measurement::pipeline::correct;
use ecm_core::measurement::proposal::propose;
use ecm_core::measurement::specimen::{afm_tip, analyse_nanoindent};
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 50;

/// This thread's CPU time (s): robust to other processes sharing the
/// machine, unlike the wall clock. Linux (CLOCK_THREAD_CPUTIME_ID) only;
/// elsewhere NaN.
#[cfg(target_os = "linux")]
fn cpu_time() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: a valid pointer to a timespec; 3 = CLOCK_THREAD_CPUTIME_ID.
    let rc = unsafe { clock_gettime(3, &mut t) };
    if rc == 0 {
        t.sec as f64 + t.nsec as f64 * 1e-9
    } else {
        f64::NAN
    }
}
#[cfg(not(target_os = "linux"))]
fn cpu_time() -> f64 {
    f64::NAN
}

fn median(mut t: Vec<f64>) -> f64 {
    t.sort_by(|a, b| a.total_cmp(b));
    let n = t.len();
    (t[(n - 1) / 2] + t[n / 2]) / 2.0
}

/// Median seconds per call of `f` over RUNS runs (after one warm-up):
/// (wall clock, thread CPU time).
fn median_time<T>(mut f: impl FnMut() -> T) -> (f64, f64) {
    black_box(f());
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let (s, c) = (Instant::now(), cpu_time());
        black_box(f());
        cpu.push(cpu_time() - c);
        wall.push(s.elapsed().as_secs_f64());
    }
    (median(wall), median(cpu))
}

fn one(s: f64) -> String {
    if s < 1e-3 {
        format!("{:.1} µs", s * 1e6)
    } else {
        format!("{:.3} ms", s * 1e3)
    }
}

fn fmt_time((wall, cpu): (f64, f64)) -> String {
    format!("{} wall, {} CPU", one(wall), one(cpu))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.len() {
        1 => nanoindent(&args[0]),
        3 | 4 => afm(&args[0], &args[1], &args[2], args.get(3)),
        _ => {
            eprintln!("usage: peers-runner FILE  |  peers-runner FILE TIP VALUE [BATCH]");
            std::process::exit(2);
        }
    }
}

fn nanoindent(path: &str) {
    let bytes = std::fs::read(path).expect("read the file");
    let name = std::path::Path::new(path)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let settings = OliverPharrSettings {
        sample_poisson: 0.3,
        ..OliverPharrSettings::default()
    };
    let whole = || {
        let import = load_data(&name, &bytes).expect("import");
        let p = propose(&import);
        let curve =
            correct(&import, 0..import.rows(), &p.mapping, &p.corrections).expect("correct");
        analyse_nanoindent(&curve, &settings).expect("Oliver–Pharr")
    };
    let import = load_data(&name, &bytes).expect("import");
    println!("{}", import.summary());
    for w in &import.warnings {
        println!("  import warning: {w}");
    }
    let p = propose(&import);
    if !p.missing.is_empty() {
        println!("  proposal missing: {:?}", p.missing);
    }
    let curve = correct(&import, 0..import.rows(), &p.mapping, &p.corrections).expect("correct");
    println!("  corrections: {:?}", curve.steps);
    for w in &curve.warnings {
        println!("  curve warning: {w}");
    }
    let cycles = analyse_nanoindent(&curve, &settings).expect("Oliver–Pharr");
    for (k, c) in cycles.iter().enumerate() {
        println!(
            "cycle {}: rows {:?}, unloading from row {}",
            k + 1,
            c.rows,
            c.unloading_start
        );
        println!("  Pmax  = {:.6} mN", c.max_load * 1e3);
        println!(
            "  hmax  = {:.4} nm, hf = {:.4} nm",
            c.max_depth * 1e9,
            c.final_depth * 1e9
        );
        println!(
            "  m     = {:.5}  (R² {:.6}, {} points, window {:.4}–{:.4} mN)",
            c.exponent,
            c.r_squared,
            c.window_points,
            c.window_loads.0 * 1e3,
            c.window_loads.1 * 1e3
        );
        println!(
            "  S     = {:.4} mN/µm (fitted {:.4})",
            c.stiffness * 1e-3,
            c.fitted_stiffness * 1e-3
        );
        println!("  hc    = {:.4} nm", c.contact_depth * 1e9);
        println!("  A     = {:.6} µm²", c.contact_area * 1e12);
        println!("  H     = {:.5} GPa", c.hardness * 1e-9);
        println!(
            "  Er    = {:.5} GPa  (Er×β = {:.5} GPa, β {})",
            c.reduced_modulus * 1e-9,
            c.reduced_modulus * settings.beta * 1e-9,
            settings.beta
        );
        println!(
            "  E     = {:.5} GPa (ν 0.3; diamond {} GPa, {})",
            c.sample_modulus * 1e-9,
            settings.indenter_modulus * 1e-9,
            settings.indenter_poisson
        );
        for w in &c.warnings {
            println!("  warning: {w}");
        }
    }
    let t_analysis = median_time(|| analyse_nanoindent(&curve, &settings).unwrap());
    let t_whole = median_time(whole);
    println!(
        "time, Oliver–Pharr alone (median of {RUNS}): {}",
        fmt_time(t_analysis)
    );
    println!(
        "time, file bytes → import → propose → correct → Oliver–Pharr: {}",
        fmt_time(t_whole)
    );
}

fn afm(path: &str, tip: &str, value: &str, batch: Option<&String>) {
    let value: f64 = value.parse().expect("VALUE must be a number");
    let tip = afm_tip(tip, value, value).expect("TIP: paraboloid|cone|pyramid4|pyramid3|sphere");
    let text = std::fs::read_to_string(path).expect("read the file");
    let (mut d, mut f) = (Vec::new(), Vec::new());
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut it = line
            .split_whitespace()
            .map(|s| s.parse::<f64>().expect("a number"));
        d.push(it.next().unwrap());
        f.push(it.next().unwrap());
    }
    let settings = AfmFitSettings {
        tip,
        poisson: 0.5,
        range: None,
    };
    let fit = fit_indentation(&d, &f, &settings).expect("fit");
    println!("{path}: {} points, {tip:?}, ν 0.5", d.len());
    println!("  E  = {:.2} ± {:.2} Pa", fit.modulus, fit.modulus_se);
    println!(
        "  δc = {:.3} ± {:.3} nm",
        fit.contact_point * 1e9,
        fit.contact_point_se * 1e9
    );
    println!(
        "  baseline a = {:.4} nN, b = {:.4} nN/µm, rms {:.4} nN",
        fit.offset * 1e9,
        fit.slope * 1e3,
        fit.residual_rms * 1e9
    );
    for w in &fit.warnings {
        println!("  warning: {w}");
    }
    let t = median_time(|| fit_indentation(&d, &f, &settings).unwrap());
    println!("time per fit (median of {RUNS}): {}", fmt_time(t));
    if let Some(n) = batch {
        let n: usize = n.parse().expect("BATCH must be a count");
        let copies: Vec<(Vec<f64>, Vec<f64>)> = (0..n).map(|_| (d.clone(), f.clone())).collect();
        let (s, c) = (Instant::now(), cpu_time());
        let mut sum = 0.0;
        for (dd, ff) in &copies {
            sum += fit_indentation(dd, ff, &settings).unwrap().modulus;
        }
        let (el, cpu) = (s.elapsed().as_secs_f64(), cpu_time() - c);
        println!(
            "batch of {n} copies: {:.3} s wall, {:.3} s CPU; {} per fit; mean E {:.2} Pa",
            el,
            cpu,
            fmt_time((el / n as f64, cpu / n as f64)),
            sum / n as f64
        );
    }
}
