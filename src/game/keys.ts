/** Typed keys for the table's Phaser scene and its runtime-generated textures (no asset files are loaded). */
export const SceneKey = {
  Table: 'parley.table',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

export const TextureKey = {
  /** A small envelope, drawn once with Graphics when the scene starts. */
  Envelope: 'parley.envelope',
} as const;
export type TextureKey = (typeof TextureKey)[keyof typeof TextureKey];
