import { parseArgs } from "node:util";
import { createTender, NewTenderError } from "./new-tender.ts";

const USAGE = `Gebruik: npm run nieuw -- MAP [--naam "Inkoop Jeugdhulp 2027"] [--kenmerk "JH-2026-001"]`;

/** `npm run nieuw -- MAP`: a new content folder from the starter tender. Exit 0 made, 1 refused, 2 usage. */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { naam: { type: "string" }, kenmerk: { type: "string" } } });
  } catch (e) {
    process.stderr.write(`fout: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [dir, ...more] = parsed.positionals;
  if (!dir || more.length > 0) {
    process.stderr.write(`fout: geef één map voor de nieuwe aanbesteding\n${USAGE}\n`);
    return 2;
  }
  try {
    const files = createTender(dir, parsed.values);
    process.stdout.write(
      `Nieuwe aanbesteding in ${dir}/ (${files.length} bestanden):\n${files.map((f) => `  ${f}`).join("\n")}\n\n` +
        `Verder:\n` +
        `  npm run validate -- --content ${dir}     controleren (zoek naar TE DOEN voor wat u zelf invult)\n` +
        `  npm run dev -- --content ${dir}          live voorbeeld in de browser\n` +
        `  npm run build -- --content ${dir} --out ${dir}-dist   website en PDF's voor Mercell\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof NewTenderError)) throw e;
    process.stderr.write(`fout: ${e.message}\n`);
    return 1;
  }
}

process.exit(main(process.argv.slice(2)));
