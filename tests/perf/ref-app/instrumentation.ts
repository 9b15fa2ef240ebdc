// Nothing to start: without this file Turbopack picks up the product's instrumentation from the repository root.
export function register(): void {}
