import { describe, expect, it } from "vitest";
import { calendarNames, firstDayOfWeek, formatDate, fromIso, parseDate, toIso } from "../src/components/dates";

const LANGUAGES = ["en-US", "cs-CZ", "pl-PL", "hu-HU", "ru-RU"];
const iso = (d: Date | null) => (d ? toIso(d) : null);

describe("dates in the user's language", () => {
  it("reads back every date it writes, in every language", () => {
    for (const language of LANGUAGES) {
      for (const day of ["2026-11-03", "2024-02-29", "1999-12-31"]) {
        const text = formatDate(language, fromIso(day)!);
        expect([language, iso(parseDate(language, text))]).toEqual([language, day]);
      }
    }
  });

  it("writes the day and month in each language's order, not the US one", () => {
    const d = fromIso("2026-11-03")!;
    expect(formatDate("en-US", d)).toMatch(/^11\D+03\D+2026$/);
    for (const language of ["cs-CZ", "pl-PL", "ru-RU"]) expect(formatDate(language, d)).toMatch(/^0?3\D+11\D+2026$/);
    expect(formatDate("hu-HU", d)).toMatch(/^2026\D+11\D+0?3\D*$/);
  });

  it("reads a date typed the short way, and refuses what is not a date", () => {
    expect(iso(parseDate("cs-CZ", "3.11.2026"))).toBe("2026-11-03");
    expect(iso(parseDate("ru-RU", "03.11.2026"))).toBe("2026-11-03");
    expect(iso(parseDate("en-US", "11/3/2026"))).toBe("2026-11-03");
    expect(iso(parseDate("hu-HU", "2026.11.3"))).toBe("2026-11-03");
    expect(parseDate("cs-CZ", "31.2.2026")).toBeNull();
    expect(parseDate("cs-CZ", "3.11.")).toBeNull();
    expect(parseDate("cs-CZ", "")).toBeNull();
    expect(fromIso(null)).toBeNull();
  });

  it("names months and days in the language, and starts the week where its region does", () => {
    expect(calendarNames("cs-CZ").months[0]).toBe("leden");
    expect(calendarNames("ru-RU").days[1].toLowerCase()).toBe("понедельник");
    expect(firstDayOfWeek("en-US")).toBe(0);
    expect(firstDayOfWeek("cs-CZ")).toBe(1);
  });
});
