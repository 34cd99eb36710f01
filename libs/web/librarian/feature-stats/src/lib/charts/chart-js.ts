import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/*
 * Only the parts the dashboard draws are registered, so the bundler leaves the
 * rest of Chart.js out. The legend is HTML beside the canvas (it wraps at
 * 360 px and is not a mouse-only toggle), so Chart.js's Legend is not needed.
 */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
);

export { Chart };
