// The flows every entry of the widget carries, registered by src/latch.tsx: what Lock shows by default.
import { forgotFlow } from './forgot';
import { lastLoginFlow } from './lastLogin';
import { loginFlow } from './login';
import { signUpFlow } from './signup';

export const DEFAULT_FLOWS = [loginFlow, forgotFlow, signUpFlow, lastLoginFlow] as const;
