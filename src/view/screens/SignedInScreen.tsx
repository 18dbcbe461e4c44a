import { format } from '../../i18n/format';
import { useView } from '../context';

export function SignedInScreen() {
  const { dict } = useView();
  return <p data-part="body">{format(dict, 'signedIn.body')}</p>;
}
