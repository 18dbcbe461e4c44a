// FirebaseUI inline in the page, as its README shows, with the email and password provider alone: its first screen
// asks for the email; after "Next" (Firebase's createAuthUri, answered locally by bench/lib/routes.mjs) the password
// screen has the "Trouble signing in?" link to its password recovery screen.
const { firebase, firebaseui } = window;
firebase.initializeApp({ apiKey: 'bench-api-key', authDomain: 'bench.firebaseapp.com', projectId: 'bench' });
new firebaseui.auth.AuthUI(firebase.auth()).start('#widget', {
  signInOptions: [firebase.auth.EmailAuthProvider.PROVIDER_ID],
});
