/**
 * The one Phaser scene of the table. Thin by design: it lays out the model
 * it is given, hands each part to its view, and plays a week's animation
 * (Playback) between the model drawn last and the new one. It holds no rules
 * and no game state beyond the model on screen and the actor in focus; every
 * listener it adds is removed on shutdown.
 */
import Phaser from 'phaser';
import type { GameEvent } from '../engine/index';
import type { TableModel } from '../store/TableModel';
import { planWeek } from './animate/planWeek';
import { Playback } from './animate/Playback';
import { SceneKey, TextureKey } from './keys';
import type { TableLayout } from './layout/layoutTable';
import { layoutTable } from './layout/layoutTable';
import type { FontMetrics } from './layout/Typography';
import { canvasFontMetrics } from './layout/Typography';
import { loadEmblems } from './emblems';
import { COLOURS } from './theme';
import { BoardView } from './views/BoardView';
import { HeaderView } from './views/HeaderView';
import { MetersView } from './views/MetersView';
import type { RenderContext } from './views/RenderContext';
import { LabelRegistry } from './views/RenderContext';
import { RingView } from './views/RingView';

export interface TableSceneHost {
  /** Device pixels per CSS pixel: the game is sized in device pixels and the camera zooms by this. */
  pixelRatio(): number;
  /** The height the page gives the table at least, in CSS px; the table may need more. */
  minHeight(): number;
  /** The URL of an emblem (a file name in assets/emblems/), or null. */
  emblemUrl(file: string): string | null;
  ready(scene: TableScene): void;
  /** After each layout: the host sizes the table to `layout.height` and places the focus targets. */
  laidOut(layout: TableLayout): void;
  /** The drawing changed between updates (an emblem landed): the host has a frame drawn. */
  redrawn(): void;
}

interface Views {
  readonly header: HeaderView;
  readonly ring: RingView;
  readonly board: BoardView;
  readonly meters: MetersView;
  readonly frame: Phaser.GameObjects.Graphics;
  readonly effects: Phaser.GameObjects.Container;
}

/** The label groups the ring view draws (RingView), dropped when it alone is drawn again. */
const RING_GROUPS = ['actor:', 'trust:', 'legend:'];

export class TableScene extends Phaser.Scene {
  readonly labels = new LabelRegistry();
  private views: Views | null = null;
  private measure: FontMetrics | null = null;
  private model: TableModel | null = null;
  private layout: TableLayout | null = null;
  private playback: Playback | null = null;
  private finishPlayback: (() => void) | null = null;
  private focused: number | null = null;

  constructor(private readonly host: TableSceneHost) {
    super({ key: SceneKey.Table });
  }

  create(): void {
    this.measure = canvasFontMetrics();
    this.cameras.main.setOrigin(0, 0).setBackgroundColor(COLOURS.background);
    makeEnvelopeTexture(this);
    const frame = this.add.graphics();
    this.views = {
      frame,
      ring: new RingView(this),
      board: new BoardView(this),
      meters: new MetersView(this),
      header: new HeaderView(this),
      effects: this.add.container(0, 0),
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.dispose, this);
    // Destroying the game destroys the scene without shutting it down first.
    this.events.once(Phaser.Scenes.Events.DESTROY, this.dispose, this);
    this.host.ready(this);
  }

  get animating(): boolean {
    return this.playback?.running ?? false;
  }

  get currentLayout(): TableLayout | null {
    return this.layout;
  }

  get currentModel(): TableModel | null {
    return this.model;
  }

  get meters(): MetersView | null {
    return this.views?.meters ?? null;
  }

  /** Puts an actor in focus (its trust lines stand out, with their numbers), or none. */
  focus(actor: number | null): void {
    if (actor === this.focused) return;
    this.focused = actor;
    const { views, layout, model } = this;
    if (!views || !layout || !model) return;
    this.drawViews(views, layout, model);
  }

  /**
   * Shows `model`. With `animate`, the week's `events` play first over the
   * model drawn before; the promise resolves once the new model is drawn
   * (at once when there is nothing to play).
   */
  present(model: TableModel, events: readonly GameEvent[], animate: boolean): Promise<void> {
    this.skip();
    const from = this.model;
    this.model = model;
    const views = this.views;
    const steps = animate && from && views ? planWeek(events) : [];
    const layout = this.layout;
    if (!views || !from || steps.length === 0 || !layout) {
      this.draw();
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.finishPlayback = resolve;
      this.playback = new Playback({
        scene: this,
        layer: views.effects,
        views,
        steps,
        from,
        to: model,
        scale: layout.typo.scale,
        resolution: this.resolution(),
        onFinish: () => {
          this.playback = null;
          this.draw();
          const done = this.finishPlayback;
          this.finishPlayback = null;
          done?.();
        },
      });
      this.playback.start();
    });
  }

  /** Ends the running animation at once, drawing its final model. */
  skip(): void {
    this.playback?.skip();
  }

  private onResize(): void {
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    // The layout depends on the width alone (its height is the table's own): a new height, the table's doing, changes nothing.
    if (this.layout && Math.abs(this.layout.width - this.scale.width / this.host.pixelRatio()) < 0.5) return;
    this.skip();
    this.draw();
  }

  private resolution(): number {
    return Math.max(1, this.host.pixelRatio() * (this.layout?.zoom ?? 1));
  }

  private draw(): void {
    const views = this.views;
    const model = this.model;
    if (!views || !model || !this.measure) return;
    const ratio = this.host.pixelRatio();
    const layout = layoutTable(
      this.scale.width / ratio,
      this.host.minHeight(),
      model,
      this.measure,
      model.actors.map((a) => a.code),
    );
    this.layout = layout;
    this.cameras.main.setZoom(ratio * layout.zoom);
    this.labels.clear();
    views.frame.clear();
    views.frame.lineStyle(1, COLOURS.panelEdge, 1);
    views.frame.lineBetween(layout.divider.x1, layout.divider.y1, layout.divider.x2, layout.divider.y2);
    views.header.update(this.context(layout), layout.header);
    views.board.update(this.context(layout), layout.board, model.actors);
    views.meters.update(this.context(layout), layout.meters, model.meters);
    this.drawViews(views, layout, model);
    // Emblems load once; each one that lands redraws the ring.
    loadEmblems(
      this,
      model.actors.map((a) => a.emblem),
      (file) => this.host.emblemUrl(file),
      () => this.redrawRing(),
    );
    this.host.laidOut(layout);
  }

  /** The ring is the one view that changes with focus and with emblems landing; the rest stays as drawn. */
  private drawViews(views: Views, layout: TableLayout, model: TableModel): void {
    this.labels.drop(RING_GROUPS);
    views.ring.update(this.context(layout), layout.ring, layout.legend, model.actors, this.focused);
  }

  private redrawRing(): void {
    const { views, layout, model } = this;
    if (!views || !layout || !model || this.playback) return;
    this.drawViews(views, layout, model);
    this.host.redrawn();
  }

  private context(layout: TableLayout): RenderContext {
    return { scene: this, typo: layout.typo, resolution: this.resolution(), labels: this.labels };
  }

  private dispose(): void {
    this.events.off(Phaser.Scenes.Events.SHUTDOWN, this.dispose, this);
    this.events.off(Phaser.Scenes.Events.DESTROY, this.dispose, this);
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    const views = this.views;
    // Views first, so that ending the animation below resolves its promise without drawing again.
    this.views = null;
    this.skip();
    if (views) {
      views.header.destroy();
      views.ring.destroy();
      views.board.destroy();
      views.meters.destroy();
      views.frame.destroy();
      views.effects.destroy();
    }
    this.labels.clear();
    this.model = null;
    this.layout = null;
  }
}

/** The envelope that carries packages between actors, drawn at twice its display size for crisp scaling. */
function makeEnvelopeTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(TextureKey.Envelope)) return;
  const w = 44;
  const h = 30;
  const g = scene.make.graphics({}, false);
  g.fillStyle(0xf4ecd8, 1);
  g.fillRect(1, 1, w - 2, h - 2);
  g.lineStyle(3, 0x2b2f38, 1);
  g.strokeRect(1.5, 1.5, w - 3, h - 3);
  g.lineBetween(2, 2, w / 2, h * 0.6);
  g.lineBetween(w / 2, h * 0.6, w - 2, 2);
  g.generateTexture(TextureKey.Envelope, w, h);
  g.destroy();
}
