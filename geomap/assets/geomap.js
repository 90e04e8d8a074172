/* geomap's map behaviour: layers, popups, legend, search, time slider, measuring, fullscreen.
 * Input text only ever reaches the page through textContent, never innerHTML. */
(function () {
  "use strict";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  // Leaflet's layer control writes layer names with innerHTML: names from input are escaped first.
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function row(table, label, value) {
    if (value === undefined || value === null || value === "") return;
    var tr = el("tr");
    tr.appendChild(el("th", label));
    tr.appendChild(el("td", value));
    table.appendChild(tr);
  }

  function sentence(text, start, end) {
    var p = el("p", null, "geomap-sentence");
    if (start === null || start < 0 || end > text.length) { p.textContent = text; return p; }
    p.appendChild(document.createTextNode(text.slice(0, start)));
    p.appendChild(el("mark", text.slice(start, end)));
    p.appendChild(document.createTextNode(text.slice(end)));
    return p;
  }

  function link(article) {
    if (!article.url || !/^https?:\/\//i.test(article.url)) return el("div", article.title || article.id, "geomap-title");
    var a = el("a", article.title || article.url, "geomap-title");
    a.href = article.url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }

  window.geomapInit = function (map, data) {
    // Event rows refer to data.strings for their texts: resolve them once.
    data.events.forEach(function (e) { [3, 6, 8, 9, 10, 12].forEach(function (i) { e[i] = data.strings[e[i]]; }); });
    var state = {types: {}, articles: {}, maxDate: null, showUndated: true, markers: []};
    var renderer = L.canvas({padding: 0.3});
    var overlays = {};
    var eventsOn = L.layerGroup().addTo(map);

    if (data.outlines) {
      L.geoJSON(data.outlines, {interactive: false, style: {color: "#8a8a8a", weight: 0.8, fillColor: "#f2efe9", fillOpacity: 1}})
        .addTo(map).bringToBack();
    }

    function eventPopup(e) {
      var box = el("div", null, "geomap-popup");
      box.appendChild(el("h4", data.types[e[16]].name + " / " + e[3]));
      var table = el("table");
      row(table, "Date", e[4] ? e[4] + " (time precision " + e[5] + ")" : "unknown");
      row(table, "Location", e[6] + " (geo precision " + e[7] + ")");
      row(table, "As written", e[8]);
      row(table, "Actor 1", e[9]);
      row(table, "Actor 2", e[10]);
      row(table, "Fatalities", e[11]);
      box.appendChild(table);
      box.appendChild(sentence(e[12], e[13], e[14]));
      box.appendChild(link(data.articles[e[15]]));
      return box;
    }

    data.types.forEach(function (type, index) {
      var group = L.layerGroup();
      group._geomapType = index;
      state.types[index] = true;
      overlays[escapeHtml("Events: " + type.name + " (" + type.count + ")")] = group;
      group.addTo(map);
    });
    data.articles.forEach(function (article, index) {
      var group = L.layerGroup();
      group._geomapArticle = index;
      state.articles[index] = true;
      overlays[escapeHtml("Article: " + (article.title || article.id))] = group;
      group.addTo(map);
    });

    data.events.forEach(function (e) {
      if (e[0] === null) return;
      var type = data.types[e[16]];
      var marker = L.circleMarker([e[0], e[1]], {renderer: renderer, radius: 7, color: "#222", weight: 1,
        fillColor: type.color, fillOpacity: 0.9});
      marker.bindPopup(function () { return eventPopup(e); }, {maxWidth: 360});
      marker.bindTooltip(function () { return el("span", e[3] + " — " + e[6]); });
      marker._geomap = e;
      state.markers.push(marker);
    });

    function visible(e) {
      if (!state.types[e[16]] || !state.articles[e[15]]) return false;
      if (!e[4]) return state.showUndated;
      return state.maxDate === null || e[4] <= state.maxDate;
    }

    function refresh() {
      state.markers.forEach(function (marker) {
        var show = visible(marker._geomap);
        if (show && !eventsOn.hasLayer(marker)) eventsOn.addLayer(marker);
        if (!show && eventsOn.hasLayer(marker)) eventsOn.removeLayer(marker);
      });
    }

    map.on("overlayadd overlayremove", function (ev) {
      var on = ev.type === "overlayadd";
      if (ev.layer._geomapType !== undefined) state.types[ev.layer._geomapType] = on;
      if (ev.layer._geomapArticle !== undefined) state.articles[ev.layer._geomapArticle] = on;
      refresh();
    });

    var places = L.layerGroup().addTo(map);
    data.places.forEach(function (p) {
      var marker = L.circleMarker([p[0], p[1]], {renderer: renderer, radius: 4, color: "#555", weight: 1,
        fillColor: p[6] ? "#ffd54f" : "#fff", fillOpacity: 1});
      marker.bindTooltip(function () { return el("span", p[2]); });
      marker.bindPopup(function () {
        var box = el("div", null, "geomap-popup");
        box.appendChild(el("h4", p[2]));
        var table = el("table");
        row(table, "As written", p[3]);
        row(table, "Why", p[4]);
        box.appendChild(table);
        box.appendChild(link(data.articles[p[5]]));
        return box;
      });
      places.addLayer(marker);
    });
    overlays["Places mentioned (" + data.places.length + ")"] = places;

    var verdictColour = {consistent: "#2e7d32", inconsistent: "#c62828", unverifiable: "#757575"};
    var claims = L.layerGroup().addTo(map);
    data.claims.forEach(function (c) {
      var colour = verdictColour[c.verdict] || "#757575";
      var area = L.geoJSON(c.area, {style: {color: colour, weight: 2, dashArray: "6 4", fillColor: colour, fillOpacity: 0.08}});
      area.bindPopup(function () {
        var box = el("div", null, "geomap-popup");
        box.appendChild(el("h4", c.label));
        var table = el("table");
        row(table, "Stated", c.text);
        row(table, "Verdict", c.verdict);
        row(table, "Tolerance", c.tolerance_km + " km");
        row(table, "Reason", c.reason);
        box.appendChild(table);
        box.appendChild(link(data.articles[c.article]));
        return box;
      });
      claims.addLayer(area);
      var label = L.marker(c.labelAt, {icon: L.divIcon({className: "geomap-claim-label", html: "", iconSize: null})});
      label.on("add", function () { var node = label.getElement(); if (node) node.textContent = c.label; });
      claims.addLayer(label);
      c.subjects.forEach(function (s) {
        var line = L.polyline([s[6], [s[0], s[1]]], {color: verdictColour[s[4]] || colour, weight: 2});
        line.bindTooltip(function () { return el("span", s[2] + ": " + s[3] + " km computed (stated " + c.label + ") — " + s[4]); });
        line.bindPopup(function () { return el("div", s[5], "geomap-popup"); });
        claims.addLayer(line);
      });
    });
    overlays["Distance claims (" + data.claims.length + ")"] = claims;

    var uncertain = L.layerGroup().addTo(map);
    data.estimated.forEach(function (p) {
      var circle = L.circle([p[0], p[1]], {radius: p[3] * 1000, color: "#6a1b9a", weight: 1.5, dashArray: "3 3", fillOpacity: 0.05});
      circle.bindTooltip(function () { return el("span", p[2] + " (estimated ± " + p[3] + " km)"); });
      circle.bindPopup(function () { return el("div", p[4], "geomap-popup"); });
      uncertain.addLayer(circle);
    });
    overlays["Estimated places (" + data.estimated.length + ")"] = uncertain;

    var base = null;
    if (data.tiles) base = {"Tiles": L.tileLayer(data.tiles.url, {attribution: data.tiles.attribution}).addTo(map)};
    var layerControl = L.control.layers(base, overlays, {collapsed: false}).addTo(map);
    L.control.scale({metric: true, imperial: true}).addTo(map);
    legend(map, data);
    search(map, data, state);
    timeSlider(map, data, state, refresh);
    measure(map);
    fullscreen(map);
    refresh();

    var bounds = [];
    state.markers.forEach(function (m) { bounds.push(m.getLatLng()); });
    if (!bounds.length) data.places.forEach(function (p) { bounds.push([p[0], p[1]]); });
    if (bounds.length) map.fitBounds(L.latLngBounds(bounds).pad(0.2), {maxZoom: 10});

    window.geomap = {
      map: map, layerControl: layerControl,
      visibleEventCount: function () { return eventsOn.getLayers().length; },
      eventCount: function () { return state.markers.length; },
      overlayNames: function () { return Object.keys(overlays); },
      claimAreaCount: function () { return claims.getLayers().filter(function (l) { return l instanceof L.GeoJSON && map.hasLayer(l); }).length; },
      setDate: function (d) { state.maxDate = d; refresh(); }
    };
  };

  function control(map, position, build) {
    var Control = L.Control.extend({options: {position: position}, onAdd: function () {
      var box = el("div", null, "leaflet-bar geomap-control");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      build(box);
      return box;
    }});
    return new Control().addTo(map);
  }

  function button(map, glyph, title, onClick) {
    control(map, "topleft", function (box) {
      var node = el("a", glyph, "geomap-button");
      node.href = "#"; node.title = title;
      box.appendChild(node);
      node.addEventListener("click", function (ev) { ev.preventDefault(); onClick(node); });
    });
  }

  function legend(map, data) {
    control(map, "bottomright", function (box) {
      box.classList.add("geomap-legend");
      box.appendChild(el("strong", data.title));
      data.types.forEach(function (t) {
        var item = el("div");
        var swatch = el("span", null, "geomap-swatch");
        swatch.style.background = t.color;
        item.appendChild(swatch);
        item.appendChild(document.createTextNode(t.name + " (" + t.count + ")"));
        box.appendChild(item);
      });
      [["consistent", "#2e7d32"], ["inconsistent", "#c62828"], ["unverifiable", "#757575"]].forEach(function (v) {
        var item = el("div");
        var swatch = el("span", null, "geomap-swatch geomap-ring");
        swatch.style.borderColor = v[1];
        item.appendChild(swatch);
        item.appendChild(document.createTextNode("claim " + v[0]));
        box.appendChild(item);
      });
      if (data.unresolved.length) {
        box.appendChild(el("div", "Unresolved: " + data.unresolved.map(function (u) { return u[0]; }).join(", "), "geomap-unresolved"));
      }
    });
  }

  function search(map, data, state) {
    control(map, "topleft", function (box) {
      var input = el("input");
      input.type = "search"; input.placeholder = "Find a place…"; input.className = "geomap-search";
      input.setAttribute("aria-label", "Find a place on the map");
      box.appendChild(input);
      input.addEventListener("keydown", function (ev) {
        if (ev.key !== "Enter") return;
        var q = input.value.trim().toLowerCase();
        if (!q) return;
        var hit = state.markers.find(function (m) { return (m._geomap[6] + " " + m._geomap[8]).toLowerCase().indexOf(q) >= 0; });
        if (hit) { map.setView(hit.getLatLng(), Math.max(map.getZoom(), 10)); hit.openPopup(); return; }
        var place = data.places.find(function (p) { return (p[2] + " " + p[3]).toLowerCase().indexOf(q) >= 0; });
        if (place) map.setView([place[0], place[1]], Math.max(map.getZoom(), 10));
      });
    });
  }

  function timeSlider(map, data, state, refresh) {
    var dates = data.dates;
    if (dates.length < 2) return;  // one date: nothing to slide through
    control(map, "bottomleft", function (box) {
      box.classList.add("geomap-time");
      var label = el("div", "Events up to " + dates[dates.length - 1]);
      var slider = el("input");
      slider.type = "range";
      slider.setAttribute("min", "0");
      slider.setAttribute("max", String(dates.length - 1));
      slider.setAttribute("value", String(dates.length - 1));
      slider.className = "geomap-slider"; slider.setAttribute("aria-label", "Show events up to this date");
      slider.addEventListener("input", function () {
        state.maxDate = dates[+slider.value];
        label.textContent = "Events up to " + state.maxDate;
        refresh();
      });
      box.appendChild(label);
      box.appendChild(slider);
      slider.value = String(dates.length - 1);
    });
  }

  function measure(map) {
    var active = false, points = [], line = null, tip = null;
    button(map, "↔", "Measure a distance (click points, double-click to stop)", function (node) {
      active = !active;
      node.classList.toggle("geomap-active", active);
      points = [];
      if (line) { map.removeLayer(line); line = null; }
      if (tip) { map.removeLayer(tip); tip = null; }
      map.getContainer().style.cursor = active ? "crosshair" : "";
      map.doubleClickZoom[active ? "disable" : "enable"]();
    });
    map.on("click", function (ev) {
      if (!active) return;
      points.push(ev.latlng);
      if (!line) line = L.polyline(points, {color: "#000", dashArray: "4 4"}).addTo(map); else line.setLatLngs(points);
      var metres = 0;
      for (var i = 1; i < points.length; i++) metres += map.distance(points[i - 1], points[i]);
      if (tip) map.removeLayer(tip);
      tip = L.tooltip({permanent: true}).setLatLng(ev.latlng).setContent((metres / 1000).toFixed(2) + " km").addTo(map);
    });
    map.on("dblclick", function () { if (active) points = []; });
  }

  function fullscreen(map) {
    button(map, "□", "Full screen", function () {
      var node = map.getContainer();
      if (document.fullscreenElement) document.exitFullscreen();
      else if (node.requestFullscreen) node.requestFullscreen();
    });
  }
})();
