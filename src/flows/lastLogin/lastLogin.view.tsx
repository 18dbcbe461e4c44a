import { Links } from '../../view/parts/Links';
import type { ScreenProps } from '../../view/view.types';

/**
 * "Last time you logged in with": one button with the account (the site's picture of it when its avatar function
 * gave one), which logs in with the session, and "Not your account?".
 */
export function LastLoginView({ vm, send }: ScreenProps) {
  const account = vm.account;
  if (!account) return null;
  return (
    <>
      <button
        type="button"
        data-part="account"
        aria-disabled={account.busy ? 'true' : undefined}
        aria-busy={account.busy ? 'true' : undefined}
        onClick={() => send({ type: 'LASTLOGIN.SUBMIT' })}
      >
        {account.picture && <img data-part="avatar" src={account.picture} alt="" />}
        <span data-part="account-name">{account.name}</span>
      </button>
      <Links links={vm.links} send={send} />
    </>
  );
}
