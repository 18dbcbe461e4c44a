export type TokenValues = Record<string, string>;
export interface DtcgDocument {
  $description?: string;
  latch: Record<string, unknown>;
  'latch-dark': Record<string, unknown>;
}
/** The declarations of every rule whose selector list includes exactly `selector`, as name → value. */
export function declarations(css: string, selector: string): TokenValues;
export const LIGHT_SELECTOR: string;
export const DARK_SELECTOR: string;
export const ANY_SCHEME_SELECTOR: string;
export function typeOf(name: string, value: string): 'color' | 'fontFamily' | 'fontWeight' | 'duration' | 'dimension' | 'number' | undefined;
export function toDtcg(light: TokenValues, dark: TokenValues): DtcgDocument;
/** Throws an Error saying what is wrong with a document that is not a Latch tokens document. */
export function fromDtcg(doc: unknown): { light: TokenValues; dark: TokenValues };
