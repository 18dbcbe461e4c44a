// Supabase Auth UI inline in the page, as its README shows: <Auth supabaseClient={…} appearance={{ theme: ThemeSupa }} />
// with email and password only. Its sign-in view has "Forgot your password?", which switches to its reset view.
window.showSupabaseAuth(document.getElementById('widget'), 'https://bench.supabase.co', 'bench-anon-key');
