// A question in a Nota names a § of the leidraad; validation checks it against
// the leidraad's outline alone (cheap), the PDF prints the whole plan. Both
// must number every section the same.
import { describe, expect, it } from "vitest";
import { leidraadOutline, leidraadPlan } from "../../src/documents/outline.ts";
import { walk } from "../../src/documents/section.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";

describe("the leidraad's outline for checking § numbers", () => {
  it.each(["content", "examples/rijnmond", "test/fixtures/klein"])("numbers and names every section as the printed leidraad does (%s)", (dir) => {
    const model = validateContent(dir).model!;
    const numbered = (sections: Iterable<{ number: string; title: string }>) => [...sections].map((s) => `${s.number} ${s.title}`);
    const printed = numbered(walk(leidraadPlan(model).doc.sections));
    expect(printed.length).toBeGreaterThan(20);
    expect(numbered(walk(leidraadOutline(model)))).toEqual(printed);
  });

  it("is the same when the tender publishes no leidraad among its attachments", () => {
    const model = validateContent("content").model!;
    const without = { ...model, tender: { ...model.tender, bijlagen: model.tender.bijlagen.filter((a) => a.inhoud !== "bestek") } };
    const numbered = (sections: Iterable<{ number: string; title: string }>) => [...sections].map((s) => `${s.number} ${s.title}`);
    expect(numbered(walk(leidraadOutline(without)))).toEqual(numbered(walk(leidraadPlan(without).doc.sections)));
  });
});
