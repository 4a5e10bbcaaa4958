import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import type { Model } from "../../src/model/types.ts";
import { noticeFacts } from "../../src/notices/facts.ts";
import { OCID_PREFIX, ocdsReleasePackage } from "../../src/notices/ocds/release.ts";
import { validateOcdsPackage } from "../../src/notices/ocds/validate.ts";
import { rijnmondShaped } from "../fixtures/rijnmond-shaped.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";
import { BUYER_DATA } from "../shared/recipes.ts";

const root = join(import.meta.dirname, "..", "..");
const modelOf = (dir: string): Model => {
  const result = validateContent(join(root, dir));
  expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  return result.model!;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function checkAgainstLeidraad(model: Model, pkg: Json) {
  const release = pkg.releases[0];
  const tender = release.tender;
  const contractLots = model.lots.filter((l) => model.subtenders.find((s) => s.id === l.subtenderId)!.procedure === "aanbesteding" && !l.subLotIds.length);
  expect(tender.lots).toHaveLength(contractLots.length);
  tender.lots.forEach((lot: Json, i: number) => {
    const l = contractLots[i];
    expect(lot.title).toContain(`${l.nummer} ${l.naam}`);
    expect(lot.techniques.frameworkAgreement.maximumParticipants).toBe(l.aantal_contractanten);
    expect(lot.awardCriteria.criteria.map((c: Json) => [c.name, c.numbers[0].number, c.numbers[0].weight])).toEqual(l.gunningscriteria.map((c) => [c.naam, c.weging, "percentageExact"]));
    expect(lot.renewal?.maximumRenewals ?? 0).toBe(model.tender.overeenkomst.verlengingen?.length ?? 0);
  });
  // Every item names its lot; every lot has an item.
  expect(tender.items.map((it: Json) => it.relatedLot)).toEqual(tender.lots.map((l: Json) => l.id));
  expect(release.parties[0].identifier).toEqual({ scheme: "NL-KVK", id: model.tender.aanbestedende_dienst.kvk, legalName: model.tender.aanbestedende_dienst.naam });
  expect(release.parties[0].roles).toEqual(["buyer"]);
  expect(release.buyer.id).toBe(`NL-KVK-${model.tender.aanbestedende_dienst.kvk}`);
  expect(tender.procurementMethodDetails).toMatch(/Sociale en andere specifieke diensten/);
  expect(tender.tenderPeriod.endDate.slice(0, 16)).toBe(model.tender.planning.find((m) => m.id === "inschrijving")!.datum);
  expect(release.ocid).toBe(`${OCID_PREFIX}-${model.tender.id}`);
}

describe("OCDS release package", () => {
  it("of the example is valid against the OCDS-for-eForms schema and carries the leidraad's lots, counts and weights", () => {
    const model = modelOf("content");
    const pkg = ocdsReleasePackage(noticeFacts(model), model.tender.versie) as Json;
    expect(validateOcdsPackage(pkg)).toEqual([]);
    checkAgainstLeidraad(model, pkg);
    expect(pkg.releases[0].tender.items[0].classification).toEqual({ scheme: "CPV", id: "85311300", description: "Welzijnszorg voor kinderen en jongeren" });
  }, 60_000);

  it("of the Rijnmond example groups B4a-B4c and is valid", () => {
    const model = modelOf("examples/rijnmond");
    const pkg = ocdsReleasePackage(noticeFacts(model), model.tender.versie) as Json;
    expect(validateOcdsPackage(pkg)).toEqual([]);
    checkAgainstLeidraad(model, pkg);
    const group = pkg.releases[0].tender.lotGroups[0];
    const titles = group.relatedLots.map((id: string) => pkg.releases[0].tender.lots.find((l: Json) => l.id === id).title);
    expect(titles.map((t: string) => t.split(" ")[1])).toEqual(["B4a", "B4b", "B4c"]);
  }, 60_000);

  it("is caught when broken", () => {
    const model = modelOf("examples/rijnmond");
    const pkg = ocdsReleasePackage(noticeFacts(model), model.tender.versie) as Json;
    const broken = (change: (p: Json) => void) => {
      const copy = structuredClone(pkg);
      change(copy);
      return validateOcdsPackage(copy);
    };
    expect(broken((p) => delete p.releases[0].ocid)).toContainEqual(expect.stringContaining("ocid"));
    expect(broken((p) => (p.releases[0].tender.lots[0].awardCriteria.criteria[0].numbers[0].weight = "procent"))).toContainEqual(expect.stringContaining("/tender/lots/0/awardCriteria/criteria/0/numbers/0/weight"));
    expect(broken((p) => (p.releases[0].tender.lots[0].techniques.frameworkAgreement.maximumParticipants = "zeven"))).toContainEqual(expect.stringContaining("maximumParticipants"));
    expect(broken((p) => (p.releases[0].tag = ["aankondiging"]))).toContainEqual(expect.stringContaining("/tag/0"));
    expect(broken((p) => (p.publishedDate = "15 februari 2024"))).toContainEqual(expect.stringContaining("publishedDate"));
  }, 60_000);
});

describe("the ocid prefix of the OCDS release", () => {
  it("is the team's `aankondiging.ocid_prefix` where it has one, else the placeholder", () => {
    const after = "  namens: [Appingedam, Delfzijl, Loppersum]\n";
    const withPrefix = modelAfter({ file: "aanbesteding.yaml", replace: after, with: `${after}${BUYER_DATA.join("\n")}\naankondiging:\n  ocid_prefix: ocds-a1b2c3\n` });
    expect((ocdsReleasePackage(noticeFacts(withPrefix), "2.1") as Json).releases[0].ocid).toBe("ocds-a1b2c3-jeugdhulp-noord-2026");
    const without = validateContent(join(root, "test/fixtures/klein")).model!;
    expect((ocdsReleasePackage(noticeFacts(without), "2.1") as Json).releases[0].ocid).toBe("ocds-000000-jeugdhulp-noord-2026");
  });
});

describe("OCDS release of a Rijnmond-shaped tender with ceilings (maximale_waarde)", () => {
  it("states the framework agreement's maximum value per lot and for the tender, valid against the schemas", () => {
    const pkg: Json = ocdsReleasePackage(noticeFacts(validateContent(rijnmondShaped()).model!), "1.0");
    expect(validateOcdsPackage(pkg)).toEqual([]);
    const tender = pkg.releases[0].tender;
    const lot = (title: string) => tender.lots.find((l: Json) => l.title.includes(title));
    // Written from test/fixtures/rijnmond-shaped.ts: sub-lot B4a € 18.000.000; A + B = € 490.000.000.
    expect(lot("B4a").techniques.frameworkAgreement.value).toEqual({ amount: 18000000, currency: "EUR" });
    expect(lot("B4b").techniques.frameworkAgreement.value).toBeUndefined();
    expect(tender.techniques.frameworkAgreement.value).toEqual({ amount: 490000000, currency: "EUR" });
  }, 60_000);
});
