// Every bundled language, added to the widget once for the demo's pages, with the names the switches show.
import { addLanguage } from '../src/index';
import { ar } from '../src/i18n/locales/ar';
import { de } from '../src/i18n/locales/de';
import { es } from '../src/i18n/locales/es';
import { fr } from '../src/i18n/locales/fr';
import { he } from '../src/i18n/locales/he';
import { it } from '../src/i18n/locales/it';
import { ja } from '../src/i18n/locales/ja';
import { nl } from '../src/i18n/locales/nl';
import { pl } from '../src/i18n/locales/pl';
import { ptBR } from '../src/i18n/locales/pt-BR';
import { zhCN } from '../src/i18n/locales/zh-CN';

const ADDED = { ar, de, es, fr, he, it, ja, nl, pl, 'pt-BR': ptBR, 'zh-CN': zhCN };
for (const [code, dictionary] of Object.entries(ADDED)) addLanguage(code, dictionary);

/** Code → the language's own name; English first. */
export const LANGUAGES: readonly { code: string; name: string; rtl: boolean }[] = [
  { code: 'en', name: 'English', rtl: false },
  { code: 'ar', name: 'العربية (Arabic)', rtl: true },
  { code: 'de', name: 'Deutsch (German)', rtl: false },
  { code: 'es', name: 'Español (Spanish)', rtl: false },
  { code: 'fr', name: 'Français (French)', rtl: false },
  { code: 'he', name: 'עברית (Hebrew)', rtl: true },
  { code: 'it', name: 'Italiano (Italian)', rtl: false },
  { code: 'ja', name: '日本語 (Japanese)', rtl: false },
  { code: 'nl', name: 'Nederlands (Dutch)', rtl: false },
  { code: 'pl', name: 'Polski (Polish)', rtl: false },
  { code: 'pt-BR', name: 'Português do Brasil (Portuguese)', rtl: false },
  { code: 'zh-CN', name: '简体中文 (Chinese, Simplified)', rtl: false },
];
