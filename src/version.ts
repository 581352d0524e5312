import { version } from '../package.json';

export const VERSION: string = version;

declare const __APL_SOURCE_STAMP__: string | undefined;

/**
 * A hash of the sources this build was made from (scripts/build.mjs defines it); undefined when
 * the TypeScript sources run as they are (tests). Caches of what the code computed, not only of
 * what it read (compiled automata: src/policy/runtime-cache.ts), are keyed by it, so a build whose
 * compiler reads a pattern differently never uses what an older one made.
 */
export const SOURCE_STAMP: string | undefined = typeof __APL_SOURCE_STAMP__ === 'string' ? __APL_SOURCE_STAMP__ : undefined;
