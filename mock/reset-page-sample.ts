// Plain text only: the dashboard's page bundles it.

/** A page to start from: what the dashboard offers when the tenant has saved none. */
export const SAMPLE_RESET_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Choose a new password · {{ friendly_name }}</title>
{{ latch_head }}
</head>
<body>
<header>
<h1>{{ friendly_name }}</h1>
</header>
{{ latch_reset }}
<footer>
<p>Questions? Write to support.</p>
</footer>
</body>
</html>
`;
