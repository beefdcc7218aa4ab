/**
 * A word family's name as a phrase writes it (`{亲属}`, `{you_will}`): letters (any script), digits,
 * `_` and `-`. A module of its own because the pack schema (rule-schema.ts) checks names with it and
 * is in the side panel's first chunk: importing it from phrase-families.ts pulled the phrase grammar
 * and its English spelling lexicon (13.7 KB gzip) into that chunk.
 */
export const FAMILY_NAME = /^[\p{L}\p{N}_-]{1,32}$/u;
