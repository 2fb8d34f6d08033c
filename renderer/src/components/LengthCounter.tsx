// "183/200" under a box once what is typed gets near the limit, red past it; silent otherwise.
import { codePointLength } from '../../../electron/shared/text.ts';

export function LengthCounter(props: { text: string; max: number; near?: number }) {
  const length = codePointLength(props.text.trim());
  if (length <= props.max - (props.near ?? Math.ceil(props.max / 5))) return null;
  return (
    <span className={length > props.max ? 'counter over' : 'counter'} aria-live="polite">
      {length}/{props.max}
    </span>
  );
}
