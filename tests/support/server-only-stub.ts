// Stands in for the `server-only` package in Vitest, where every module is server code.
export {};
