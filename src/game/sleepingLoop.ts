/**
 * A Phaser game whose loop sleeps while nothing moves. Each frame draws the
 * whole canvas again, dear where the browser draws in software, and a still
 * drawing needs none. A change is made first and the loop woken after it:
 * the frame the loop draws as it wakes shows the change, and the loop sleeps
 * after that frame unless `busy()` says something still moves. A change made
 * while the loop runs is drawn by its next frame.
 */
import Phaser from 'phaser';

export interface SleepingLoop {
  /** After a change: draws it, in a frame drawn now if the loop was asleep. */
  wake(): void;
  /** Stops putting the loop to sleep (before the game is destroyed). */
  stop(): void;
}

export function sleepingLoop(game: Phaser.Game, busy: () => boolean = () => false): SleepingLoop {
  const onPostRender = () => {
    if (!busy()) game.loop.sleep();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onPostRender);
  return {
    wake() {
      if (game.loop.running || !game.isRunning) return;
      // Or the time the loop slept would run a new animation's timers and tweens on at once.
      game.loop.resetDelta();
      game.loop.wake();
    },
    stop() {
      game.events.off(Phaser.Core.Events.POST_RENDER, onPostRender);
    },
  };
}
