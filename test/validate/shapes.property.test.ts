import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { tenderArb, writeTender } from "./tender-shapes.ts";
import { runs } from "../full-run.ts";

describe("geldige aanbestedingen van allerlei vorm", () => {
  it("worden zonder fouten en waarschuwingen geaccepteerd, met labels en namen letterlijk in het model", () => {
    const work = mkdtempSync(join(tmpdir(), "vormen-"));
    let run = 0;
    try {
      fc.assert(
        fc.property(tenderArb, (tender) => {
          const dir = writeTender(tender, join(work, String(run++)));
          const result = validateContent(dir);
          const messages = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
          expect(messages).toEqual([]);
          expect(result.model).toBeDefined();
          const model = result.model!;

          // Read back exactly as written: a label such as "10" or "true" stays that text.
          expect(model.tender.titel).toBe(tender.titel);
          expect(model.tender.kenmerk).toBe(tender.kenmerk);
          expect(model.tender.versie).toBe(tender.versie);
          expect(model.subtenders.map((s) => [s.id, s.naam])).toEqual(tender.subtenders.map((s) => [s.id, s.naam]));
          const expectedLots = tender.subtenders.flatMap((s) => s.lots.map((l) => [l.id, l.nummer, l.naam, l.parent]));
          expect(model.lots.map((l) => [l.id, l.nummer, l.naam, l.parentId])).toEqual(expectedLots);
          expect(model.products.map((p) => [p.id, p.naam]).sort()).toEqual(tender.products.map((p) => [p.id, p.naam]).sort());
          // A sub-lot's own conditions are stated on it, after those of its lot.
          for (const s of tender.subtenders) {
            for (const l of s.lots) {
              const lot = model.lots.find((m) => m.id === l.id)!;
              expect(lot.voorwaarden.filter((v) => v.statedOn === l.id).map(({ vereist_product, vereist_perceel }) => ({ vereist_product, vereist_perceel }))).toEqual(
                l.conditions.map((c) => ({ vereist_product: c.vereist_product, vereist_perceel: c.vereist_perceel })),
              );
            }
          }
          rmSync(dir, { recursive: true, force: true });
        }),
        { numRuns: runs(30, 100), seed: 20261207 },
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
