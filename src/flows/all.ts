// Every flow, as one typed record: `FlowRegistry` is a mapped type over the flow screens, so a flow listed in
// flows.types.ts without an object here — or an object missing a piece — does not compile. Importing this module
// registers them all: the tests use it to reach every screen.
import { createMachine } from '../machine/machine';
import type { FlowRegistry } from './flow';
import { forgotFlow } from './forgot';
import { lastLoginFlow } from './lastLogin';
import { loginFlow } from './login';
import { addFlow } from './registry';
import { resetFlow } from './reset';
import { signUpFlow } from './signup';

export const ALL_FLOWS: FlowRegistry = {
  login: loginFlow,
  forgotPassword: forgotFlow,
  signUp: signUpFlow,
  resetPassword: resetFlow,
  lastLogin: lastLoginFlow,
};

for (const flow of Object.values(ALL_FLOWS)) addFlow(flow);

/** The machine over every flow. */
export const { transition, initialState } = createMachine(ALL_FLOWS);
