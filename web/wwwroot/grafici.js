// Draws every chart of the page from its own data table (ChartFigure.razor): the table stays the accessible
// equivalent and what shows without scripts. After Blazor's enhanced navigation the page's DOM is new: draw again.
(function () {
  'use strict';
  var colours = ['#0066cc', '#008055', '#cc334d', '#a66300', '#5c6f82'];

  function text(node) { return node.textContent.trim(); }

  function drawOne(figure) {
    var area = figure.querySelector('[data-grafico-area]');
    var table = figure.querySelector('table');
    if (!area || !table || area.querySelector('canvas')) return;
    var names = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(text);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var cell = function (row, series) { return rows[row].cells[series + 1]; };
    var datasets = names.map(function (name, i) {
      return {
        label: name,
        backgroundColor: colours[i % colours.length],
        // A suppressed count has no value: no bar, and the tooltip and the table say "meno di 3".
        data: rows.map(function (_, r) { var v = cell(r, i).dataset.valore; return v === '' ? null : Number(v); })
      };
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', text(figure.querySelector('figcaption')) + ': grafico; i valori sono nella tabella sotto "Mostra i dati".');
    area.appendChild(canvas);
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: rows.map(function (r) { return text(r.cells[0]); }), datasets: datasets },
      options: {
        indexAxis: figure.dataset.grafico === 'orizzontale' ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        locale: 'it-IT',
        plugins: {
          legend: { display: names.length > 1 },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + text(cell(c.dataIndex, c.datasetIndex)); } } }
        }
      }
    });
    figure.querySelector('details').open = false;
    figure.setAttribute('data-disegnato', '');
  }

  function draw() {
    if (!window.Chart) return;
    document.querySelectorAll('figure[data-grafico]').forEach(drawOne);
  }

  draw();
  if (window.Blazor && window.Blazor.addEventListener) window.Blazor.addEventListener('enhancedload', draw);
})();
