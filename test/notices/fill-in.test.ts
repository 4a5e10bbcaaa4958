import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/validate/validate-content.ts";
import type { Model } from "../../src/model/types.ts";
import { noticeFacts } from "../../src/notices/facts.ts";
import { fillInCsv, fillInRows } from "../../src/notices/fill-in.ts";
import { InvalidNoticeError, buildNotices, writeNotices } from "../../src/notices/write-notices.ts";

const root = join(import.meta.dirname, "..", "..");
const modelOf = (dir: string): Model => validateContent(join(root, dir)).model!;

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
    const model = modelOf("examples/rijnmond");
    const facts = noticeFacts(model);
    const rows = parseCsv(fillInCsv(fillInRows(facts)));
    expect(rows[0]).toEqual(["BT", "Veld", "Perceel", "Waarde"]);
    for (const lot of facts.lots) {
      const own = rows.filter((r) => r[2] === lot.noticeId);
      expect(own.find((r) => r[0] === "BT-113")?.[3]).toBe(String(lot.lot.aantal_contractanten));
      expect(own.filter((r) => r[0] === "BT-734").map((r) => r[3])).toEqual(lot.lot.gunningscriteria.map((c) => c.naam));
      expect(own.filter((r) => r[0] === "BT-541").map((r) => Number(r[3]))).toEqual(lot.lot.gunningscriteria.map((c) => c.weging));
      expect(own.find((r) => r[0] === "BT-22")?.[3]).toBe(lot.lot.nummer); // Rijnmond's labels are unique over its subtenders
    }
    // The kenmerk with ’ and / survives the CSV.
    expect(rows.find((r) => r[0] === "BT-22" && r[2] === "")?.[3]).toBe(model.tender.kenmerk);
    expect(rows.find((r) => r[0] === "BT-1375")?.[3]).toBe(facts.groups[0].lotIds.join(", "));
  });

  it("writes the three files, and refuses a notice that breaks a subtype-20 rule", async () => {
    const model = modelOf("content");
    const out = mkdtempSync(join(tmpdir(), "notices-"));
    try {
      const written = await writeNotices(model, out);
      expect(written.lots).toBe(noticeFacts(model).lots.length);
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
