/** Where the vendored eForms SDK 1.15.1 material is (inside the repository). */
import { join } from "node:path";
import { PROJECT_ROOT } from "../../project-root.ts";

export const SDK_DIR = join(PROJECT_ROOT, "vendor", "eforms-sdk-1.15.1");
export const OCDS_DIR = join(PROJECT_ROOT, "vendor", "ocds");
/** cbc:CustomizationID of notices built against this SDK. */
export const CUSTOMIZATION_ID = "eforms-sdk-1.15";
