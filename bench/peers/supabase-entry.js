// Supabase Auth UI as a site's bundler sees it: @supabase/auth-ui-react with React, supabase-js and the Supa theme,
// resolved from bench/peers/node_modules. bench/lib/build.mjs bundles this file with Vite (production, minified).
// The page calls window.showSupabaseAuth(element, url, anonKey): what a site's own React code would do.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '@supabase/supabase-js';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';

window.showSupabaseAuth = (element, url, anonKey) => {
  const supabaseClient = createClient(url, anonKey);
  createRoot(element).render(createElement(Auth, { supabaseClient, appearance: { theme: ThemeSupa }, providers: [] }));
};
