// What `npm run build` writes for the EU notice (aankondiging/: eForms
// subtype 20 and the fill-in sheet) and the open data (open-data/: an OCDS
// release package), read after real builds and checked against the YAML the
// tender was built from, read here on its own (not through the model).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DEFAULT_CPV } from "../../src/content/eforms-code-lists.ts";
import { shared } from "../shared/builds.ts";

interface Criterion {
  naam: string;
  weging: number;
}
interface Perceel {
  nummer: string | number;
  naam: string;
  aantal_contractanten?: number;
  gunningscriteria?: Criterion[];
  subpercelen?: Perceel[];
}

/** A notice lot as the YAML describes it: the label, the title a reader sees, the contractors and the award criteria with their weights. */
interface ExpectedLot {
  label: string;
  title: string;
  contractors: number;
  criteria: [string, number][];
}

/**
 * The notice's lots and groups of lots, from the YAML: every lot of a subtender
 * with `procedure: aanbesteding` (in the order of `subtenders`), a lot with
 * sub-lots as a group of its sub-lots. A `toelating` is no public contract:
 * none of its lots is in the notice.
 */
function expectedFromYaml(content: string) {
  const read = (file: string) => parse(readFileSync(join(content, file), "utf8"));
  const tender = read("aanbesteding.yaml");
  const lots: ExpectedLot[] = [];
  const groups: { title: string; lots: string[] }[] = [];
  for (const id of tender.subtenders as string[]) {
    const subtender = read(`subtenders/${id}.yaml`);
    if (subtender.procedure !== "aanbesteding") continue;
    for (const perceel of subtender.percelen as Perceel[]) {
      const criteriaOf = (p: Perceel): [string, number][] => (p.gunningscriteria ?? perceel.gunningscriteria ?? subtender.gunningscriteria).map((c: Criterion) => [c.naam, c.weging]);
      if (perceel.subpercelen) {
        groups.push({ title: `Perceel ${perceel.nummer} ${perceel.naam}`, lots: perceel.subpercelen.map((s) => `Subperceel ${s.nummer} ${s.naam}`) });
        for (const sub of perceel.subpercelen) lots.push({ label: String(sub.nummer), title: `Subperceel ${sub.nummer} ${sub.naam}`, contractors: sub.aantal_contractanten!, criteria: criteriaOf(sub) });
      } else {
        lots.push({ label: String(perceel.nummer), title: `Perceel ${perceel.nummer} ${perceel.naam}`, contractors: perceel.aantal_contractanten!, criteria: criteriaOf(perceel) });
      }
    }
  }
  return { tender, lots, groups };
}

const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
const blocks = (xml: string, tag: string) => xml.match(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, "g")) ?? [];
const value = (xml: string, tag: string, attributes = "[^>]*") => {
  const m = new RegExp(`<${tag}${attributes}>([^<]*)</${tag}>`).exec(xml);
  return m ? unescape(m[1]) : undefined;
};

/** The eForms notice as the test reads it: its lots (ProcurementProjectLot with a Lot id), its groups, the buyer and the main CPV code. */
function readNotice(xml: string) {
  const parts = blocks(xml, "cac:ProcurementProjectLot");
  const project = (part: string) => blocks(part, "cac:ProcurementProject")[0] ?? "";
  const lots = parts
    .filter((p) => /<cbc:ID schemeName="Lot">/.test(p))
    .map((p) => ({
      id: value(p, "cbc:ID", ' schemeName="Lot"')!,
      label: value(project(p), "cbc:ID", ' schemeName="InternalID"'),
      title: value(project(p), "cbc:Name"),
      contractors: Number(value(p, "cbc:MaximumOperatorQuantity")),
      criteria: blocks(p, "cac:SubordinateAwardingCriterion").map((c) => [value(c, "cbc:Name"), Number(value(c, "efbc:ParameterNumeric"))]),
    }));
  const groups = parts
    .filter((p) => /<cbc:ID schemeName="LotsGroup">/.test(p))
    .map((p) => ({ id: value(p, "cbc:ID", ' schemeName="LotsGroup"')!, title: value(project(p), "cbc:Name") }));
  const distribution = blocks(xml, "cac:LotsGroup").map((g) => ({
    group: value(g, "cbc:LotsGroupID"),
    lots: [...g.matchAll(/<cbc:ID schemeName="Lot">([^<]*)<\/cbc:ID>/g)].map((m) => m[1]),
  }));
  const organization = blocks(xml, "efac:Organization")[0] ?? "";
  const buyer = {
    naam: value(organization, "cbc:Name"),
    kvk: value(organization, "cbc:CompanyID"),
    postcode: value(organization, "cbc:PostalZone"),
    plaats: value(organization, "cbc:CityName"),
    nuts: value(organization, "cbc:CountrySubentityCode"),
    telefoon: value(organization, "cbc:Telephone"),
    email: value(organization, "cbc:ElectronicMail"),
  };
  // The procedure's own ProcurementProject: the one directly in the notice, after the lots are taken out.
  const procedure = project(parts.reduce((rest, p) => rest.replace(p, ""), xml));
  return { lots, groups, distribution, buyer, title: value(procedure, "cbc:Name"), cpv: value(procedure, "cbc:ItemClassificationCode") };
}

/** Checks aankondiging/* and open-data/* of a build against the YAML of `content`. */
function expectNoticesOf(out: string, content: string, cpv: string) {
  const { tender, lots, groups } = expectedFromYaml(content);
  expect(lots.length).toBeGreaterThan(1);
  expect(readdirSync(join(out, "aankondiging")).sort()).toEqual(["eforms-aankondiging.xml", "invulhulp.csv", "invulhulp.html"]);
  expect(readdirSync(join(out, "open-data"))).toEqual(["ocds-release-package.json"]);
  const buyerData = tender.aanbestedende_dienst;
  const buyer = { naam: buyerData.naam, kvk: buyerData.kvk, postcode: buyerData.adres.postcode, plaats: buyerData.adres.plaats, nuts: buyerData.nuts, telefoon: buyerData.contact.telefoon, email: buyerData.contact.email };

  // The eForms notice: a lot per (sub)lot of the YAML, in its order, numbered LOT-0001, …
  const notice = readNotice(readFileSync(join(out, "aankondiging", "eforms-aankondiging.xml"), "utf8"));
  const lotIds = lots.map((_, i) => `LOT-${String(i + 1).padStart(4, "0")}`);
  expect(notice.lots).toEqual(lots.map((l, i) => ({ id: lotIds[i], ...l })));
  const groupIds = groups.map((_, i) => `GLO-${String(i + 1).padStart(4, "0")}`);
  expect(notice.groups).toEqual(groups.map((g, i) => ({ id: groupIds[i], title: g.title })));
  expect(notice.distribution).toEqual(groups.map((g, i) => ({ group: groupIds[i], lots: g.lots.map((t) => lotIds[lots.findIndex((l) => l.title === t)]) })));
  expect(notice.buyer).toEqual(buyer);
  expect(notice.title).toBe(tender.titel);
  expect(notice.cpv).toBe(cpv);

  // The OCDS release: the same lots with the same contractors and weights, the same groups, the same buyer.
  const ocds = JSON.parse(readFileSync(join(out, "open-data", "ocds-release-package.json"), "utf8"));
  expect(ocds.releases).toHaveLength(1);
  const release = ocds.releases[0];
  expect(release.ocid).toBe(`${ocds.uri.replace(/^urn:ocid:/, "")}`);
  expect(release.tag).toEqual(["tender"]);
  expect(release.tender.title).toBe(tender.titel);
  expect(release.tender.id).toBe(tender.kenmerk);
  expect(
    release.tender.lots.map((l: { id: string; title: string; techniques: { frameworkAgreement: { maximumParticipants: number } }; awardCriteria: { criteria: { name: string; numbers: { number: number }[] }[] } }) => ({
      id: l.id,
      title: l.title,
      contractors: l.techniques.frameworkAgreement.maximumParticipants,
      criteria: l.awardCriteria.criteria.map((c) => [c.name, c.numbers[0].number]),
    })),
  ).toEqual(lots.map((l, i) => ({ id: lotIds[i], title: l.title, contractors: l.contractors, criteria: l.criteria })));
  expect((release.tender.lotGroups ?? []).map((g: { id: string; title: string; relatedLots: string[] }) => [g.id, g.title, g.relatedLots])).toEqual(notice.distribution.map((d, i) => [d.group, groups[i].title, d.lots]));
  expect(release.buyer).toEqual({ id: `NL-KVK-${buyer.kvk}`, name: buyer.naam });
  const party = release.parties.find((p: { id: string }) => p.id === release.buyer.id);
  expect(party).toMatchObject({ roles: ["buyer"], address: { postalCode: buyer.postcode, locality: buyer.plaats, region: buyer.nuts }, contactPoint: { email: buyer.email, telephone: buyer.telefoon } });

  // The fill-in sheet names every lot and the buyer, as the notice does.
  const sheet = readFileSync(join(out, "aankondiging", "invulhulp.csv"), "utf8");
  for (const l of lots) expect(sheet).toContain(l.title);
  expect(sheet).toContain(`;KvK-nummer;;${buyer.kvk}`);
  // The internal page of the fill-in sheet is in the team's output, not on the public site.
  expect(existsSync(join(out, "site", "aankondiging"))).toBe(false);
  const page = readFileSync(join(out, "aankondiging", "invulhulp.html"), "utf8");
  expect(page).toContain("Aankondiging: invulhulp");
  for (const l of lots) expect(page).toContain(l.title);
  return { lots, groups };
}

describe("the notices of a build", () => {
  it("with `aankondiging` in the data (the shared build of examples/rijnmond): eForms and OCDS state the YAML's lots, contractors, weights and buyer", () => {
    const build = shared("rijnmond");
    const { lots, groups } = expectNoticesOf(build.out, build.content, parse(readFileSync(join(build.content, "aanbesteding.yaml"), "utf8")).aankondiging.cpv);
    const counted = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
    expect(build.stdout).toMatch(new RegExp(`^✓ aankondiging: eForms subtype 20 en OCDS, ${counted(lots.length, "perceel", "percelen")}, ${counted(groups.length, "groep", "groepen")} \\(\\d+,\\d s\\)$`, "m"));
  });

  it("`npm run build -- --aankondiging` on a tender without `aankondiging`, with the buyer's data (the shared build of klein with own files): succeeds and writes the notices of its lots, with the default CPV code", () => {
    // The small tender lacks `aankondiging` (`examples/` and `content/` have it, so they do not show what the
    // flag does); the shared copy has the buyer's data a notice needs.
    const build = shared("eigen-bestanden");
    expect(build.args).toContain("--aankondiging");
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toBe("");
    expect(parse(readFileSync(join(build.content, "aanbesteding.yaml"), "utf8")).aankondiging).toBeUndefined();
    const { lots, groups } = expectNoticesOf(build.out, build.content, DEFAULT_CPV);
    expect(lots.map((l) => l.label)).toEqual(["1a", "1b", "2"]);
    expect(groups).toHaveLength(1);
    // Nothing else next to the output: no temporary folder left behind.
    expect(readdirSync(dirname(build.out))).toEqual(["uit"]);
    expect(build.stdout).toMatch(/^✓ aankondiging: eForms subtype 20 en OCDS, 3 percelen, 1 groep \(\d+,\d s\)$/m);
    // The data itself still has no `aankondiging`: the flag asked for the notices of this build only.
    expect(JSON.parse(readFileSync(join(build.out, "model.json"), "utf8")).tender.aankondiging).toBeUndefined();
  });
});
