import { format } from '../../i18n/format';
import type { LatchContext } from '../context';

export function SignedInScreen(_: unknown, { latch }: LatchContext) {
  const { dict } = latch;
  return <p data-part="body">{format(dict, 'signedIn.body')}</p>;
}
