// A bar chart drawn by ECharts, loaded after the first paint; the table beside it carries the same data for everyone.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../context.ts';
import type { BarChartHandle, BarDatum } from './echarts-bar.ts';

export type { BarDatum };

let echartsModule: Promise<typeof import('./echarts-bar.ts')> | null = null;
/** One shared download of the chart code, started by the first chart on screen. */
export function loadCharts() {
  echartsModule ??= import('./echarts-bar.ts');
  return echartsModule;
}

export function BarChart(props: { data: readonly BarDatum[]; seriesName: string; label: string; onSelect?: (key: string) => void; testId?: string }) {
  const t = useT();
  const el = useRef<HTMLDivElement>(null);
  const handle = useRef<BarChartHandle | null>(null);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    loadCharts().then((m) => {
      if (disposed || !el.current) return;
      handle.current = m.mountBarChart(el.current, (key) => onSelect.current?.(key));
      observer = new ResizeObserver(() => handle.current?.resize());
      observer.observe(el.current);
      setReady(true);
    }, () => setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      handle.current?.dispose();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) handle.current?.update(props.data, props.seriesName);
  }, [ready, props.data, props.seriesName]);

  // 32px a bar: room for a name on two lines.
  const height = Math.max(120, Math.min(props.data.length, 12) * 32 + 40);
  return (
    <div class="chart" data-testid={props.testId}>
      {/* The chart repeats the table next to it: screen readers get the table, not the picture. */}
      <div ref={el} class="chart-canvas" style={{ height: `${height}px` }} role="img" aria-label={`${props.label}. ${t('chartAsTable')}`} />
      {!ready && !failed && <p class="chart-loading" aria-hidden="true">{t('chartLoading')}</p>}
    </div>
  );
}
