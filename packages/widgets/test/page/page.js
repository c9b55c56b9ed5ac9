// Runs first on every test page (a classic, same-origin script, as the policy
// allows): records what the test in the parent frame asks about.
(() => {
  const record = {
    /** `securitypolicyviolation` events: what was blocked and why. */
    violations: [],
    /** Uncaught errors, rejections and console.error calls. */
    errors: [],
    /** Each tag's outcome: `ready`, or `error: <message>`. */
    outcomes: {},
  };
  window.lcTestPage = record;
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    record.errors.push(String(event.reason)),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record.errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  document.addEventListener('lc-load', (event) => {
    record.outcomes[event.target.localName] = 'ready';
  });
  document.addEventListener('lc-error', (event) => {
    record.outcomes[event.target.localName] = `error: ${event.detail.message}`;
  });
})();
