/** Bumped whenever a rule change could alter the outcome of a recorded game, or the record's format changes (1.1: records carry the AI seats' memories). */
export const ENGINE_VERSION = '1.1.0';
