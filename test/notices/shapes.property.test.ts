import { rmSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { buildNotices } from "../../src/notices/write-notices.ts";
import { validateAgainstXsd } from "../../src/notices/eforms/xsd.ts";
import { HARD_SHAPE, tenderShape, toTender, writeTender, type ExpectedTender } from "../validate/tender-shapes.ts";
import { parseXml } from "../../src/notices/eforms/xml-parse.ts";
import { evaluate, stringValue } from "../../src/notices/eforms/xpath.ts";

/** The generated tender with the notice data a team adds for the EU notice. */
function withNoticeData(t: ExpectedTender): ExpectedTender {
  const tender = t.files["aanbesteding.yaml"] as Record<string, Record<string, unknown>>;
  return {
    ...t,
    files: {
      ...t.files,
      "aanbesteding.yaml": {
        ...tender,
        aanbestedende_dienst: {
          ...tender.aanbestedende_dienst,
          kvk: "12345678",
          adres: { straat: "Markt 1", postcode: "1234 AB", plaats: "’s-Hertogenbosch" },
          contact: { email: "inkoop@rjnoord.nl", telefoon: "+31 73 612 3456" },
          nuts: "NL213",
        },
        aankondiging: { cpv: "85311300" },
      },
    },
  };
}

describe("the notices of tenders of every shape", () => {
  // Each notice is validated against the XSD (about a second): a few tenders from a fixed seed, plus the hardest texts.
  it("are XSD-valid and keep every lot label and name as written; a tender of toelatingen alone is refused by validation", async () => {
    let validated = 0;
    await fc.assert(
      fc.asyncProperty(tenderShape, async (shape) => {
        const t = withNoticeData(toTender(shape));
        const dir = writeTender(t);
        try {
          const result = validateContent(dir);
          const contracts = t.subtenders.filter((s) => s.procedure === "aanbesteding");
          if (!contracts.length) {
            expect(result.diagnostics.map((d) => d.code)).toContain("aankondiging-zonder-aanbesteding");
            return;
          }
          expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
          const { xml } = await buildNotices(result.model!);
          // Valid against the eForms SDK's XSD, checked here and not only by buildNotices itself.
          expect(await validateAgainstXsd(xml)).toEqual([]);
          validated++;
          const doc = parseXml(xml);
          const lotIds = evaluate("/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']/cac:ProcurementProject/cbc:ID", [], doc).map(stringValue);
          const noticeLots = contracts.flatMap((s) => s.lots.filter((l) => !s.lots.some((x) => x.parent === l.id)).map((l) => ({ subtender: s.id, nummer: l.nummer })));
          const expected = noticeLots.map((l) => (noticeLots.filter((x) => x.nummer === l.nummer).length > 1 ? `${l.subtender}/${l.nummer}` : l.nummer));
          expect(new Set(lotIds).size).toBe(lotIds.length);
          expect(lotIds).toEqual(expected);
          const names = evaluate("/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']/cac:ProcurementProject/cbc:Name", [], doc).map(stringValue);
          const expectedNames = contracts.flatMap((s) => s.lots.filter((l) => !s.lots.some((x) => x.parent === l.id)).map((l) => `${l.nummer} ${l.naam}`));
          // A tender with an aanbesteding has at least one lot in its notice, each with one name.
          expect(expectedNames.length).toBeGreaterThan(0);
          expect(names).toHaveLength(expectedNames.length);
          names.forEach((n, i) => expect(n).toContain(expectedNames[i]));
          expect(evaluate("/*/cac:ProcurementProject/cbc:ID", [], doc).map(stringValue)).toEqual([t.kenmerk]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 4, seed: 20261130, examples: [[HARD_SHAPE]] },
    );
    // Not every tender was refused: notices were made and checked against the XSD.
    expect(validated).toBeGreaterThan(0);
  }, 300_000);
});
