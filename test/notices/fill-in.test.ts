import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import type { Model } from "../../src/model/types.ts";
import { noticeFacts } from "../../src/notices/facts.ts";
import { fillInCsv, fillInRows } from "../../src/notices/fill-in.ts";
import { InvalidNoticeError, buildNotices, writeNotices } from "../../src/notices/write-notices.ts";

const root = join(import.meta.dirname, "..", "..");
const modelOf = (dir: string): Model => validateContent(join(root, dir)).model!;

interface Criterion { naam: string; weging: number }
interface LotYaml { nummer: string; aantal_contractanten?: number; gunningscriteria?: Criterion[]; subpercelen?: LotYaml[] }
interface SubtenderYaml { procedure: "aanbesteding" | "toelating"; gunningscriteria?: Criterion[]; percelen: LotYaml[] }

/** A minimal CSV reader for semicolon-separated, double-quoted cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") row.push(cell), (cell = "");
    else if (c === "\r" && s[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

describe("fill-in sheet and the notices in the build output", () => {
  it("lists every lot's contractor count, criterion and weight, as in the notice", () => {
    // What the sheet must say, from the YAML of examples/rijnmond: the lots of its two aanbestedingen
    // (a toelating is not in an EU notice) in their order, a sub-lot with its lot's criteria, else the subtender's.
    const yaml = <T>(file: string) => parse(readFileSync(join(root, "examples/rijnmond", file), "utf8")) as T;
    const tender = yaml<{ kenmerk: string; subtenders: string[] }>("aanbesteding.yaml");
    const expected = tender.subtenders
      .map((id) => yaml<SubtenderYaml>(`subtenders/${id}.yaml`))
      .filter((s) => s.procedure === "aanbesteding")
      .flatMap((s) =>
        s.percelen.flatMap((lot) =>
          lot.subpercelen?.length
            ? lot.subpercelen.map((sub) => ({ nummer: sub.nummer, aantal: sub.aantal_contractanten!, criteria: sub.gunningscriteria ?? lot.gunningscriteria ?? s.gunningscriteria! }))
            : [{ nummer: lot.nummer, aantal: lot.aantal_contractanten!, criteria: lot.gunningscriteria ?? s.gunningscriteria! }],
        ),
      )
      .map((l, i) => ({ ...l, noticeId: `LOT-${String(i + 1).padStart(4, "0")}` }));
    expect(expected.map((l) => l.nummer)).toEqual(["A", "B1", "B2", "B3", "B4a", "B4b", "B4c", "B5"]);

    const rows = parseCsv(fillInCsv(fillInRows(noticeFacts(modelOf("examples/rijnmond")))));
    expect(rows[0]).toEqual(["BT", "Veld", "Perceel", "Waarde"]);
    // Every lot of the notice, and no other.
    expect(rows.filter((r) => r[0] === "BT-137").map((r) => r[2])).toEqual(expected.map((l) => l.noticeId));
    for (const lot of expected) {
      const own = rows.filter((r) => r[2] === lot.noticeId);
      expect(own.find((r) => r[0] === "BT-113")?.[3], lot.nummer).toBe(String(lot.aantal));
      expect(own.filter((r) => r[0] === "BT-734").map((r) => r[3]), lot.nummer).toEqual(lot.criteria.map((c) => c.naam));
      expect(own.filter((r) => r[0] === "BT-541").map((r) => Number(r[3])), lot.nummer).toEqual(lot.criteria.map((c) => c.weging));
      expect(own.find((r) => r[0] === "BT-22")?.[3]).toBe(lot.nummer); // Rijnmond's labels are unique over its subtenders
    }
    // The kenmerk with ’ and / survives the CSV.
    expect(tender.kenmerk).toBe("GRJR/2021-JH’s 07");
    expect(rows.find((r) => r[0] === "BT-22" && r[2] === "")?.[3]).toBe("GRJR/2021-JH’s 07");
    // Perceel B4's sub-lots B4a–c (the 5th to 7th lot of the notice) form its one lots group.
    expect(rows.filter((r) => r[0] === "BT-1375").map((r) => [r[2], r[3]])).toEqual([["GLO-0001", "LOT-0005, LOT-0006, LOT-0007"]]);
  });

  it("writes the three files, and refuses a notice that breaks a subtype-20 rule", async () => {
    const model = modelOf("content");
    const out = mkdtempSync(join(tmpdir(), "notices-"));
    try {
      const written = await writeNotices(model, out);
      // The lots of the example's two aanbestedingen: Crisis 1, 2, 3, 4a, 4b, 4c and 5, and Advies & Expertise 1.
      expect(written.lots).toBe(8);
      expect(readFileSync(join(out, "aankondiging", "eforms-aankondiging.xml"), "utf8")).toContain("<cbc:NoticeTypeCode listName=\"competition\">cn-social</cbc:NoticeTypeCode>");
      expect(JSON.parse(readFileSync(join(out, "open-data", "ocds-release-package.json"), "utf8")).releases).toHaveLength(1);
      expect(readFileSync(join(out, "aankondiging", "invulhulp.csv"), "utf8")).toContain("BT-113");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // A model that never went through validation: a NUTS code outside the Dutch NUTS-3 list.
    const broken: Model = structuredClone(model);
    broken.tender.aanbestedende_dienst.nuts = "NL999";
    const error = await buildNotices(broken).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidNoticeError);
    expect((error as Error).message).toContain("`NL999` staat niet in codelijst nuts-lvl3");
  }, 60_000);

  it("says in Dutch what is missing when the notice is asked for (build --aankondiging) without the buyer's data", async () => {
    const model = modelOf("test/fixtures/klein");
    expect(model.tender.aankondiging).toBeUndefined();
    const error = await buildNotices({ ...model, tender: { ...model.tender, aankondiging: {} } }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidNoticeError);
    expect((error as Error).message).toBe("De aankondiging kan niet worden gemaakt: aanbestedende_dienst in aanbesteding.yaml mist `kvk`, `adres.postcode`, `adres.plaats`, `contact.telefoon`, `contact.email` en `nuts`.");
  });
});
