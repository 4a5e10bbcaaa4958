// The Nota van Inlichtingen in validation: the example without notas, and with
// 500 synthetic questions over 5 notas (every `over` kind, a § of the leidraad,
// cross-references in question and answer). Prints one JSON line: median
// validation times (ms), the extra per 100 questions relative to the example
// without notas, and the part of that extra beyond parsing the extra YAML.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { medianTimings, peakMemoryMb } from "./measure.ts";

const source = process.argv[2] ?? "content";
const runs = Number(process.argv[3] ?? 5);
const QUESTIONS = 500;
const NOTAS = 5;
const TARGETS = ["perceel:crisispleegzorg", "product:pleegzorg", "eis:kit", "hoofdstuk:inschrijving", "subtender:crisis", "begrip:gezinshuis"];
const SECTIONS = ["2.5", "4.2.5", "6.2", "3"];
const work = mkdtempSync(join(tmpdir(), "bench-nota-"));

/** The nota files of `count` questions over NOTAS notas. */
function notaTexts(count: number): string[] {
  return Array.from({ length: NOTAS }, (_, k) => {
    const n = k + 1;
    const lines = [`nummer: ${n}`, `datum: 2024-03-0${n + 1}`, "vragen:"];
    for (let i = 1; i <= count / NOTAS; i++) {
      lines.push(
        `  - nummer: "${n}.${i}"`, `    referentie: Vraag ${n * 1000 + i}`, "    ontvangen: 2024-02-20",
        `    over: [${TARGETS[i % 6]}, ${TARGETS[(i + 1) % 6]}]`, `    paragraaf: "${SECTIONS[i % 4]}"`,
        "    vraag: |", "      Geldt de eis uit [het KIT](eis:kit) ook voor de onderaannemers van een combinatie die op dit perceel inschrijft?",
        "    antwoord: |", "      Ja. Zie [perceel 5](perceel:crisispleegzorg) en de [inschrijving](hoofdstuk:inschrijving); een onderaannemer voldoet aan dezelfde eisen.",
        ...(i % 5 === 0 ? ["    wijziging: De leidraad noemt voortaan ook de onderaannemers."] : []),
      );
    }
    return lines.join("\n") + "\n";
  });
}

/** The content folder with `count` questions (none: no notas and no bijlagen for them). */
function variant(name: string, count: number): { dir: string; notaYaml: string[] } {
  const dir = join(work, name);
  cpSync(source, dir, { recursive: true });
  rmSync(join(dir, "nota-van-inlichtingen"), { recursive: true, force: true });
  const tenderPath = join(dir, "aanbesteding.yaml");
  let tender = readFileSync(tenderPath, "utf8").split("\n").filter((l) => !l.includes("nota-van-inlichtingen:")).join("\n");
  const texts = count > 0 ? notaTexts(count) : [];
  if (texts.length) {
    mkdirSync(join(dir, "nota-van-inlichtingen"));
    texts.forEach((text, k) => writeFileSync(join(dir, "nota-van-inlichtingen", `${k + 1}.yaml`), text));
    if (/^bijlagen:/m.test(tender)) {
      const next = Math.max(0, ...[...tender.matchAll(/nummer: "(\d+)"/g)].map((m) => Number(m[1]))) + 1;
      tender = tender.trimEnd() + "\n" + texts.map((_, k) => `  - { nummer: "${next + k}", titel: Nota van Inlichtingen ${k + 1}, inhoud: "nota-van-inlichtingen:${k + 1}" }`).join("\n") + "\n";
    }
  }
  writeFileSync(tenderPath, tender);
  return { dir, notaYaml: texts };
}

try {
  const without = variant("zonder", 0);
  const withQuestions = variant("met", QUESTIONS);
  const measure = (dir: string, extraYaml: string[]) =>
    medianTimings(runs, () => {
      let t = performance.now();
      for (const text of extraYaml) parseDocument(text, { lineCounter: new LineCounter() });
      const parseExtra = performance.now() - t;
      t = performance.now();
      const result = validateContent(dir);
      if (!result.model) throw new Error(`benchmarkinhoud ${dir} is ongeldig: ${result.diagnostics.find((d) => d.severity === "fout")?.message}`);
      return { parseExtra, total: performance.now() - t };
    });
  const base = await measure(without.dir, []);
  const ours = await measure(withQuestions.dir, withQuestions.notaYaml);
  const per100 = (ours.total - base.total) / (QUESTIONS / 100);
  const per100BeyondYaml = (ours.total - ours.parseExtra - base.total) / (QUESTIONS / 100);
  console.log(JSON.stringify({
    questions: QUESTIONS, without: base.total, with: ours.total, parseExtra: ours.parseExtra,
    per100, per100Pct: (per100 / base.total) * 100, per100BeyondYamlPct: (per100BeyondYaml / base.total) * 100, peakMb: peakMemoryMb(),
  }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
