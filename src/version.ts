/** rope-audit's version: printed by --version and recorded in every report and baseline (package.json's). */
export const VERSION = "0.1.0";
