// The flows every entry of the widget carries, registered by src/latch.tsx: what Lock shows by default.
import { forgotFlow } from './forgot';
import { loginFlow } from './login';
import { signUpFlow } from './signup';

export const DEFAULT_FLOWS = [loginFlow, forgotFlow, signUpFlow] as const;
