// Calendar dates as the user's language writes them, through Intl: no date pattern is hard-coded.

/** A calendar date as the core takes it: `YYYY-MM-DD`. */
export type IsoDate = string;

export function fromIso(iso: IsoDate | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

export function toIso(d: Date): IsoDate {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function numeric(language: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "2-digit", day: "2-digit" });
}

/** `d` in the numeric form of `language` (22.11.2026, 2026. 11. 22., 11/22/2026). */
export function formatDate(language: string, d: Date): string {
  return numeric(language).format(d);
}

/**
 * A date typed in `language`'s numeric order (day, month and year in whatever order the language
 * writes them, with any separators), or null when it is not a real date.
 */
export function parseDate(language: string, text: string): Date | null {
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 3) return null;
  const order = numeric(language).formatToParts(new Date(2000, 0, 2))
    .map((p) => p.type)
    .filter((t): t is "day" | "month" | "year" => t === "day" || t === "month" || t === "year");
  const part: Record<string, number> = {};
  order.forEach((t, i) => { part[t] = Number(numbers[i]); });
  const { day, month, year } = part;
  if (!day || !month || year === undefined || year < 1000 || year > 9999) return null;
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d : null;
}

/** Names of months and days in `language`, Sunday first, as a calendar needs them. */
export function calendarNames(language: string) {
  const month = (style: "long" | "short") => Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(language, { month: style }).format(new Date(2000, i, 1)));
  // 2 January 2000 was a Sunday.
  const day = (style: "long" | "short") => Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(language, { weekday: style }).format(new Date(2000, 0, 2 + i)));
  return { months: month("long"), shortMonths: month("short"), days: day("long"), shortDays: day("short") };
}

/** The first day of the week in `language`'s region: 0 Sunday … 6 Saturday. */
export function firstDayOfWeek(language: string): number {
  const locale = new Intl.Locale(language) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  if (info) return info.firstDay % 7;
  return locale.region === "US" ? 0 : 1;
}
