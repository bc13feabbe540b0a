/** Interface strings of the persons pages, in English and Arabic (every key in both). */
export const en = {} as const;
export const ar: Partial<Record<keyof typeof en, string>> = {};
