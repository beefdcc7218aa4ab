/** app.js renders the demo CRM into the page on import; this starts it (it runs once on load). */
export function startDemoCrm(): void;
