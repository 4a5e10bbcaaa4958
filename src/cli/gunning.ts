import { isAbsolute, relative } from "node:path";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { AwardError, writeAward } from "../award/write-award.ts";
import { changesText, compareAssessments } from "../award/changes.ts";
import { reportValidation } from "../build/report.ts";
import { validateContent } from "../pipeline/validate-content.ts";
import type { CommonOptions } from "./args.ts";

/**
 * `npm run gunning`: validates the content (the beoordeling/ files with it) and
 * writes OUT/gunning/<subtender>/ for every beoordeling. Exit 1 on invalid
 * content or a decision the leidraad's rules cannot make (a tie without a draw).
 */
export async function runGunning(options: CommonOptions): Promise<number> {
  const result = validateContent(options.content);
  if (!reportValidation(result, { ...options, quietWhenClean: true })) return 1;
  if (result.assessments.length === 0) {
    process.stderr.write(`fout: ${options.content}/beoordeling/ heeft geen beoordelingen; zet per subtender met procedure aanbesteding een beoordeling/<subtender>.yaml neer\n`);
    return 1;
  }
  try {
    const { folders: written, notice, noticeSkipped } = await writeAward(result.model!, result.assessments, options.out);
    for (const w of written) {
      const bidders = w.manifest.bestanden.filter((b) => b.bestand.startsWith("gunningsbeslissing-")).length;
      process.stdout.write(`${shown(w.folder)}/: ${bidders} ${bidders === 1 ? "brief" : "brieven"}, proces-verbaal, rangorde.csv, manifest\n`);
    }
    if (options.compare) {
      // --compare MAP: the previous version of the content folder; its beoordeling/ against this one.
      const previous = validateContent(options.compare);
      if (!previous.model) {
        process.stderr.write(`fout: de vorige versie in ${options.compare} is niet geldig; controleer die met npm run validate -- --content ${options.compare}\n`);
        return 1;
      }
      for (const now of result.assessments) {
        const then = previous.assessments.find((a) => a.subtender === now.subtender);
        if (!then) continue;
        const text = changesText(now.subtender, compareAssessments(result.model!, then, now));
        writeFileSync(join(options.out, "gunning", now.subtender, "wijzigingen.txt"), text);
        process.stdout.write(text);
      }
    }
    if (notice) process.stdout.write(`${shown(notice)} en ocds-gunning.json: de aankondiging van de gegunde opdracht (eForms 33); verstuur die pas als de overeenkomsten getekend zijn\n`);
    else process.stderr.write(`waarschuwing: de aankondiging van de gegunde opdracht is niet gemaakt:\n${noticeSkipped.map((s) => `  ${s}`).join("\n")}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof AwardError)) throw e;
    process.stderr.write(`fout: ${e.message}\n`);
    return 1;
  }
}

/** A folder as the user can open it: relative to the working directory when inside it. */
function shown(folder: string): string {
  const rel = relative(process.cwd(), folder);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : folder;
}
