/** A release's semantic version, `MAJOR.MINOR.PATCH` (no pre-release or build tags). */
export type Semver = { major: number; minor: number; patch: number };

const SEMVER = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

/** `1.2.0` → its parts; null for anything else (`v1.2`, `01.2.0`, `1.2.0-beta`). */
export function parseSemver(text: string): Semver | null {
  const m = SEMVER.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareSemver(a: Semver, b: Semver): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export const formatSemver = (v: Semver): string => `${v.major}.${v.minor}.${v.patch}`;
