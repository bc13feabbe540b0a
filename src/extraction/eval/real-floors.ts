import type { RealReport } from './real-set';

/** Floors on the check split of the real passages, set just under measured figures. */
export const REAL_FLOORS = {} as const;

export function checkRealFloors(_report: RealReport, _split: string): string[] {
  return [];
}
