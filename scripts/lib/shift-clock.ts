// Moves the process clock `days` ahead (fractions allowed), so a case file can be checked on
// another weekday and hour than today: every `new Date()` and `Date.now()` after this sees it.
export function shiftClock(days: number): void {
  const offset = days * 86_400_000;
  const Real = Date;
  class Shifted extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(Real.now() + offset);
      else super(...(args as [string | number]));
    }
    static override now() {
      return Real.now() + offset;
    }
  }
  globalThis.Date = Shifted as DateConstructor;
}
