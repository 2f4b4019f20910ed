import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
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
  BarChart, HeatmapChart, LineChart, ScatterChart,
  DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent,
  VisualMapComponent, CanvasRenderer, SVGRenderer,
]);

/**
 * <lab-chart> — an ECharts chart driven by the server. The Java side sets `option` (an ECharts option as JSON)
 * and `label` (the accessible name); the element follows the page's light/dark theme and its container's size,
 * fires `point-picked` with {seriesIndex, dataIndex, value} on a click, and exports PNG or SVG.
 */
export class LabChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resize = new ResizeObserver(() => this.chart?.resize());
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
    this.chart?.setOption(this.withTheme(this.currentOption), true);
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
    const holder = document.createElement('div');
    holder.style.cssText = `position:fixed;left:-10000px;width:${this.clientWidth}px;height:${this.clientHeight}px`;
    document.body.append(holder);
    const copy = echarts.init(holder, this.dark() ? 'dark' : undefined, { renderer: type === 'svg' ? 'svg' : 'canvas' });
    copy.setOption({ ...this.withTheme(this.currentOption), animation: false });
    const url = copy.getDataURL({ type, pixelRatio: 2, backgroundColor: this.dark() ? '#1e1e1e' : '#ffffff' });
    copy.dispose();
    holder.remove();
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.${type}`;
    a.click();
  }

  private dark() {
    return document.documentElement.getAttribute('theme') === 'dark';
  }

  private withTheme(option: Record<string, unknown>) {
    return { backgroundColor: 'transparent', ...option };
  }

  private rebuild() {
    this.chart?.dispose();
    this.chart = echarts.init(this, this.dark() ? 'dark' : undefined, { renderer: 'canvas' });
    this.chart.setOption(this.withTheme(this.currentOption), true);
    this.chart.on('click', (p) => {
      this.dispatchEvent(new CustomEvent('point-picked', {
        detail: { seriesIndex: p.seriesIndex ?? -1, dataIndex: p.dataIndex ?? -1, value: JSON.stringify(p.value ?? null) },
      }));
    });
  }
}

if (!customElements.get('lab-chart')) customElements.define('lab-chart', LabChart);
