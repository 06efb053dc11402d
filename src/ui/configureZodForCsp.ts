/**
 * Turns off zod's JIT before any schema runs in the browser. On first use zod
 * probes the Function constructor to decide whether it may compile fast parsers;
 * under our CSP (no 'unsafe-eval') the probe is caught by zod but still
 * reported as a securitypolicyviolation. jitless parsing is plenty fast for
 * loading a scenario. src/main.ts imports this module before the loader.
 */
import { z } from 'zod';

z.config({ jitless: true });
