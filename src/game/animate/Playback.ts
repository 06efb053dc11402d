/**
 * Plays one week's animation steps over the table as last drawn: stamps,
 * seals dropping on the deal board, locks, void packages' pins struck out
 * and shaken off the board, travelling envelopes and tweening bars, each
 * step ≤ 600 ms. All of
 * its tweens, timers and effect objects are its own, so skip() can end it at
 * any moment and leave nothing behind; `onFinish` then draws the new model.
 */
import Phaser from 'phaser';
import type { TableModel } from '../../store/TableModel';
import { TextureKey } from '../keys';
import { MIN_FONT_PX } from '../layout/Typography';
import { COLOURS, FONT_FAMILY, OKABE_ITO } from '../theme';
import type { BoardView } from '../views/BoardView';
import type { MetersView } from '../views/MetersView';
import { drawLock, lerp } from '../views/RenderContext';
import type { RingView } from '../views/RingView';
import type { Step } from './planWeek';
import { STEP_MS } from './planWeek';

export interface PlaybackViews {
  readonly ring: RingView;
  readonly board: BoardView;
  readonly meters: MetersView;
}

export interface PlaybackOptions {
  readonly scene: Phaser.Scene;
  /** Effects are drawn here, above the views; emptied when the playback ends. */
  readonly layer: Phaser.GameObjects.Container;
  readonly views: PlaybackViews;
  readonly steps: readonly Step[];
  readonly from: TableModel;
  readonly to: TableModel;
  /** Font scale and text resolution of the layout on screen. */
  readonly scale: number;
  readonly resolution: number;
  readonly onFinish: () => void;
}

const ANSWER_STAMP = {
  accept: { text: 'ACCEPT', colour: OKABE_ITO.bluishGreen },
  reject: { text: 'REJECT', colour: OKABE_ITO.vermillion },
  counter: { text: 'COUNTER', colour: OKABE_ITO.orange },
} as const;

export class Playback {
  private readonly tweens: Phaser.Tweens.Tween[] = [];
  private timer: Phaser.Time.TimerEvent | null = null;
  private finished = false;

  constructor(private readonly o: PlaybackOptions) {}

  get running(): boolean {
    return !this.finished;
  }

  start(): void {
    this.run(0);
  }

  /** Ends at once: every effect removed, the final model drawn (by onFinish). */
  skip(): void {
    this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.timer?.remove(false);
    this.timer = null;
    for (const t of this.tweens) t.remove();
    this.tweens.length = 0;
    this.o.layer.removeAll(true);
    this.o.onFinish();
  }

  private run(i: number): void {
    if (this.finished) return;
    const step = this.o.steps[i];
    if (!step) {
      this.finish();
      return;
    }
    this.o.layer.removeAll(true);
    this.play(step);
    this.timer = this.o.scene.time.delayedCall(STEP_MS[step.kind], () => this.run(i + 1));
  }

  private tween(
    config: Phaser.Types.Tweens.TweenBuilderConfig | Phaser.Types.Tweens.NumberTweenBuilderConfig,
    counter = false,
  ): void {
    const manager = this.o.scene.tweens;
    this.tweens.push(
      counter
        ? manager.addCounter(config as Phaser.Types.Tweens.NumberTweenBuilderConfig)
        : manager.add(config as Phaser.Types.Tweens.TweenBuilderConfig),
    );
  }

  private play(step: Step): void {
    const ms = STEP_MS[step.kind];
    switch (step.kind) {
      case 'answer': {
        // One stamp per actor and kind of answer, with how many ("REJECT ×2"), stacked towards the middle.
        const counts = new Map<string, { actor: number; answer: keyof typeof ANSWER_STAMP; n: number }>();
        for (const item of step.items) {
          const key = `${item.actor}:${item.answer}`;
          const seen = counts.get(key);
          if (seen) seen.n++;
          else counts.set(key, { ...item, n: 1 });
        }
        const stacked = new Map<number, number>();
        for (const { actor, answer, n } of counts.values()) {
          const token = this.o.views.ring.tokenOf(actor);
          if (!token) continue;
          const row = stacked.get(actor) ?? 0;
          stacked.set(actor, row + 1);
          const style = ANSWER_STAMP[answer];
          const towards = token.cy > (this.o.views.ring.centre()?.y ?? token.cy) ? -1 : 1;
          const word = n > 1 ? `${style.text} ×${n}` : style.text;
          this.stamp(token.cx, token.cy + towards * row * 30 * this.o.scale, word, style.colour, ms);
        }
        break;
      }
      case 'sign':
        step.items.forEach((item, i) => {
          const stop = this.o.views.board.rowOf(item.lever)?.stops[item.option];
          if (stop) this.seal(stop.labelBox.x + stop.labelBox.w + 18 * this.o.scale, stop.y, ms, i * 60);
        });
        break;
      case 'void':
        for (const item of step.items) {
          const row = this.o.views.board.rowOf(item.lever);
          if (!row) continue;
          const pins = row.pins.filter((p) => p.proposal.packageId === item.package);
          for (const pin of pins) this.strike(pin.box, ms);
          // A package the seat saw only as void still fails visibly, on its lever's name.
          const at = pins[0]?.box ?? { x: row.box.x + row.box.w - 60, y: row.box.y, w: 40, h: 16 };
          this.stamp(at.x + at.w / 2, at.y - 6, 'VOID', OKABE_ITO.vermillion, ms);
        }
        break;
      case 'settle':
        for (const lever of step.levers) {
          const row = this.o.views.board.rowOf(lever);
          // A lever signed at an interim option may still move on (docs/model.md §3.2): no padlock lands on it.
          if (!row || (this.o.to.levers[lever]?.stillTo.length ?? 0) > 0) continue;
          const size = 14 * this.o.scale;
          const b = row.lock ?? { x: row.box.x + row.box.w - size, y: row.box.y, w: size * 0.85, h: size };
          const g = new Phaser.GameObjects.Graphics(this.o.scene);
          drawLock(g, { x: -b.w / 2, y: -b.h / 2, w: b.w, h: b.h }, OKABE_ITO.bluishGreen);
          g.setPosition(b.x + b.w / 2, b.y + b.h / 2)
            .setScale(2.4)
            .setAlpha(0);
          this.o.layer.add(g);
          this.tween({ targets: g, scale: 1, alpha: 1, duration: ms * 0.6, ease: 'Back.easeOut' });
        }
        break;
      case 'deliver': {
        let n = 0;
        for (const item of step.items) {
          const from = this.o.views.ring.tokenOf(item.from);
          if (!from) continue;
          for (const target of item.to) {
            const to = this.o.views.ring.tokenOf(target);
            if (!to) continue;
            const delay = Math.min(ms * 0.3, n++ * 40);
            const env = new Phaser.GameObjects.Image(this.o.scene, from.cx, from.cy, TextureKey.Envelope)
              .setScale(0.5 * this.o.scale)
              .setAlpha(0);
            this.o.layer.add(env);
            this.tween({ targets: env, x: to.cx, y: to.cy, duration: ms - delay - 40, delay, ease: 'Sine.easeInOut' });
            this.tween({ targets: env, alpha: { from: 0, to: 1 }, duration: 120, delay });
          }
        }
        break;
      }
      case 'values': {
        const { from, to } = this.o;
        this.tween(
          {
            from: 0,
            to: 1,
            duration: ms - 40,
            ease: 'Sine.easeInOut',
            onUpdate: (tw: Phaser.Tweens.Tween) => {
              const t = tw.getValue() ?? 1;
              this.o.views.meters.showValues(
                new Map(
                  to.meters.map((m) => [
                    m.key,
                    lerp(from.meters.find((f) => f.key === m.key)?.value ?? m.value, m.value, t),
                  ]),
                ),
              );
              this.o.views.ring.showSupport(
                new Map(
                  to.actors.map((a) => [a.index, lerp(from.actors[a.index]?.support ?? a.support, a.support, t)]),
                ),
              );
            },
          },
          true,
        );
        break;
      }
    }
  }

  /** A wax seal with a tick and "SIGNED" under it, dropped onto the deal board. */
  private seal(x: number, y: number, ms: number, delay: number): void {
    const scene = this.o.scene;
    const r = 15 * this.o.scale;
    const g = new Phaser.GameObjects.Graphics(scene);
    g.fillStyle(OKABE_ITO.bluishGreen, 1);
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2;
      g.fillCircle(Math.cos(a) * r * 0.9, Math.sin(a) * r * 0.9, r * 0.32);
    }
    g.fillCircle(0, 0, r);
    g.lineStyle(2, 0xffffff, 0.85);
    g.strokeCircle(0, 0, r * 0.72);
    g.lineStyle(3.5, 0xffffff, 1);
    g.beginPath();
    g.moveTo(-r * 0.38, 0);
    g.lineTo(-r * 0.08, r * 0.3);
    g.lineTo(r * 0.42, -r * 0.32);
    g.strokePath();
    const word = new Phaser.GameObjects.Text(scene, 0, r + 3, 'SIGNED', {
      fontFamily: FONT_FAMILY,
      fontSize: `${Math.max(MIN_FONT_PX, Math.round(14 * this.o.scale))}px`,
      fontStyle: 'bold',
      color: '#5fd3ad',
      backgroundColor: '#0f1115',
      padding: { x: 3, y: 1 },
      resolution: this.o.resolution,
    }).setOrigin(0.5, 0);
    const seal = new Phaser.GameObjects.Container(scene, x, y - 40, [g, word]).setScale(2.2).setAlpha(0);
    this.o.layer.add(seal);
    this.tween({
      targets: seal,
      y,
      scale: 1,
      alpha: 1,
      duration: Math.min(260, ms * 0.5),
      delay,
      ease: 'Cubic.easeIn',
    });
  }

  /** A void package's pin: struck through with a cross, shaken, and faded off the board. */
  private strike(b: { x: number; y: number; w: number; h: number }, ms: number): void {
    const scene = this.o.scene;
    const g = new Phaser.GameObjects.Graphics(scene);
    g.fillStyle(COLOURS.background, 0.55);
    g.fillRoundedRect(-b.w / 2, -b.h / 2, b.w, b.h, Math.min(6, b.h / 2));
    g.lineStyle(3, OKABE_ITO.vermillion, 1);
    g.lineBetween(-b.w / 2 - 2, -b.h / 2 - 2, b.w / 2 + 2, b.h / 2 + 2);
    g.lineBetween(-b.w / 2 - 2, b.h / 2 + 2, b.w / 2 + 2, -b.h / 2 - 2);
    const cx = b.x + b.w / 2;
    g.setPosition(cx, b.y + b.h / 2).setAlpha(0);
    this.o.layer.add(g);
    this.tween({ targets: g, alpha: 1, duration: 120 });
    this.tween({ targets: g, x: { from: cx - 4, to: cx + 4 }, duration: 60, yoyo: true, repeat: 2, delay: 120 });
    this.tween({
      targets: g,
      y: b.y + b.h / 2 + 14,
      alpha: 0.25,
      duration: ms * 0.4,
      delay: ms * 0.5,
      ease: 'Sine.easeIn',
    });
  }

  /** A rubber stamp: a rotated outlined word that thumps down and stays for the rest of the step. */
  private stamp(x: number, y: number, word: string, colour: number, ms: number): void {
    const scene = this.o.scene;
    const size = Math.max(MIN_FONT_PX, Math.round(15 * this.o.scale));
    const text = new Phaser.GameObjects.Text(scene, 0, 0, word, {
      fontFamily: FONT_FAMILY,
      fontSize: `${size}px`,
      fontStyle: 'bold',
      color: `#${colour.toString(16).padStart(6, '0')}`,
      resolution: this.o.resolution,
    }).setOrigin(0.5);
    const w = text.width + 12;
    const h = text.height + 6;
    const g = new Phaser.GameObjects.Graphics(scene);
    g.fillStyle(0x0f1115, 0.92);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 4);
    g.lineStyle(2.5, colour, 1);
    g.strokeRoundedRect(-w / 2, -h / 2, w, h, 4);
    const stamp = new Phaser.GameObjects.Container(scene, x, y, [g, text]).setRotation(-0.14).setScale(1.8).setAlpha(0);
    this.o.layer.add(stamp);
    this.tween({ targets: stamp, scale: 1, alpha: 1, duration: Math.min(200, ms * 0.4), ease: 'Cubic.easeIn' });
  }
}
