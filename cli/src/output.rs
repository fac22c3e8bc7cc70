//! Printing: aligned tables for people, JSON for scripts. Long lists go out a page at a time,
//! so memory does not grow with the number of rows.

use serde::Serialize;
use std::io::Write;

/// A table whose column widths are set by its first page; later pages keep them.
pub struct Table {
    widths: Vec<usize>,
    out: std::io::BufWriter<std::io::Stdout>,
}

impl Table {
    /// Prints the headings over the first rows.
    pub fn new(headings: &[String], first: &[Vec<String>]) -> Table {
        let mut widths: Vec<usize> = headings.iter().map(|h| h.chars().count()).collect();
        for row in first {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let mut table = Table { widths, out: std::io::BufWriter::new(std::io::stdout()) };
        table.row(headings);
        table
    }

    pub fn row(&mut self, cells: &[String]) {
        let last = cells.len().saturating_sub(1);
        let mut line = String::new();
        for (i, (cell, width)) in cells.iter().zip(&self.widths).enumerate() {
            line.push_str(cell);
            if i < last {
                let pad = width.saturating_sub(cell.chars().count()) + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        let _ = writeln!(self.out, "{}", line.trim_end());
    }

    pub fn finish(mut self) {
        let _ = self.out.flush();
    }
}

/// A JSON array written item by item.
pub struct JsonArray {
    out: std::io::BufWriter<std::io::Stdout>,
    first: bool,
}

impl JsonArray {
    pub fn new() -> JsonArray {
        let mut out = std::io::BufWriter::new(std::io::stdout());
        let _ = write!(out, "[");
        JsonArray { out, first: true }
    }

    pub fn push<T: Serialize>(&mut self, item: &T) {
        let sep = if self.first { "\n  " } else { ",\n  " };
        self.first = false;
        let _ = write!(self.out, "{sep}{}", serde_json::to_string(item).unwrap_or_default());
    }

    pub fn finish(mut self) {
        let _ = writeln!(self.out, "{}]", if self.first { "" } else { "\n" });
        let _ = self.out.flush();
    }
}

/// One value as pretty JSON.
pub fn json<T: Serialize>(value: &T) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
}
