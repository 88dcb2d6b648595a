// Draws each dashboard chart from the table beside it (the table is the accessible view; the chart is
// aria-hidden). No inline script: the CSP forbids it. Suppressed cells ("gesperrt") are gaps.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.kim-chart[data-table]').forEach(function (element) {
    var table = document.getElementById(element.dataset.table);
    if (!table) {
      return;
    }
    var columns = element.dataset.columns.split(',').map(Number);
    var headers = table.querySelectorAll('thead th');
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var categories = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
    var series = columns.map(function (column) {
      return {
        name: headers[column].textContent.trim(),
        type: element.dataset.type === 'line' ? 'line' : 'bar',
        connectNulls: false,
        data: rows.map(function (row) {
          var cell = row.children[column];
          var text = cell ? cell.textContent.trim().replace(/\./g, '') : '';
          return /^\d+$/.test(text) ? Number(text) : null;
        })
      };
    });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 80 },
      xAxis: { type: 'category', data: categories, axisLabel: { rotate: categories.length > 8 ? 60 : 0, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
