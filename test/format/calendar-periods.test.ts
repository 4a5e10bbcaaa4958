import { describe, expect, it } from "vitest";
import { addDays, nextWorkingDay, nonWorkingReason, periodEnd, publicHolidays, weekday } from "../../src/format/calendar.ts";

/** The holidays of one year by name, to read them the way a calendar lists them. */
const byName = (year: number) => Object.fromEntries([...publicHolidays(year)].map(([date, name]) => [name, date]));

/** More of the calendar that the standstill check in src/validate/rules/planning.ts relies on. */
describe("the Algemene termijnenwet calendar, for the standstill", () => {
  it("knows every holiday of 2024, 2025 and 2026", () => {
    expect(byName(2024)).toMatchObject({ "Eerste Paasdag": "2024-03-31", "Tweede Paasdag": "2024-04-01", Koningsdag: "2024-04-27", Bevrijdingsdag: "2024-05-05", Hemelvaartsdag: "2024-05-09", "Tweede Pinksterdag": "2024-05-20" });
    expect(byName(2025)).toMatchObject({ "Eerste Paasdag": "2025-04-20", "Tweede Paasdag": "2025-04-21", Koningsdag: "2025-04-26", Hemelvaartsdag: "2025-05-29", "Tweede Pinksterdag": "2025-06-09" });
    expect(byName(2026)).toMatchObject({ "Eerste Paasdag": "2026-04-05", "Tweede Paasdag": "2026-04-06", Koningsdag: "2026-04-27", Hemelvaartsdag: "2026-05-14", "Tweede Pinksterdag": "2026-05-25", "Eerste Kerstdag": "2026-12-25", "Tweede Kerstdag": "2026-12-26", Nieuwjaarsdag: "2026-01-01" });
    // An early and a late Easter.
    expect(byName(2008)["Eerste Paasdag"]).toBe("2008-03-23");
    expect(byName(2038)["Eerste Paasdag"]).toBe("2038-04-25");
    // The first Koningsdag fell on 26 April, as 27 April 2014 was a Sunday.
    expect(byName(2014).Koningsdag).toBe("2014-04-26");
  });

  it("does not count Goede Vrijdag, which the act does not name", () => {
    expect(nonWorkingReason("2025-04-18")).toBeUndefined();
    expect(nonWorkingReason("2026-04-03")).toBeUndefined();
  });

  it("runs a period over a weekend followed by a holiday", () => {
    // Saturday 18 May 2024, Whit Sunday, Whit Monday: Tuesday 21 May.
    expect(nextWorkingDay("2024-05-18")).toBe("2024-05-21");
    // Ascension Day 2026 is a Thursday: Friday 15 May.
    expect(nextWorkingDay("2026-05-14")).toBe("2026-05-15");
    // Saturday 21 June 2025 runs to Monday 23 June.
    expect(periodEnd("2025-06-01", 20)).toEqual({ nominal: "2025-06-21", end: "2025-06-23" });
    expect(weekday("2025-06-23")).toBe("maandag");
  });

  it("counts calendar days over month and year ends", () => {
    expect(addDays("2024-02-20", 10)).toBe("2024-03-01");
    expect(addDays("2025-12-20", 20)).toBe("2026-01-09");
    // A date with a time counts from its day.
    expect(periodEnd("2025-11-07T12:00", 20)).toEqual({ nominal: "2025-11-27", end: "2025-11-27" });
  });
});
