/**
 * The renderer of every Phaser drawing (the table and the deal-space chart):
 * Phaser's canvas renderer, not WebGL. Where the browser composites in
 * software — headless Chromium, and machines whose GPU it does not use —
 * each WebGL frame is drawn by a software GL and then read back out of its
 * buffer, 15–75 ms a frame; a 2D canvas is drawn straight into the memory
 * the page is composited from. Measured in the end-week benchmark, the week
 * after End week is usable in a median 89 ms instead of 134 ms, and the
 * table's animations keep 60 frames a second where WebGL dropped to 30
 * (docs/bundle.md, "The table's renderer"). Where the browser does use the
 * GPU, it draws 2D canvases there too (not measured: the benchmarks' browser
 * has none), and one renderer everywhere is the one the browser tests see.
 */
import Phaser from 'phaser';

export const RENDERER = Phaser.CANVAS;
