/**
 * The identity of this build's pack checks, compiled in by wxt.config.ts and vitest.config.ts
 * (cli/pack-checks-id.ts). Absent when lib/ runs without them (the CLI under tsx): read it with
 * `typeof`, as lib/pack/checked-mark.ts does.
 */
declare const __PACK_CHECKS_ID__: string | undefined;
