import { describe, expect, it } from "vitest";
import { compareQuestionNumbers } from "../../src/format/nota.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";

const q = (nummer: string, over: string) => `  - nummer: "${nummer}"\n    over: [${over}]\n    vraag: Een vraag.\n    antwoord: Een antwoord.\n`;
const nota = (n: number, vragen: string) => ({ file: `nota-van-inlichtingen/${n}.yaml`, write: `nummer: ${n}\ndatum: 2025-09-2${n}\nvragen:\n${vragen}` });

describe("the Notas van Inlichtingen in the resolved model", () => {
  // Written out of order, and nota 2 before nota 1 on disk does not matter: the model orders them.
  const model = modelAfter(
    nota(2, q("2.10", "eis:bereikbaarheid") + q("2.2", "perceel:spoedbedden-west") + q("2.1", "product:gezinstherapie") + q("2.1.1", "segment:spoed")),
    nota(1, q("1.1", "hoofdstuk:gestanddoening")),
  );

  it("orders notas by number and questions in natural number order: 2.2 before 2.10", () => {
    expect(model.notas.map((n) => n.nummer)).toEqual([1, 2]);
    expect(model.notas[1].vragen.map((v) => v.nummer)).toEqual(["2.1", "2.1.1", "2.2", "2.10"]);
    expect(["10.1", "2.10", "2.9", "2", "2.2a", "2.2"].sort(compareQuestionNumbers)).toEqual(["2", "2.2", "2.2a", "2.9", "2.10", "10.1"]);
  });

  it("records what a question concerns, and the subtenders, lots and products through it", () => {
    const vraag = (nummer: string) => model.notas.flatMap((n) => n.vragen).find((v) => v.nummer === nummer)!;
    // A sub-lot concerns its lot too, its product and its subtender.
    expect(vraag("2.2")).toMatchObject({ notaNummer: 2, over: [{ kind: "perceel", id: "spoedbedden-west" }], lotIds: ["spoedbedden", "spoedbedden-west"], productIds: ["spoedbed"], subtenderIds: ["spoed"] });
    // A product concerns the lots that offer it, and their subtender.
    expect(vraag("2.1")).toMatchObject({ lotIds: ["ambulante-hulp"], productIds: ["gezinstherapie"], subtenderIds: ["toelating-noord"] });
    // A requirement concerns the subtenders that impose it.
    expect(vraag("2.10").subtenderIds).toEqual(model.requirements.find((r) => r.id === "bereikbaarheid")!.usedBy.filter((u) => u.kind === "subtender").map((u) => u.id));
    // A chapter of the leidraad concerns the whole tender.
    expect(vraag("1.1")).toMatchObject({ subtenderIds: [], lotIds: [], productIds: [] });
  });

  it("puts every nota in the default attachments, after the others", () => {
    expect(model.tender.bijlagen.slice(-2).map((b) => [b.titel, b.inhoud])).toEqual([["Nota van Inlichtingen 1", "nota-van-inlichtingen:1"], ["Nota van Inlichtingen 2", "nota-van-inlichtingen:2"]]);
  });
});
