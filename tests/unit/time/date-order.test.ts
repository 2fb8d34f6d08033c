import { describe, expect, it } from 'vitest';
import {
  ambiguousDate,
  orderSaid,
  readingChosen,
  withDateSpelled,
} from '../../../electron/core/time/date-order.ts';

describe('numeric dates that read two ways', () => {
  it.each([
    ['add renew the insurance on 06/07', '06/07', '6 July', 'June 7'],
    ['set the alarm service for 02/03 at 5pm', '02/03', '2 March', 'February 3'],
    ['add x 04/05/2027', '04/05/2027', '4 May 2027', 'April 5 2027'],
  ])('"%s" is asked about', (text, said, dayFirst, monthFirst) => {
    expect(ambiguousDate(text)).toEqual({ said, dayFirst, monthFirst });
  });

  it.each([
    'add x on 28/11',
    'add x on 10/15',
    'add x on 6/6',
    'reduce the dose to 1/2 a tablet',
    'buy 1/2 kg of flour',
    "rename it to 'Plan 3/4 of the garden'",
  ])('"%s" reads one way only, or is no date', (text) => {
    expect(ambiguousDate(text)).toBeUndefined();
  });

  it('the order said in the message settles it, and is no part of the title', () => {
    expect(orderSaid('add MOT for the van on 03/09 (UK date)')).toEqual({
      dayFirst: true,
      rest: 'add MOT for the van on 03/09',
    });
    expect(orderSaid('sorry, US format')).toMatchObject({ dayFirst: false });
    expect(orderSaid('add x on 03/09')).toBeUndefined();
  });

  it('an answer picks a reading by order, month or place', () => {
    const reading = ambiguousDate('add x on 04/05')!;
    expect(readingChosen('the 4th of May', reading)).toBe(true);
    expect(readingChosen('April', reading)).toBe(false);
    expect(readingChosen('month first', reading)).toBe(false);
    expect(readingChosen('uk date', reading)).toBe(true);
    expect(readingChosen('the first one', reading)).toBe(true);
    expect(readingChosen('what?', reading)).toBeUndefined();
    expect(withDateSpelled('add x on 04/05', reading, false)).toBe('add x on April 5');
  });
});
