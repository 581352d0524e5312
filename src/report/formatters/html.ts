export function formatHtml(): string { return ''; }
