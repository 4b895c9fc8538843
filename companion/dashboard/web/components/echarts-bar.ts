// The only module that imports ECharts (tree-shaken: bar series, grid, tooltip, SVG renderer); loaded on demand.
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

export interface BarChartHandle {
  update(data: readonly BarDatum[], seriesName: string): void;
  resize(): void;
  dispose(): void;
}

const font = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Names up to this many characters wrap onto two lines beside their bar; longer ones are shortened with "…". */
export const LABEL_MAX_CHARS = 16;

/** 东区人民检察院第一检察部派驻看守所检察室 → 东区人民检察院第一检察部派驻… (the tooltip and the table give it whole). */
export function abbreviate(name: string, max = LABEL_MAX_CHARS): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

/** A horizontal bar chart, largest on top; long names wrap (two lines) or are shortened in the axis, whole in the tooltip and the table. */
export function mountBarChart(el: HTMLElement, onSelect: (key: string) => void): BarChartHandle {
  const chart = echarts.init(el, null, { renderer: 'svg' });
  let keys: string[] = [];
  chart.on('click', (params) => {
    const key = keys[params.dataIndex];
    if (key !== undefined) onSelect(key);
  });
  return {
    update(data, seriesName) {
      const ordered = [...data].reverse();
      keys = ordered.map((d) => d.key);
      chart.setOption({
        animation: false,
        textStyle: { fontFamily: font },
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
        xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e3e7ee' } }, axisLabel: { color: '#4a5568' } },
        yAxis: {
          type: 'category',
          data: ordered.map((d) => d.label),
          axisTick: { show: false },
          // Eight CJK characters a line at 12px: a name wraps onto a second line instead of being cut mid-word.
          axisLabel: { color: '#1f2933', fontSize: 12, lineHeight: 14, width: 100, overflow: 'break', formatter: (v: string) => abbreviate(v) },
        },
        series: [{
          type: 'bar',
          name: seriesName,
          data: ordered.map((d) => d.value),
          barMaxWidth: 18,
          itemStyle: { color: '#2f5f98', borderRadius: [0, 3, 3, 0] },
          label: { show: true, position: 'right', color: '#1f2933' },
          cursor: 'pointer',
        }],
      }, { notMerge: true });
    },
    resize() { chart.resize(); },
    dispose() { chart.dispose(); },
  };
}
