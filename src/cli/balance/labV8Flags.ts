/**
 * The V8 flags the balance lab plays its games under (docs/balance.md, "The
 * lab's V8 flags"). V8 inlines a called function into its caller up to a
 * budget of bytecode per optimised function; at half its default budget the
 * lab's games run faster, not slower: the negotiator's decision inlined
 * whole is a very large function to compile, and is compiled again each
 * time one of its many inlined parts meets a new shape. The flags change
 * how fast the games run, never what happens in them.
 */
import { setFlagsFromString } from 'node:v8';

const LAB_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=460'];

/** Sets the lab's flags for this process; V8's flags are the process's, so the worker threads it starts share them. */
export function useLabV8Flags(): void {
  for (const flag of LAB_V8_FLAGS) setFlagsFromString(flag);
}
