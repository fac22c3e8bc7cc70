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

/// A list printed a page at a time: a JSON array, or a table whose first page sets its widths.
pub enum Listing {
    Json(JsonArray),
    Table { headings: Vec<String>, table: Option<Table> },
}

impl Listing {
    pub fn new(json: bool, headings: Vec<String>) -> Listing {
        match json {
            true => Listing::Json(JsonArray::new()),
            false => Listing::Table { headings, table: None },
        }
    }

    /// Prints one page, each item as `row` puts it in the table.
    pub fn page<T: Serialize>(&mut self, items: &[T], row: impl Fn(&T) -> Vec<String>) {
        match self {
            Listing::Json(array) => items.iter().for_each(|item| array.push(item)),
            Listing::Table { headings, table } => {
                let rows: Vec<Vec<String>> = items.iter().map(row).collect();
                if rows.is_empty() {
                    return;
                }
                let table = table.get_or_insert_with(|| Table::new(headings, &rows));
                rows.iter().for_each(|r| table.row(r));
            }
        }
    }

    /// Ends the list; a table that got no rows says `empty` instead.
    pub fn finish(self, empty: &str) {
        match self {
            Listing::Json(array) => array.finish(),
            Listing::Table { table: Some(table), .. } => table.finish(),
            Listing::Table { table: None, .. } => println!("{empty}"),
        }
    }
}

/// One value as pretty JSON.
pub fn json<T: Serialize>(value: &T) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
}
