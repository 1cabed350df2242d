import { InFlightLimit } from './in-flight-limit';

describe('InFlightLimit', () => {
  it('gives out as many slots as its limit and refuses the next', () => {
    const limit = new InFlightLimit(2);

    expect(limit.tryEnter()).not.toBeNull();
    expect(limit.tryEnter()).not.toBeNull();
    expect(limit.tryEnter()).toBeNull();
    expect(limit.inFlight).toBe(2);
  });

  it('takes a request again once a slot is released', () => {
    const limit = new InFlightLimit(1);
    const release = limit.tryEnter()!;
    expect(limit.tryEnter()).toBeNull();

    release();

    expect(limit.inFlight).toBe(0);
    expect(limit.tryEnter()).not.toBeNull();
  });

  it('frees a slot once however often its release is called (a response both finishes and closes)', () => {
    const limit = new InFlightLimit(2);
    const first = limit.tryEnter()!;
    limit.tryEnter();

    first();
    first();

    expect(limit.inFlight).toBe(1);
  });

  it('refuses a limit below one', () => {
    expect(() => new InFlightLimit(0)).toThrow(RangeError);
  });
});
