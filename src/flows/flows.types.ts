// The flows, by screen: one line each. Each flow's types file says its events, its request effects, its submit event
// and what its success hands the host page; the machine's unions (ScreenName, MachineEvent, Effect) are built from
// this map, so a flow's events exist exactly when its line does.
import type { ForgotTypes } from './forgot/forgot.types';
import type { LastLoginTypes } from './lastLogin/lastLogin.types';
import type { LoginTypes } from './login/login.types';
import type { ResetTypes } from './reset/reset.types';
import type { SignUpTypes } from './signup/signup.types';

export interface FlowTypes {
  readonly login: LoginTypes;
  readonly forgotPassword: ForgotTypes;
  readonly signUp: SignUpTypes;
  readonly resetPassword: ResetTypes;
  readonly lastLogin: LastLoginTypes;
}

export type FlowScreen = keyof FlowTypes;
export type FlowEvent = FlowTypes[FlowScreen]['event'];
export type FlowEffect = FlowTypes[FlowScreen]['effect'];
export type FlowPayload = FlowTypes[FlowScreen]['payload'];
