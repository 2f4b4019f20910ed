import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, LinesChart, ScatterChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  LinesChart,
  ScatterChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

let gl: Promise<unknown> | undefined;

function logLabel(v: number) {
  return v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5) ? v.toExponential(0) : String(v);
}
let glLoaded = false;

function webglAvailable() {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * <lab-chart> — an ECharts chart driven by the server. The Java side sets `option` (an ECharts option as JSON)
 * and `label` (the accessible name); the element follows the page's light/dark theme and its container's size,
 * fires `point-picked` with {seriesIndex, dataIndex, value} on a click, and exports PNG or SVG. An option with a
 * `grid3D` box loads echarts-gl first (WebGL; PNG export only); without WebGL the element says so in words.
 */
export class LabChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resize = new ResizeObserver(() => {
    if (this.fitTiles(this.currentOption)) this.chart?.setOption(this.withTheme(this.currentOption), true);
    this.chart?.resize();
  });
  private themeWatch = new MutationObserver(() => this.rebuild());
  private currentOption: Record<string, unknown> = {};

  static get observedAttributes() {
    return ['label'];
  }

  set option(json: string) {
    try {
      this.currentOption = JSON.parse(json);
    } catch {
      this.currentOption = {};
    }
    this.apply();
  }

  private apply() {
    const option = this.currentOption;
    this.removeAttribute('data-no-webgl');
    if (!('grid3D' in option)) {
      this.setAttribute('data-dimensions', '2');
      this.fitTiles(option);
      this.chart?.setOption(this.withTheme(option), true);
      return;
    }
    if (!webglAvailable()) {
      this.chart?.clear();
      this.setAttribute('data-no-webgl', '');
      this.chart?.setOption(
        {
          title: {
            text:
              'The 3-D view needs WebGL, which this browser does not offer. ' + 'The map view shows the same values.',
            left: 'center',
            top: 'middle',
            textStyle: { fontSize: 14, width: 280, overflow: 'break' },
          },
        },
        true,
      );
      return;
    }
    if (glLoaded) {
      this.fitBox(option);
      this.chart?.setOption(this.withTheme(option), true);
      this.setAttribute('data-dimensions', '3');
      return;
    }
    gl ??= import('./lab-chart-gl').then(() => {
      glLoaded = true;
    });
    // a chart instance fixes its layouts at init, so the one made before echarts-gl was registered is rebuilt
    gl.then(() => {
      if (this.currentOption === option && this.isConnected) this.rebuild();
    });
  }

  connectedCallback() {
    this.setAttribute('role', 'img');
    if (!this.style.display) this.style.display = 'block';
    this.rebuild();
    this.resize.observe(this);
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
  }

  disconnectedCallback() {
    this.resize.disconnect();
    this.themeWatch.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  attributeChangedCallback() {
    this.setAttribute('aria-label', this.getAttribute('label') ?? 'chart');
  }

  /** Downloads the chart as `png` or `svg`, drawn at its current size and theme. */
  exportImage(type: 'png' | 'svg', fileName = 'chart') {
    if ('grid3D' in this.currentOption) {
      // WebGL draws straight to a canvas: take the picture of what is on screen, as PNG
      this.download(
        this.chart?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: this.dark() ? '#1e1e1e' : '#ffffff' }) ??
          '',
        `${fileName}.png`,
      );
      return;
    }
    const holder = document.createElement('div');
    holder.style.cssText = `position:fixed;left:-10000px;width:${this.clientWidth}px;height:${this.clientHeight}px`;
    document.body.append(holder);
    const copy = echarts.init(holder, this.dark() ? 'dark' : undefined, {
      renderer: type === 'svg' ? 'svg' : 'canvas',
    });
    copy.setOption({ ...this.withTheme(this.currentOption), animation: false });
    const url = copy.getDataURL({ type, pixelRatio: 2, backgroundColor: this.dark() ? '#1e1e1e' : '#ffffff' });
    copy.dispose();
    holder.remove();
    this.download(url, `${fileName}.${type}`);
  }

  private download(url: string, name: string) {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
  }

  // On a narrow screen the camera steps back, so the whole 3-D box stays in view.
  private fitBox(option: Record<string, unknown>) {
    const view = (option.grid3D as { viewControl?: { distance?: number } } | undefined)?.viewControl;
    if (view && this.clientWidth > 0 && this.clientWidth < 560) {
      view.distance = Math.round(170 * Math.min(1.8, 560 / this.clientWidth));
    }
  }

  // A field's tiles (series 0 with `labTiles: [columns, rows]`) are sized to the plot so they meet without gaps.
  private fitTiles(option: Record<string, unknown>) {
    const series = (option.series as Record<string, unknown>[] | undefined)?.[0];
    const tiles = series?.labTiles as [number, number] | undefined;
    const grid = option.grid as { left: number; right: number; top: number; bottom: number } | undefined;
    if (!series || !tiles || !grid || this.clientWidth === 0) return false;
    const w = (this.clientWidth - grid.left - grid.right) / tiles[0];
    const h = (this.clientHeight - grid.top - grid.bottom) / tiles[1];
    series.symbolSize = [Math.ceil(w) + 1, Math.ceil(h) + 1];
    return true;
  }

  private dark() {
    return document.documentElement.getAttribute('theme') === 'dark';
  }

  private withTheme(option: Record<string, unknown>) {
    const themed: Record<string, unknown> = { backgroundColor: 'transparent', ...option };
    // log axes print 1e-8, not 0.00000001 (a function cannot travel in the server's JSON)
    for (const key of ['xAxis', 'yAxis']) {
      const axis = themed[key] as Record<string, unknown> | undefined;
      if (axis && axis.type === 'log') {
        themed[key] = { ...axis, axisLabel: { ...(axis.axisLabel as object | undefined), formatter: logLabel } };
      }
    }
    // Drawn in one frame, never progressively: a chart rebuilt mid-way (the 3-D view loading, a theme switch) left
    // zrender's next progressive frame painting into the disposed instance ("reading 'layerStack' of null").
    const series = themed.series as Record<string, unknown>[] | undefined;
    if (Array.isArray(series)) {
      themed.series = series.map((s) => ({ progressive: 0, ...s }));
    }
    return themed;
  }

  private rebuild() {
    this.chart?.dispose();
    this.chart = echarts.init(this, this.dark() ? 'dark' : undefined, { renderer: 'canvas' });
    this.apply();
    this.chart.on('click', (p) => {
      this.dispatchEvent(
        new CustomEvent('point-picked', {
          detail: {
            seriesIndex: p.seriesIndex ?? -1,
            dataIndex: p.dataIndex ?? -1,
            value: JSON.stringify(p.value ?? null),
          },
        }),
      );
    });
  }
}

if (!customElements.get('lab-chart')) customElements.define('lab-chart', LabChart);
