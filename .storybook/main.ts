import type { StorybookConfig } from '@storybook/web-components-vite';

// Lit's legacy decorators (`@customElement`, `@property`) need
// `experimentalDecorators: true` and `useDefineForClassFields: false`. Vite 8
// compiles TypeScript with Oxc, which reads them from the nearest tsconfig.json
// (the root one), so nothing more is needed here.

const config: StorybookConfig = {
  stories: ['../packages/*/stories/**/*.stories.ts'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  core: {
    // No network: no telemetry, no "what's new" or version checks.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
