import { isAbsolute, relative } from "node:path";
import { AwardError, writeAward } from "../award/write-award.ts";
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
    const written = await writeAward(result.model!, result.assessments, options.out);
    for (const w of written) {
      const bidders = w.manifest.bestanden.filter((b) => b.bestand.startsWith("gunningsbeslissing-")).length;
      process.stdout.write(`${shown(w.folder)}/: ${bidders} ${bidders === 1 ? "brief" : "brieven"}, proces-verbaal, rangorde.csv, manifest\n`);
    }
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
