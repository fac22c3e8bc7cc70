import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Messages } from "../src/i18n";
import { allValues, labelIds } from "../src/labels";
import { englishTranslations, messageIds } from "./ftl";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "bindings" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe("messages", () => {
  const en = messageIds("en-US");

  it("every message id written in the UI exists in en-US", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, "../src"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\b(?:t|bidi)\(\s*"([a-z][a-z0-9-]*)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/label: "([a-z][a-z0-9-]*)"/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
  });

  it("every coded value has a label", () => {
    const missing: string[] = [];
    for (const [kind, values] of Object.entries(allValues)) {
      const id = labelIds[kind as keyof typeof labelIds] as (v: string) => string;
      for (const v of values) if (!en.has(id(v))) missing.push(id(v));
    }
    expect(missing).toEqual([]);
  });

  it("formats plurals, variables and falls back to the id", () => {
    const m = new Messages(englishTranslations());
    expect(m.t("customers-count", { count: 1 })).toBe("1 customer");
    expect(m.t("customers-count", { count: 5 })).toBe("5 customers");
    expect(m.t("pager-summary", { first: 1, last: 50, total: 120 })).toBe("1–50 of 120");
    expect(m.t("no-such-message")).toBe("no-such-message");
    expect(m.t("customers-no-match", { search: "x" })).not.toContain("\u2068");
  });
});
