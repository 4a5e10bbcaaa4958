import { parseCommonArgs, UsageError } from "./args.ts";
import { reportValidation } from "../build/report.ts";
import { validateContent } from "../pipeline/validate-content.ts";
import { runBuild } from "../build/run-build.ts";
import { runVerify } from "../pdf/verify.ts";
import { runDevServer } from "../site/dev-server.ts";
import { runDiff } from "../diff/run-diff.ts";
import { TemplateError } from "../templates/template-error.ts";
import { runGunning } from "./gunning.ts";

const USAGE = `Gebruik:
  npm run validate [-- --content MAP] [--format json] [--strict]
  npm run build    [-- --content MAP] [--out MAP] [--strict] [--compare REF] [--quiet] [--aankondiging]
                   (--quiet: alleen fouten, geen regel per stap;
                    --aankondiging: ook de EU-aankondiging en open data zonder \`aankondiging\` in de gegevens)
  npm run dev      [-- --content MAP]
  npm run verify   [-- MAP]   (standaard dist/mercell)
  npm run diff     -- VAN NAAR [--out MAP]
  npm run gunning  [-- --content MAP] [--out MAP] [--compare VORIGE-MAP]
                   (de gunningsbeslissingen uit beoordeling/; --compare: welke brieven veranderen)`;

/** Exit codes: 0 valid (warnings allowed), 1 invalid content or a broken template, 2 usage or internal error. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const options = parseCommonArgs(rest);
  if (options.quiet && command !== "build") throw new UsageError("--quiet hoort alleen bij build");
  if (options.aankondiging && command !== "build") throw new UsageError("--aankondiging hoort alleen bij build");
  switch (command) {
    case "validate": {
      const result = validateContent(options.content);
      return reportValidation(result, options) ? 0 : 1;
    }
    case "build":
      return runBuild(options);
    case "verify":
      return runVerify(options.positionals[0] ?? "dist/mercell");
    case "diff": {
      const [from, to] = options.positionals;
      if (!from || !to || options.positionals.length > 2) throw new UsageError("geef twee versies: npm run diff -- VAN NAAR");
      return runDiff(from, to, { content: options.content, out: options.out === "dist" ? "dist/wijzigingen" : options.out });
    }
    case "gunning":
      return runGunning(options);
    case "dev":
      await runDevServer(options.content);
      return 0;
    default:
      throw new UsageError(`onbekend commando ${command ?? "(geen)"}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError) process.stderr.write(`fout: ${e.message}\n${USAGE}\n`);
    else if (e instanceof TemplateError) {
      // A standard text in templates/ that cannot be filled in: its own message, and no output made from it.
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    } else process.stderr.write(`interne fout: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
