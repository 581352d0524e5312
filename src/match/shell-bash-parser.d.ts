// Minimal typing for the untyped @ericcornelissen/bash-parser (CommonJS, one exported function).
declare module '@ericcornelissen/bash-parser' {
  function parse(source: string, options?: { insertLOC?: boolean; mode?: 'posix' | 'bash' }): unknown;
  export default parse;
}
