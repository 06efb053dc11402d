/**
 * The texts of one view's container, kept from one drawing to the next. A
 * Phaser Text is a canvas of its own uploaded as a texture, so making one is
 * the dearest part of drawing the table, and from one week to the next most
 * of the table's words do not change. `clear` empties the container, keeping
 * its texts aside; `take` gives back a kept text of the same style, with the
 * same words when there is one (else it is rewritten), or makes one; `sweep`
 * destroys what the drawing did not take again.
 */
import Phaser from 'phaser';

export class TextPool {
  private readonly styleOf = new WeakMap<Phaser.GameObjects.Text, string>();
  private spare = new Map<string, Phaser.GameObjects.Text[]>();

  constructor(readonly root: Phaser.GameObjects.Container) {}

  /** Empties the container for a new drawing: its texts wait to be taken again, everything else is destroyed. */
  clear(): void {
    for (const child of [...this.root.list]) {
      const style = child instanceof Phaser.GameObjects.Text ? this.styleOf.get(child) : undefined;
      if (style === undefined) {
        this.root.remove(child, true);
        continue;
      }
      this.root.remove(child, false);
      const list = this.spare.get(style);
      if (list) list.push(child as Phaser.GameObjects.Text);
      else this.spare.set(style, [child as Phaser.GameObjects.Text]);
    }
  }

  /** A text showing `words` in `style` (a key naming everything `make` sets), added to the container at (x, y). */
  take(
    style: string,
    words: string,
    x: number,
    y: number,
    make: () => Phaser.GameObjects.Text,
  ): Phaser.GameObjects.Text {
    const list = this.spare.get(style);
    let text: Phaser.GameObjects.Text;
    if (list && list.length > 0) {
      const same = list.findIndex((t) => t.text === words);
      text = (same >= 0 ? list.splice(same, 1)[0] : list.pop()) as Phaser.GameObjects.Text;
      // setText redraws only when the words differ.
      text.setText(words).setPosition(x, y);
    } else {
      text = make();
      this.styleOf.set(text, style);
    }
    this.root.add(text);
    return text;
  }

  /** Destroys the texts the drawing since `clear` did not take again. */
  sweep(): void {
    for (const list of this.spare.values()) for (const text of list) text.destroy();
    this.spare = new Map();
  }
}
