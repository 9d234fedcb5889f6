// The Markdown settings of the build (astro.config.mjs) and of the report pages' renderer
// (rendered-report.ts), in one place so that both render a report alike.

/** Sätteri features: reports are kept character for character, so no "smart" punctuation. */
export const MARKDOWN_FEATURES = { smartPunctuation: false } as const;
