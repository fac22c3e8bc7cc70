//! Adds up what every tier reports into one closing line.

use std::path::Path;
use std::process::ExitCode;

/// Passed and failed counts over all tiers, with the names of what failed.
#[derive(Default)]
pub struct Tally {
    passed: u64,
    failed: u64,
    failures: Vec<String>,
}

impl Tally {
    /// A check that is one pass or one failure.
    pub fn check(&mut self, what: &str, ok: bool) {
        self.add(what, u64::from(ok), u64::from(!ok));
    }

    fn add(&mut self, what: &str, passed: u64, failed: u64) {
        self.passed += passed;
        self.failed += failed;
        if failed > 0 {
            self.failures.push(format!("{what}: {failed} failed"));
        }
    }

    /// The `test result:` lines of a `cargo test` run. A run that exited non-zero without a
    /// failed test (it did not compile, or a test binary crashed) counts as one failure.
    pub fn cargo(&mut self, what: &str, (output, ok): &(String, bool)) {
        let (passed, failed) = cargo_counts(output);
        self.add(what, passed, failed);
        if !ok && failed == 0 {
            self.add(&format!("{what} (did not finish)"), 0, 1);
        }
        if *ok && passed == 0 {
            self.add(&format!("{what} (ran no test)"), 0, 1);
        }
    }

    /// Vitest's JSON report; a missing report is one failure.
    pub fn vitest(&mut self, report: &Path, ok: bool) {
        match std::fs::read_to_string(report).ok().and_then(|s| vitest_counts(&s)) {
            Some((passed, failed)) => {
                self.add("vitest", passed, failed);
                if !ok && failed == 0 {
                    self.add("vitest (did not finish)", 0, 1);
                }
            }
            None => self.add("vitest (no report)", 0, 1),
        }
    }

    /// Prints the summary and the closing line; the exit code says whether all passed.
    pub fn close(self) -> ExitCode {
        println!();
        for f in &self.failures {
            println!("FAILED {f}");
        }
        println!("{} passed, {} failed", self.passed, self.failed);
        if self.failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

/// Sums `test result: … N passed; M failed; …` lines.
fn cargo_counts(output: &str) -> (u64, u64) {
    let mut sum = (0, 0);
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        sum.0 += count_before(line, " passed").unwrap_or(0);
        sum.1 += count_before(line, " failed").unwrap_or(0);
    }
    sum
}

fn count_before(line: &str, word: &str) -> Option<u64> {
    let end = line.find(word)?;
    line[..end].rsplit(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

fn vitest_counts(json: &str) -> Option<(u64, u64)> {
    let v: serde_json::Value = serde_json::from_str(json).ok()?;
    Some((
        v["numPassedTests"].as_u64()?,
        v["numFailedTests"].as_u64()? + v["numRuntimeErrorTestSuites"].as_u64().unwrap_or(0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_result_lines_are_summed() {
        let out = "running 3 tests\ntest a ... ok\n\
            test result: ok. 44 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.14s\n\
            test result: FAILED. 7 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 61.88s\n";
        assert_eq!(cargo_counts(out), (51, 1));
        assert_eq!(cargo_counts("no results"), (0, 0));
    }

    #[test]
    fn a_run_that_did_not_finish_is_a_failure() {
        let mut t = Tally::default();
        t.cargo("x", &("error[E0425]: cannot find value".into(), false));
        assert_eq!((t.passed, t.failed), (0, 1));
        let mut t = Tally::default();
        t.cargo("x", &("test result: ok. 0 passed; 0 failed;".into(), true));
        assert_eq!((t.passed, t.failed), (0, 1), "a tier that ran nothing is not a pass");
    }

    #[test]
    fn vitest_reports_are_read() {
        let json = r#"{"numPassedTests": 9, "numFailedTests": 2, "numRuntimeErrorTestSuites": 1}"#;
        assert_eq!(vitest_counts(json), Some((9, 3)));
        assert_eq!(vitest_counts("{}"), None);
    }
}
