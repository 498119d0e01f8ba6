// The browser tests run under mocha (via @web/test-runner); @types/mocha is not installed, so the
// few globals the tests use are declared here.
type MochaFn = (this: { timeout(ms: number): void }) => void | Promise<void>;
declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
