import * as echarts from 'echarts/core';
import { Line3DChart, SurfaceChart } from 'echarts-gl/charts';
import { Grid3DComponent } from 'echarts-gl/components';

// Loaded on demand by <lab-chart> when an option has a 3-D box, so pages without one never download WebGL code.
echarts.use([SurfaceChart, Line3DChart, Grid3DComponent]);

export const glReady = true;
