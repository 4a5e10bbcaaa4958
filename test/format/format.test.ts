import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, daysBetween } from "../../src/format/dates.ts";
import { formatEuro } from "../../src/format/money.ts";

describe("Dutch formatting", () => {
  it("writes dates as documents do", () => {
    expect(formatDate("2024-02-15")).toBe("15 februari 2024");
    expect(formatDate("2025-01-01")).toBe("1 januari 2025");
    expect(formatDateTime("2024-03-01T12:00")).toBe("1 maart 2024, 12:00 uur");
    expect(formatDateTime("2024-12-31")).toBe("31 december 2024");
  });

  it("writes money with a euro sign, thousands dots and decimal comma", () => {
    expect(formatEuro(1234.5)).toBe("€ 1.234,50");
    expect(formatEuro(131.2)).toBe("€ 131,20");
    expect(formatEuro(1.62)).toBe("€ 1,62");
    expect(formatEuro(250000)).toBe("€ 250.000,00");
  });

  it("keeps an amount on one line in HTML, with the plain space kept for copied text", async () => {
    const { amountsTogether } = await import("../../src/views/join.ts");
    const { markdownTree } = await import("../../src/markdown/render.ts");
    const { toHtml } = await import("hast-util-to-html");
    expect(toHtml({ type: "root", children: amountsTogether("ten minste € 2.500.000 per gebeurtenis, € 72,50 per uur") })).toBe(
      'ten minste <span class="nowrap">€ 2.500.000</span> per gebeurtenis, <span class="nowrap">€ 72,50</span> per uur',
    );
    const html = toHtml(markdownTree("Een verzekering van **€ 2.500.000** per gebeurtenis; code `€ 5` blijft code.", () => ({})));
    expect(html).toContain('<strong><span class="nowrap">€ 2.500.000</span></strong>');
    expect(html).toContain("<code>€ 5</code>");
  });

  it("counts calendar days across month ends and leap days", () => {
    expect(daysBetween("2024-06-01", "2024-06-24")).toBe(23);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});

describe("funding and product fields", async () => {
  const { formatTariff, formatDuration, formatContractors, formatRegisters } = await import("../../src/wording/funding.ts");
  it("writes tariffs with their unit", () => {
    expect(formatTariff({ vorm: "inspanningsgericht", eenheid: "uur", tarief: 72.5, tariefjaar: 2025 })).toBe("€ 72,50 per uur");
    expect(formatTariff({ vorm: "inspanningsgericht", eenheid: "etmaal", tarief: 142, tariefjaar: 2025 })).toBe("€ 142,00 per etmaal");
    expect(formatTariff({ vorm: "outputgericht", eenheid: "stuk", tarief: 4860, tariefjaar: 2025 })).toBe("€ 4.860,00 per traject");
    expect(formatTariff({ vorm: "taakgericht", eenheid: "euro", frequentie: "jaar", tarief: 685000, tariefjaar: 2025 })).toBe("€ 685.000,00 per jaar");
  });
  it("writes durations, contractor counts and registers", () => {
    expect(formatDuration({ waarde: 28, eenheid: "dagen" })).toBe("28 dagen");
    expect(formatDuration({ waarde: 1, eenheid: "jaren" })).toBe("1 jaar");
    expect(formatContractors(1, "aanbesteding")).toBe("1 contractant");
    expect(formatContractors(7, "aanbesteding")).toBe("7 contractanten");
    expect(formatContractors(undefined, "toelating")).toBe("geen maximum (toelating)");
    expect(formatRegisters(["skj", "big"])).toBe("SKJ of BIG");
    expect(formatRegisters(["big", "nip", "nvo"])).toBe("BIG, NIP of NVO");
    expect(formatRegisters(["skj"])).toBe("SKJ");
  });
});

describe("counts in running text", () => {
  it("writes one to twenty as words and larger numbers as digits", async () => {
    const { countOf, numberWord } = await import("../../src/format/numbers.ts");
    expect(countOf(1, "aanbieder", "aanbieders")).toBe("één aanbieder");
    expect(countOf(7, "aanbieder", "aanbieders")).toBe("zeven aanbieders");
    expect(numberWord(20)).toBe("twintig");
    expect(countOf(25, "aanbieder", "aanbieders")).toBe("25 aanbieders");
  });
});

describe("iJw product categories", () => {
  it("name the category next to its code, and leave an unknown code as written", async () => {
    const { formatCategory } = await import("../../src/wording/funding.ts");
    expect(formatCategory("45")).toBe("45 (jeugdhulp ambulant)");
    expect(formatCategory("99")).toBe("99");
  });
});

describe("a cross-reference in a printed document", async () => {
  const { seeAlsoParts } = await import("../../src/markdown/see-also.ts");
  const join = (p: { before: string; section: string; after: string }) => p.before + p.section + p.after;
  it("names the section and what is there, once", () => {
    const see = { section: "4.2.3", label: "perceel 3 Ambulante crisiszorg" };
    expect(join(seeAlsoParts(see, "perceel 3", "Voor "))).toBe(" (zie § 4.2.3, perceel 3 Ambulante crisiszorg)");
    expect(join(seeAlsoParts({ section: "3.1", label: "Pleegzorg" }, "pleegzorg", "Zie ook "))).toBe(" (§ 3.1)");
    expect(join(seeAlsoParts({ section: "3.1", label: "Pleegzorg" }, "pleegzorg", "De voorwaarde (zie "))).toBe(", § 3.1");
    expect(join(seeAlsoParts(see, "perceel 3", "Lees eerst de opdracht (met "))).toBe(", § 4.2.3, perceel 3 Ambulante crisiszorg");
    expect(join(seeAlsoParts({ document: "bijlage 2 Productenboek", section: "1.1", label: "Coördinatiepunt Spoedhulp" }, "het coördinatiepunt", "via "))).toBe(
      " (zie bijlage 2 Productenboek, § 1.1, Coördinatiepunt Spoedhulp)",
    );
  });
});

describe("a CSS string built from content", async () => {
  const { cssString } = await import("../../src/format/css.ts");
  it("cannot end the string or the style element it stands in", () => {
    const css = cssString('Inkoop "Jeugd" \\ 2025</style><script>alert(1)</script>');
    expect(css).not.toContain("<");
    expect(css).toBe('"Inkoop \\"Jeugd\\" \\\\ 2025\\3c /style>\\3c script>alert(1)\\3c /script>"');
  });
});
