// chinese-days' UMD build (see lunar.ts for why), typed as the package's own declarations.
declare module 'chinese-days/dist/index.min.js' {
  export * from 'chinese-days';
}
