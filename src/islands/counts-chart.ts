// Draws every <canvas data-chart> on the page with Chart.js. Only the pieces used are imported, so the bundle stays
// small (no chart.js/auto). The numbers are also in a table beside each chart, for readers without JavaScript.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

interface ChartSpec {
  type: 'bar' | 'line';
  stacked: boolean;
  months: string[];
  series: { label: string; counts: number[] }[];
}

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
  new Chart(canvas, {
    type: spec.type,
    data: {
      labels: spec.months,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.counts,
        backgroundColor: PALETTE[i % PALETTE.length],
        borderColor: PALETTE[i % PALETTE.length],
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: spec.stacked },
        y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
