// echarts-gl ships no type declarations; these are the installers lab-chart-gl.ts uses (each goes to echarts.use).
declare module 'echarts-gl/charts' {
  import type { use } from 'echarts/core';
  type Installer = Extract<Parameters<typeof use>[0], (...args: never[]) => unknown>;
  export const SurfaceChart: Installer;
  export const Line3DChart: Installer;
}

declare module 'echarts-gl/components' {
  import type { use } from 'echarts/core';
  type Installer = Extract<Parameters<typeof use>[0], (...args: never[]) => unknown>;
  export const Grid3DComponent: Installer;
}
