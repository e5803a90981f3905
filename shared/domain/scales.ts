// Rating scales recorded at the station. Wording restated from the published scale definitions.

export const MOAAS_LEVELS: ReadonlyArray<{ score: number; description: string }> = [
  { score: 5, description: 'Responds readily to name spoken in normal tone' },
  { score: 4, description: 'Lethargic response to name spoken in normal tone' },
  { score: 3, description: 'Responds only after name is called loudly and/or repeatedly' },
  { score: 2, description: 'Responds only after mild prodding or shaking' },
  { score: 1, description: 'Responds only after painful trapezius squeeze' },
  { score: 0, description: 'No response after painful trapezius squeeze' },
];

export const DISSOCIATION_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export type DissociationLevel = (typeof DISSOCIATION_LEVELS)[number];

/** CADSS, 23 items scored 0-4. */
export const CADSS_MAX = 92;

export function moaasDescription(score: number): string {
  return MOAAS_LEVELS.find((l) => l.score === score)?.description ?? `MOAA/S ${score}`;
}
