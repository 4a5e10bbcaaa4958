// What the agreements cost in the PDF stage: the stage with and without the
// `overeenkomst:` attachments, and the agreements alone, all in the same run.
// Prints one JSON line: medians in ms and pages per variant.
import type { Model } from "../../src/model/types.ts";
import { benchPdf } from "./pdf-bench.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";

const { model } = validateContent(process.argv[2]);
if (!model) throw new Error(`benchmarkinhoud ${process.argv[2]} is ongeldig`);
const runs = Number(process.argv[3] ?? 3);

const isAgreement = (inhoud: string) => inhoud.startsWith("overeenkomst:");
const keeping = (keep: (inhoud: string) => boolean): Model => ({ ...model, tender: { ...model.tender, bijlagen: model.tender.bijlagen.filter((a) => keep(a.inhoud)) } });

const all = await benchPdf(model, runs);
const without = await benchPdf(keeping((i) => !isAgreement(i)), runs);
const agreements = await benchPdf(keeping(isAgreement), runs);
console.log(JSON.stringify({ all, without, agreements }));
process.exit(0);
