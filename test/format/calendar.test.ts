import { describe, expect, it } from "vitest";
import { nextWorkingDay, nonWorkingReason, periodEnd, publicHolidays } from "../../src/format/calendar.ts";

const holidayOn = (year: number, name: string) => [...publicHolidays(year)].find(([, n]) => n === name)?.[0];

describe("the Algemene termijnenwet calendar", () => {
  it("finds Easter and the holidays that follow from it", () => {
    expect([2024, 2025, 2026].map((y) => holidayOn(y, "Eerste Paasdag"))).toEqual(["2024-03-31", "2025-04-20", "2026-04-05"]);
    expect(holidayOn(2025, "Hemelvaartsdag")).toBe("2025-05-29");
    expect(holidayOn(2025, "Tweede Pinksterdag")).toBe("2025-06-09");
  });

  it("moves Koningsdag to 26 April when 27 April is a Sunday", () => {
    expect(holidayOn(2025, "Koningsdag")).toBe("2025-04-26");
    expect(holidayOn(2026, "Koningsdag")).toBe("2026-04-27");
  });

  it("names why a day is no working day", () => {
    expect(nonWorkingReason("2025-11-29")).toBe("zaterdag");
    expect(nonWorkingReason("2025-12-26")).toBe("Tweede Kerstdag");
    expect(nonWorkingReason("2025-12-01")).toBeUndefined();
  });

  it("ends a period on the next working day when its last day is a weekend day or holiday", () => {
    expect(periodEnd("2025-11-10", 20)).toEqual({ nominal: "2025-11-30", end: "2025-12-01" });
    // 20 days after 5 December 2025 is Thursday 25 December; 26 December is a holiday too, then a weekend.
    expect(periodEnd("2025-12-05", 20)).toEqual({ nominal: "2025-12-25", end: "2025-12-29" });
    expect(nextWorkingDay("2025-06-03")).toBe("2025-06-03");
  });
});
