// The script of report.html: pan and zoom of the network diagram (svg-pan-zoom, embedded above
// this script), the details of an enterprise on a click, search, the layer selector and
// sortable tables. Everything works offline; nothing is requested outside the file.
(function () {
  'use strict';
  var dataElement = document.getElementById('symbio-data');
  var data = dataElement ? JSON.parse(dataElement.textContent) : { labels: {}, enterprises: {} };
  var labels = data.labels || {};
  var enterprises = data.enterprises || {};
  var box = document.getElementById('network');
  var svg = box ? box.querySelector('svg') : null;
  var panZoom = null;

  function text(tag, content, className) {
    var element = document.createElement(tag);
    if (content !== undefined) element.textContent = content;
    if (className) element.className = className;
    return element;
  }

  if (svg && typeof window.svgPanZoom === 'function') {
    // The drawing fills the view; Graphviz's fixed size in points would shrink or clip it.
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    panZoom = window.svgPanZoom(svg, {
      zoomEnabled: true,
      mouseWheelZoomEnabled: true,
      dblClickZoomEnabled: true,
      controlIconsEnabled: false,
      fit: true,
      center: true,
      minZoom: 0.2,
      maxZoom: 50,
      zoomScaleSensitivity: 0.3
    });
    window.addEventListener('resize', function () {
      panZoom.resize();
    });
  }

  function fit() {
    if (!panZoom) return;
    panZoom.resize();
    panZoom.fit();
    panZoom.center();
  }

  function bind(id, handler) {
    var element = document.getElementById(id);
    if (element) element.addEventListener('click', handler);
  }
  bind('fit', fit);
  bind('zoom-in', function () { if (panZoom) panZoom.zoomIn(); });
  bind('zoom-out', function () { if (panZoom) panZoom.zoomOut(); });

  function nodes() {
    return box ? Array.prototype.slice.call(box.querySelectorAll('[data-enterprise]')) : [];
  }

  // Details of one enterprise: name, id, sector, its indicators and the findings naming it.
  var details = document.getElementById('details');
  function showDetails(id) {
    if (!details) return;
    var e = enterprises[id];
    details.textContent = '';
    if (!e) return;
    details.appendChild(text('h4', e.name));
    var facts = text('p');
    facts.textContent = (labels.id || 'id') + ': ' + id +
        (e.sector ? ' · ' + (labels.sector || 'sector') + ': ' + e.sector : '');
    details.appendChild(facts);
    details.appendChild(text('h5', labels.indicators || 'Indicators'));
    var table = text('table');
    var body = text('tbody');
    e.indicators.forEach(function (row) {
      var tr = text('tr');
      tr.appendChild(text('td', row[0]));
      tr.appendChild(text('td', row[1]));
      body.appendChild(tr);
    });
    table.appendChild(body);
    details.appendChild(table);
    details.appendChild(text('h5', labels.findings || 'Findings'));
    if (e.findings.length === 0) {
      details.appendChild(text('p', labels.none || 'none'));
    } else {
      var list = text('ul');
      e.findings.forEach(function (f) {
        list.appendChild(text('li', '[' + f[0] + '] ' + f[1]));
      });
      details.appendChild(list);
    }
    nodes().forEach(function (n) {
      n.classList.toggle('selected', n.getAttribute('data-enterprise') === id);
    });
  }

  // A click that ends a drag is a pan, not a selection.
  var pressedAt = null;
  if (box) {
    box.addEventListener('mousedown', function (event) {
      pressedAt = { x: event.clientX, y: event.clientY };
    });
    box.addEventListener('click', function (event) {
      var moved = pressedAt &&
          Math.abs(event.clientX - pressedAt.x) + Math.abs(event.clientY - pressedAt.y) > 4;
      pressedAt = null;
      if (moved) return;
      var node = event.target.closest ? event.target.closest('[data-enterprise]') : null;
      if (node) showDetails(node.getAttribute('data-enterprise'));
    });
  }

  // Search: highlight the enterprises whose name or id contains the text, bring the first into
  // view (the page scrolls to the diagram, the diagram pans to the enterprise).
  var search = document.getElementById('search');
  var status = document.getElementById('search-status');
  function runSearch() {
    var query = search.value.trim().toLowerCase();
    var first = null;
    var count = 0;
    nodes().forEach(function (n) {
      var id = n.getAttribute('data-enterprise');
      var e = enterprises[id];
      var name = e ? e.name : '';
      var hit = query !== '' &&
          (id.toLowerCase().indexOf(query) >= 0 || name.toLowerCase().indexOf(query) >= 0);
      n.classList.toggle('highlight', hit);
      if (hit) {
        count += 1;
        if (!first) first = n;
      }
    });
    if (status) {
      status.textContent = query === '' ? '' :
          (count > 0 ? count + ' ' + (labels.matches || 'matches') : (labels.no_match || ''));
    }
    if (first) {
      box.scrollIntoView({ block: 'center' });
      if (panZoom) {
        var view = box.getBoundingClientRect();
        var at = first.getBoundingClientRect();
        panZoom.panBy({
          x: view.left + view.width / 2 - (at.left + at.width / 2),
          y: view.top + view.height / 2 - (at.top + at.height / 2)
        });
      }
    }
  }
  if (search) search.addEventListener('input', runSearch);

  // Layer selector: the exchanges of the other layers are hidden.
  var layer = document.getElementById('layer');
  if (layer && box) {
    layer.addEventListener('change', function () {
      var chosen = layer.value;
      Array.prototype.forEach.call(box.querySelectorAll('[data-layer]'), function (edge) {
        edge.style.display =
            chosen === 'all' || edge.getAttribute('data-layer') === chosen ? '' : 'none';
      });
    });
  }

  // Tables sort by a click on a header: numbers as numbers, other text in the page's language.
  function cellValue(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.trim() : '';
  }
  function asNumber(value) {
    var cleaned = value.replace(/,/g, '').replace(/%$/, '');
    return cleaned !== '' && isFinite(cleaned) ? parseFloat(cleaned) : NaN;
  }
  var collator = new Intl.Collator(data.lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  Array.prototype.forEach.call(document.querySelectorAll('table'), function (table) {
    if (!table.tHead || !table.tBodies.length || table.closest('#details')) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.setAttribute('data-sort', '');
      th.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
          other.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, column);
          var y = cellValue(b, column);
          var nx = asNumber(x);
          var ny = asNumber(y);
          var order;
          if (!isNaN(nx) && !isNaN(ny)) order = nx - ny;
          else if (!isNaN(nx)) order = -1;  // numbers before empty cells and text
          else if (!isNaN(ny)) order = 1;
          else order = collator.compare(x, y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  window.addEventListener('beforeprint', fit);
}());
