/**
 * The texts of one view's container, kept from one drawing to the next. A
 * Phaser Text is a canvas of its own uploaded as a texture, so making one is
 * the dearest part of drawing the table, and from one week to the next most
 * of the table's words do not change. `clear` empties the container, keeping
 * its texts aside; `take` gives back a kept text of the same style with the
 * same words, else the one that held the same label last time (a meter's
 * value, the week's title), rewritten, else makes one; `sweep` destroys what
 * the drawing did not take again.
 */
import Phaser from 'phaser';

interface Kept {
  readonly style: string;
  readonly group: string | null;
}

export class TextPool {
  private readonly kept = new WeakMap<Phaser.GameObjects.Text, Kept>();
  private spare = new Map<string, Phaser.GameObjects.Text[]>();

  constructor(readonly root: Phaser.GameObjects.Container) {}

  /** Empties the container for a new drawing: its texts wait to be taken again, everything else is destroyed. */
  clear(): void {
    for (const child of [...this.root.list]) {
      const kept = child instanceof Phaser.GameObjects.Text ? this.kept.get(child) : undefined;
      if (kept === undefined) {
        this.root.remove(child, true);
        continue;
      }
      this.root.remove(child, false);
      const list = this.spare.get(kept.style);
      if (list) list.push(child as Phaser.GameObjects.Text);
      else this.spare.set(kept.style, [child as Phaser.GameObjects.Text]);
    }
  }

  /**
   * A text showing `words` in `style` (a key naming everything `make` sets) for the label `group` (null: none),
   * added to the container at (x, y).
   */
  take(
    style: string,
    words: string,
    group: string | null,
    x: number,
    y: number,
    make: () => Phaser.GameObjects.Text,
  ): Phaser.GameObjects.Text {
    const list = this.spare.get(style) ?? [];
    let found = list.findIndex((t) => t.text === words);
    if (found < 0 && group !== null) found = list.findIndex((t) => this.kept.get(t)?.group === group);
    // setText redraws only when the words differ.
    const text =
      found >= 0 ? (list.splice(found, 1)[0] as Phaser.GameObjects.Text).setText(words).setPosition(x, y) : make();
    this.kept.set(text, { style, group });
    this.root.add(text);
    return text;
  }

  /** Destroys the texts the drawing since `clear` did not take again. */
  sweep(): void {
    for (const list of this.spare.values()) for (const text of list) text.destroy();
    this.spare = new Map();
  }
}
