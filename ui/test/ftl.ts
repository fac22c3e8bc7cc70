// Test helpers: the core's real FTL files, read from disk.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Translations } from "../src/bindings/Translations";

const LOCALES = join(__dirname, "../../src-tauri/core/locales");

export function ftlSources(tag: string): string[] {
  const dir = join(LOCALES, tag);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ftl"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

export function englishTranslations(): Translations {
  const en = ftlSources("en-US");
  return { language: "en-US", sources: en, fallback: en };
}

export function messageIds(tag: string): Set<string> {
  const ids = new Set<string>();
  for (const src of ftlSources(tag)) {
    for (const m of src.matchAll(/^([A-Za-z][A-Za-z0-9_-]*)\s*=/gm)) ids.add(m[1]);
  }
  return ids;
}
