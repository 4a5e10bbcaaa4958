import type { Rule } from "../rule.ts";
import { admission } from "./admission.ts";
import { agreement } from "./agreement.ts";
import { allocation } from "./allocation.ts";
import { assessment } from "./assessment.ts";
import { awardScale } from "./award-scale.ts";
import { funding } from "./funding.ts";
import { knockOutEvidence } from "./knock-out-evidence.ts";
import { maximumValue } from "./maximum-value.ts";
import { maximumValueMissing } from "./maximum-value-missing.ts";
import { placeholders } from "./placeholders.ts";
import { markdownReferences } from "./markdown-references.ts";
import { dialogueWithoutPhase } from "./dialogue-without-phase.ts";
import { attachmentReferences } from "./attachment-references.ts";
import { noticeData } from "./notice-data.ts";
import { notaVanInlichtingen } from "./nota-van-inlichtingen.ts";
import { ownFiles } from "./own-files.ts";
import { phases } from "./phases.ts";
import { planning } from "./planning.ts";
import { procedureKinds } from "./procedure-kinds.ts";
import { questionLength } from "./question-length.ts";
import { questionNumbers } from "./question-numbers.ts";
import { references } from "./references.ts";
import { criterionPageLimits } from "./criterion-page-limits.ts";
import { requiredElements } from "./required-elements.ts";
import { requirementKinds } from "./requirement-kinds.ts";
import { toelatingConditions } from "./toelating-conditions.ts";
import { teamChapters } from "./team-chapters.ts";
import { uniqueIds } from "./unique-ids.ts";
import { unusedProducts } from "./unused-products.ts";
import { weights } from "./weights.ts";
import { conditionalLotPlaces } from "./conditional-lot-places.ts";
import { agreementVoice } from "./agreement-voice.ts";
import { segmentWithoutLots } from "./segment-without-lots.ts";
import { hoofdtenderDeliveryCondition } from "./hoofdtender-delivery-condition.ts";
import { notaMilestones } from "./nota-milestones.ts";
import { sharedFixedBudget } from "./shared-fixed-budget.ts";
import { estimateExtensions } from "./estimate-extensions.ts";
import { dialogueBeforeAward } from "./dialogue-before-award.ts";
import { dialogueNota } from "./dialogue-nota.ts";

/**
 * The rules of the trade, in the order of the content model's list, followed by
 * the legal checks of the bestek checklist (/work/shared/bestek-checklist.md).
 */
export const RULES: Rule[] = [
  uniqueIds, references, markdownReferences, attachmentReferences, weights, procedureKinds, planning, funding, requirementKinds, unusedProducts,
  awardScale, agreement, admission, allocation, knockOutEvidence, toelatingConditions, phases, dialogueWithoutPhase, dialogueBeforeAward, dialogueNota, ownFiles, noticeData, placeholders,
  questionLength, notaVanInlichtingen, questionNumbers, teamChapters, maximumValue, maximumValueMissing, requiredElements, criterionPageLimits,
  conditionalLotPlaces, sharedFixedBudget, notaMilestones, hoofdtenderDeliveryCondition, segmentWithoutLots, estimateExtensions, agreementVoice,
  assessment,
];
