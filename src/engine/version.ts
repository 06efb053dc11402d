/** Bumped whenever a rule change could alter the outcome of a recorded game. */
export const ENGINE_VERSION = '1.0.0';
