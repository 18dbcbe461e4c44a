import type { Equal } from '../options/schema';
import type { FlowScreen } from './flows.types';

/**
 * Every flow's screen, as a value: what `initialScreen` accepts (whether or not the page has added that flow yet).
 * The compiler holds it equal to the screens of flows.types.ts, so a flow listed there and not here does not compile.
 */
export const FLOW_SCREENS = ['login', 'signUp', 'forgotPassword', 'resetPassword', 'lastLogin'] as const;

type ListsEveryFlow<T extends true> = T;
type _ListsEveryFlow = ListsEveryFlow<Equal<(typeof FLOW_SCREENS)[number], FlowScreen>>;
