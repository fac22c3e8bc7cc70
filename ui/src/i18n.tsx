// Messages come from the core's FTL files through `load_translations`; no words live here.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { Fragment, createContext, useContext, type ReactNode } from "react";
import type { Language } from "./bindings/Language";
import type { Translations } from "./bindings/Translations";

export type Args = Record<string, FluentVariable>;

function bundle(locale: string, sources: string[]): FluentBundle {
  // Isolation marks help right-to-left text only; Liaison's languages are all left-to-right.
  const b = new FluentBundle(locale, { useIsolating: false });
  for (const src of sources) {
    const errors = b.addResource(new FluentResource(src));
    for (const e of errors) console.error("FTL error", e);
  }
  return b;
}

/** Formats messages of one language, falling back to English. */
export class Messages {
  readonly language: Language;
  private readonly bundles: FluentBundle[];

  constructor(t: Translations) {
    this.language = t.language;
    this.bundles = [bundle(t.language, t.sources), bundle("en-US", t.fallback)];
  }

  t(id: string, args?: Args): string {
    for (const b of this.bundles) {
      const m = b.getMessage(id);
      if (m?.value) return b.formatPattern(m.value, args);
    }
    console.error(`message ${id} is missing`);
    return id;
  }

  /**
   * The message with every text argument in a `<bdi>`: a name written right to left keeps its own
   * direction, and its punctuation stays with it, inside a left-to-right sentence.
   */
  bidi(id: string, args: Args): ReactNode {
    const values: string[] = [];
    const marked: Args = {};
    for (const [k, v] of Object.entries(args)) {
      // Private-use marks stand in for the text while Fluent formats the sentence around it.
      if (typeof v === "string") marked[k] = `\uE000${values.push(v) - 1}\uE001`;
      else marked[k] = v;
    }
    const parts = this.t(id, marked).split(/\uE000(\d+)\uE001/);
    return parts.map((p, i) => (i % 2 === 0 ? <Fragment key={i}>{p}</Fragment> : <bdi key={i}>{values[Number(p)]}</bdi>));
  }

  dateTime(iso: string): string {
    return new Intl.DateTimeFormat(this.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  }

  /** A calendar day (`YYYY-MM-DD`) as this language writes it. */
  day(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    return new Intl.DateTimeFormat(this.language, { dateStyle: "medium" }).format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }

  list(items: string[]): string {
    return new Intl.ListFormat(this.language, { type: "conjunction" }).format(items);
  }

  /** Country codes ordered by their names in this language. */
  sortedCountries(codes: readonly string[]): string[] {
    return [...codes].sort((a, b) => this.country(a).localeCompare(this.country(b), this.language));
  }

  country(code: string): string {
    try {
      return new Intl.DisplayNames([this.language], { type: "region" }).of(code) ?? code;
    } catch {
      return code;
    }
  }
}

/** `text` with the first occurrence of the user's `inner` text (a name the core put in a sentence) in a `<bdi>`. */
export function isolate(text: string, inner: string): ReactNode {
  const at = inner ? text.indexOf(inner) : -1;
  if (at < 0) return text;
  return <>{text.slice(0, at)}<bdi>{inner}</bdi>{text.slice(at + inner.length)}</>;
}

const MessagesContext = createContext<Messages | null>(null);

export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export function useMessages(): Messages {
  const m = useContext(MessagesContext);
  if (!m) throw new Error("useMessages outside MessagesProvider");
  return m;
}
