//! `cargo xtask bench`, in the real app: Liaison's start-up against a bare Tauri window, and the
//! memory of the running app with 100,000 customers listed against none. Release builds of both
//! (`cargo xtask bench` makes them), launched one at a time on the display it provides (Xvfb),
//! each with fresh XDG folders except its cache folder, which each app keeps from one launch to
//! the next as an installed app does (and, for a first launch's figures, starts empty every
//! time). Prints figures; asserts nothing about time.
//!
//! Start-up is the time from spawning the process to the line each writes to stderr once its
//! page has painted: the bare window's page as soon as it has a frame, Liaison's once the
//! Customers page shows its first rows and takes input. Memory is the proportional set size of
//! the app and its WebKit processes at that moment.
//!
//! Search is timed as the user sees it, in the app driven through WebDriver: searches typed key
//! by key (and erased again) as fast as WebDriver delivers keys, each keystroke timed from its
//! input event to the end of the frame painting the list answering it, or a later keystroke,
//! read from the page's own `performance` marks. `-- search each` also lists every keystroke
//! with its text and times, to see which searches are the slow ones.

use liaison_core::{testing, PartnerType, Role, Store};
use liaison_e2e::app::{profile, target_dir, COMPOSITING_VAR};
use liaison_e2e::{App, Session};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const CUSTOMERS: usize = 100_000;
const LAUNCHES: usize = 10;
/// What each app writes to stderr once its page has painted (`startup::WINDOW_READY` in the
/// app, `PAINTED` in the bare window: this crate builds neither).
const LIAISON_READY: &str = "window ready";
const BARE_READY: &str = "bare window painted";
/// Searches a partner's staff make, each typed and then erased key by key.
const SEARCHES: &[&str] = &["company 04217", "04217", "onmicrosoft", "s.r.o."];
const KEYSTROKES: usize = 50;
/// How WebKitGTK draws the page: as it decides (and as Liaison decides for itself).
const DEFAULT_DRAWING: &[(&str, &str)] = &[];
/// Without OpenGL compositing, as Liaison draws where there is no graphics card.
const WITHOUT_COMPOSITING: &[(&str, &str)] = &[("WEBKIT_DISABLE_COMPOSITING_MODE", "1")];
const BACKSPACE: char = '\u{E003}';

fn main() {
    // `cargo bench -p liaison-e2e --bench desktop -- search` measures the search alone, to
    // compare changes to the list quickly; `cargo xtask bench` measures everything.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "search") {
        search_as_typed(args.iter().any(|a| a == "each"));
        return;
    }
    let release = target_dir().join("release");
    let liaison = release.join(format!("liaison{}", std::env::consts::EXE_SUFFIX));
    let bare = release.join(format!("bare-window{}", std::env::consts::EXE_SUFFIX));
    for app in [&liaison, &bare] {
        assert!(app.is_file(), "{} is missing: `cargo xtask bench` builds it", app.display());
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = data_folder(&dir.path().join("empty"), 0);
    let full = data_folder(&dir.path().join("full"), CUSTOMERS);

    println!("\nThe desktop app (release builds under Xvfb; median of {LAUNCHES} launches)");
    // Each app keeps its cache folder from one launch to the next, as an installed app does; in
    // it the graphics driver keeps the shaders it compiled (without a graphics card, Mesa
    // compiles them in software, for a second or more on a first launch).
    let bare_cache = dir.path().join("bare-cache");
    let liaison_cache = dir.path().join("liaison-cache");
    // One launch of each first, so every measured one finds the files in the page cache and its
    // shaders in its cache folder.
    launch(&bare, None, BARE_READY, Some(&bare_cache), DEFAULT_DRAWING);
    launch(&liaison, Some(&full), LIAISON_READY, Some(&liaison_cache), DEFAULT_DRAWING);
    let bare_runs: Vec<Run> =
        (0..LAUNCHES).map(|_| launch(&bare, None, BARE_READY, Some(&bare_cache), DEFAULT_DRAWING)).collect();
    launch(&bare, None, BARE_READY, Some(&bare_cache), WITHOUT_COMPOSITING);
    let bare_flat: Vec<Run> =
        (0..LAUNCHES).map(|_| launch(&bare, None, BARE_READY, Some(&bare_cache), WITHOUT_COMPOSITING)).collect();
    let full_runs: Vec<Run> = (0..LAUNCHES)
        .map(|_| launch(&liaison, Some(&full), LIAISON_READY, Some(&liaison_cache), DEFAULT_DRAWING))
        .collect();
    let empty_runs: Vec<Run> = (0..LAUNCHES)
        .map(|_| launch(&liaison, Some(&empty), LIAISON_READY, Some(&liaison_cache), DEFAULT_DRAWING))
        .collect();
    // And as on the first launch after installing: an empty cache folder every time.
    let bare_first: Vec<Run> = (0..LAUNCHES).map(|_| launch(&bare, None, BARE_READY, None, DEFAULT_DRAWING)).collect();
    let full_first: Vec<Run> =
        (0..LAUNCHES).map(|_| launch(&liaison, Some(&full), LIAISON_READY, None, DEFAULT_DRAWING)).collect();

    let bare_start = median(bare_runs.iter().map(|r| r.ready));
    let full_start = median(full_runs.iter().map(|r| r.ready));
    line("start: a bare Tauri 2 window, launch to first frame", format!("{:>9.1} ms", ms(bare_start)));
    line("start: Liaison, launch to 100,000 customers listed", format!("{:>9.1} ms", ms(full_start)));
    line("  ratio (target 1.2)", format!("{:>9.2}", ms(full_start) / ms(bare_start)));
    // Liaison draws its page without OpenGL compositing on a machine without a graphics card
    // (such as this benchmark's display); the bare window, as Tauri does by default, composites.
    let bare_flat = median(bare_flat.iter().map(|r| r.ready));
    line("start: the bare window drawn as Liaison draws here", format!("{:>9.1} ms", ms(bare_flat)));
    line("  ratio", format!("{:>9.2}", ms(full_start) / ms(bare_flat)));
    let page = median_f64(full_runs.iter().filter_map(|r| r.page_ms));
    line("  of Liaison's, the page from its first byte to the list", format!("{page:>9.1} ms"));
    let bare_first = median(bare_first.iter().map(|r| r.ready));
    let full_first = median(full_first.iter().map(|r| r.ready));
    line("start with an empty cache folder: the bare window", format!("{:>9.1} ms", ms(bare_first)));
    line("start with an empty cache folder: Liaison", format!("{:>9.1} ms", ms(full_first)));
    line("  ratio", format!("{:>9.2}", ms(full_first) / ms(bare_first)));

    let full_mib = median_f64(full_runs.iter().map(|r| r.memory_mib));
    let empty_mib = median_f64(empty_runs.iter().map(|r| r.memory_mib));
    let bare_mib = median_f64(bare_runs.iter().map(|r| r.memory_mib));
    line("memory: the bare window and its WebKit processes", format!("{bare_mib:>9.1} MiB"));
    line("memory: Liaison, no customers", format!("{empty_mib:>9.1} MiB"));
    line("memory: Liaison, 100,000 customers listed", format!("{full_mib:>9.1} MiB"));
    line("  ratio (target 1.3)", format!("{:>9.2}", full_mib / empty_mib));

    search_as_typed(false);
}

/// Types [`KEYSTROKES`] keys into the customer search over 100,000 customers and reports how
/// long each took to show its answer; `each` lists every keystroke too.
fn search_as_typed(each: bool) {
    // Drawn as the app chooses for this machine, as its users' copies are.
    let app = App::prepared_with_env(
        "search-bench",
        &[(COMPOSITING_VAR, "auto")],
        PartnerType::DirectBill,
        Role::GlobalAdmin,
        async |store| import(store, CUSTOMERS).await,
    );
    let s = app.s();
    s.wait_until("the first page of customers", || s.count("[data-testid=customer-row]") > 0);
    startup_steps(s);
    let field = s.find("[data-testid=customers-search]");
    field.click().expect("focus the search box");
    s.execute("performance.clearMarks();", vec![]).expect("clear the marks");
    let keys = keystrokes();
    for key in &keys {
        field.send_keys(&key.to_string()).expect("type");
    }
    s.wait_until("the answer to the last keystroke painted", || {
        let (typed, _, painted) = marks(s);
        typed.len() == keys.len() && painted.iter().any(|(key, _)| *key >= typed[typed.len() - 1].0)
    });
    let (typed, rendered, painted) = marks(s);
    let to_painted = waits(&typed, &painted);
    let to_rendered = waits(&typed, &rendered);
    if each {
        let mut text = String::new();
        for ((key, painted), rendered) in keys.iter().zip(&to_painted).zip(&to_rendered) {
            if *key == BACKSPACE {
                text.pop();
            } else {
                text.push(*key);
            }
            line(&format!("  \"{text}\""), format!("{painted:>6.1} ms painted, {rendered:>6.1} in the page"));
        }
    }
    let (to_painted, to_rendered) = (sorted(to_painted), sorted(to_rendered));
    line(
        &format!("search, keystroke to painted answer ({} keys), median", typed.len()),
        format!("{:>9.1} ms", percentile(&to_painted, 50)),
    );
    line("  p95 (target 50)", format!("{:>9.1} ms", percentile(&to_painted, 95)));
    line(
        "  of which to the answer in the page (not yet drawn), p95",
        format!("{:>9.1} ms", percentile(&to_rendered, 95)),
    );
    line("  an older answer painted over a newer one", format!("{:>9} times", stale_paints(&painted)));
}

/// Where the page's share of start-up goes, from its own marks in this launch (through
/// WebDriver, so slower than a plain launch): milliseconds from the start of its navigation.
fn startup_steps(s: &Session) {
    s.wait_until("the first page painted", || {
        s.execute("return performance.getEntriesByName('startup:customers').length;", vec![])
            .is_ok_and(|n| n.as_u64() == Some(1))
    });
    let steps = s
        .execute(
            "const n = performance.getEntriesByType('navigation')[0];
             return [['the page loaded', n ? n.domContentLoadedEventEnd : -1]].concat(
               performance.getEntriesByType('mark').filter((m) => m.name.startsWith('startup:'))
                 .map((m) => [m.name.slice(8), m.startTime]));",
            vec![],
        )
        .expect("read the start-up marks");
    let steps: Vec<String> = steps
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| Some(format!("{} {:.0}", m.get(0)?.as_str()?, m.get(1)?.as_f64()?)))
        .collect();
    line("  the page's start-up steps, ms into it (one launch)", steps.join(", "));
}

/// The keys typed: each search in turn, typed and erased, until there are [`KEYSTROKES`].
fn keystrokes() -> Vec<char> {
    SEARCHES
        .iter()
        .cycle()
        .flat_map(|search| search.chars().chain(std::iter::repeat_n(BACKSPACE, search.chars().count())))
        .take(KEYSTROKES)
        .collect()
}

/// Keystrokes by their number, each with a time in milliseconds on the page's timeline.
type Timeline = Vec<(u64, f64)>;

/// The `p`th percentile of `sorted` (nearest rank).
fn percentile(sorted: &[f64], p: usize) -> f64 {
    sorted[(sorted.len() * p).div_ceil(100).saturating_sub(1)]
}

/// For each keystroke in the order typed, the milliseconds until the first `answers` mark for it
/// (or a later keystroke) after it.
fn waits(typed: &[(u64, f64)], answers: &[(u64, f64)]) -> Vec<f64> {
    typed
        .iter()
        .map(|(key, at)| {
            answers
                .iter()
                .find(|(answered, shown)| answered >= key && shown >= at)
                .map_or(f64::INFINITY, |(_, shown)| shown - at)
        })
        .collect()
}

/// `waits`, shortest first, for [`percentile`].
fn sorted(mut waits: Vec<f64>) -> Vec<f64> {
    waits.sort_by(f64::total_cmp);
    waits
}

/// The page's marks: each keystroke in the search box, and each render and each paint of the list
/// with the keystroke whose search it answers.
fn marks(s: &Session) -> (Timeline, Timeline, Timeline) {
    let all = s
        .execute("return performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]);", vec![])
        .expect("read the marks");
    let entries: Vec<(String, f64)> = all
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| Some((m.get(0)?.as_str()?.to_owned(), m.get(1).and_then(Value::as_f64)?)))
        .collect();
    let of = |prefix: &str| -> Timeline {
        entries.iter().filter_map(|(name, at)| Some((name.strip_prefix(prefix)?.parse().ok()?, *at))).collect()
    };
    (of("search-key:"), of("search-rendered:"), of("search-painted:"))
}

/// How many paints showed the answer to an older keystroke than a paint before them did. Marks
/// made at the same moment belong to one frame, which shows the newest answer among them.
fn stale_paints(painted: &[(u64, f64)]) -> usize {
    let mut frames: Vec<(f64, u64)> = Vec::new();
    for &(answered, at) in painted {
        match frames.last_mut() {
            Some((frame_at, newest)) if *frame_at == at => *newest = (*newest).max(answered),
            _ => frames.push((at, answered)),
        }
    }
    let mut newest = 0;
    let mut stale = 0;
    for (_, answered) in frames {
        if answered < newest {
            stale += 1;
        }
        newest = newest.max(answered);
    }
    stale
}

/// A data folder whose database holds a partner profile and `customers` customers, imported
/// from a Partner Center `Customers.csv` as a partner's would be.
fn data_folder(dir: &Path, customers: usize) -> PathBuf {
    std::fs::create_dir_all(dir).expect("data folder");
    tokio::runtime::Runtime::new().expect("tokio").block_on(async {
        let store = Store::open_in(dir).await.expect("open");
        store.save_profile(&profile(PartnerType::DirectBill, Role::GlobalAdmin)).await.expect("profile");
        import(&store, customers).await;
        store.close().await;
    });
    dir.to_owned()
}

/// Imports `customers` new customers from a Partner Center `Customers.csv`.
async fn import(store: &Store, customers: usize) {
    if customers == 0 {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("Customers.csv");
    std::fs::write(&csv, testing::customers_csv(0, customers, false)).expect("write Customers.csv");
    let report = store.import_customers(&csv, true, &|_| {}, &AtomicBool::new(false)).await.expect("import");
    assert_eq!(report.added as usize, customers);
}

struct Run {
    ready: Duration,
    /// Of that, the time since the page began to load (Liaison only).
    page_ms: Option<f64>,
    memory_mib: f64,
}

/// Launches `app` (on the data folder `data`, for Liaison) with fresh XDG folders but the cache
/// folder `cache` if given, waits for `ready` on its stderr, measures it, and ends it with its
/// WebKit processes.
fn launch(app: &Path, data: Option<&Path>, ready: &str, cache: Option<&Path>, drawing: &[(&str, &str)]) -> Run {
    let home = tempfile::tempdir().expect("temp dir");
    let mut command = Command::new(app);
    command
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("share"))
        .env("XDG_CACHE_HOME", cache.map_or_else(|| home.path().join("cache"), Path::to_path_buf))
        .env("LIAISON_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .envs(drawing.iter().copied());
    if let Some(data) = data {
        command.env("LIAISON_DATA_DIR", data);
    }
    let start = Instant::now();
    let mut child = command.spawn().unwrap_or_else(|e| panic!("start {}: {e}", app.display()));
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = mpsc::channel();
    let marker = ready.to_owned();
    // Reads to the end, so the app never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains(&marker) {
                let _ = tx.send(line);
            }
        }
    });
    let answered = rx.recv_timeout(Duration::from_secs(120));
    let ready_after = start.elapsed();
    // Liaison's line says how long its page took since it began to load: `page_ms=…`.
    let page_ms = answered.as_ref().ok().and_then(|line| {
        let (_, after) = line.split_once("page_ms=")?;
        after.split(|c: char| !c.is_ascii_digit()).next()?.parse::<f64>().ok()
    });
    let memory_mib = tree(child.id()).iter().filter_map(|pid| pss_kib(*pid)).sum::<u64>() as f64 / 1024.0;
    end(&mut child);
    assert!(answered.is_ok(), "{} did not write {ready:?} within two minutes", app.display());
    Run { ready: ready_after, page_ms, memory_mib }
}

/// The process `root` and every process below it.
fn tree(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // The command name, in parentheses, may hold spaces: the parent follows the last ')'.
            let ppid = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(parents.iter().filter(|(_, p)| *p == parent).map(|(pid, _)| *pid));
        i += 1;
    }
    found
}

/// A process's proportional set size: its private memory and its share of what it shares.
fn pss_kib(pid: u32) -> Option<u64> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let line = rollup.lines().find(|l| l.starts_with("Pss:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Kills the app and the processes it started, and waits for the app, so the next launch is
/// not handed over to it as a second instance.
fn end(child: &mut Child) {
    let below: Vec<String> = tree(child.id()).iter().skip(1).map(u32::to_string).collect();
    let _ = child.kill();
    let _ = child.wait();
    if !below.is_empty() {
        let _ = Command::new("kill").arg("-KILL").args(&below).stderr(Stdio::null()).status();
    }
}

fn median(samples: impl Iterator<Item = Duration>) -> Duration {
    let mut samples: Vec<Duration> = samples.collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn median_f64(samples: impl Iterator<Item = f64>) -> f64 {
    let mut samples: Vec<f64> = samples.collect();
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied().unwrap_or(f64::NAN)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn line(label: &str, figure: String) {
    println!("  {label:<52} {figure}");
}
