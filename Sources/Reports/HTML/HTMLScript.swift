/// The script of `report.html`. It builds the findings table from the data island with
/// `textContent` only (never markup from data), filters it by severity, category, workload and text,
/// keeps the filters in the address hash (`#severity=warning&text=msmq`, applied on load), and
/// records its state on `#i2c-status` (`data-ready`, `data-errors`, `data-visible`, `data-total`) so
/// tests can read it from the DOM.
enum HTMLScript {
    static let source = #"""
    (function () {
      "use strict";
      var status = document.getElementById("i2c-status");
      var errors = 0;
      function recordError() {
        errors += 1;
        status.setAttribute("data-errors", String(errors));
      }
      window.addEventListener("error", recordError);
      window.addEventListener("unhandledrejection", recordError);

      var data = JSON.parse(document.getElementById("i2c-data").textContent);
      var body = document.getElementById("findings-body");
      var empty = document.getElementById("findings-empty");
      var count = document.getElementById("findings-count");
      var controls = {
        severity: document.getElementById("filter-severity"),
        category: document.getElementById("filter-category"),
        workload: document.getElementById("filter-workload"),
        text: document.getElementById("filter-text")
      };
      var names = ["severity", "category", "workload", "text"];

      function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text) { node.textContent = text; }
        return node;
      }

      function cell(row, className) {
        var td = element("td", className);
        row.appendChild(td);
        return td;
      }

      function buildRow(finding) {
        var row = element("tr", "finding-row");
        row.setAttribute("data-severity", finding.severity);
        row.setAttribute("data-category", finding.category);
        row.setAttribute("data-workload", finding.workload);
        cell(row).appendChild(element("span", "chip sev-" + finding.severity, finding.severityLabel));
        cell(row).appendChild(element("span", "chip cat-" + finding.category, finding.categoryLabel));
        var rule = cell(row, "col-rule");
        rule.appendChild(element("span", "rule-id", finding.rule));
        rule.appendChild(element("span", "rule-title", finding.title));
        cell(row, "col-workload").textContent = finding.workloadName;
        cell(row, "col-message").textContent = finding.message;
        var evidence = cell(row, "col-evidence");
        if (finding.location) { evidence.appendChild(element("span", "loc", finding.location)); }
        if (finding.evidence) { evidence.appendChild(element("code", "evidence", finding.evidence)); }
        var remediation = cell(row, "col-remediation");
        remediation.appendChild(element("p", "", finding.remediation));
        if (finding.links.length > 0) {
          var list = element("ul", "links");
          finding.links.forEach(function (link) {
            if (!/^https?:\/\//i.test(link.href)) { return; }
            var anchor = element("a", "", link.label);
            anchor.href = link.href;
            anchor.rel = "noreferrer";
            var item = element("li");
            item.appendChild(anchor);
            list.appendChild(item);
          });
          remediation.appendChild(list);
        }
        var haystack = [finding.rule, finding.title, finding.workload, finding.workloadName, finding.message,
                        finding.location, finding.evidence, finding.remediation].join("\n").toLowerCase();
        return { node: row, finding: finding, haystack: haystack };
      }

      var rows = data.findings.map(buildRow);
      rows.forEach(function (row) { body.appendChild(row.node); });

      function current() {
        return {
          severity: controls.severity.value,
          category: controls.category.value,
          workload: controls.workload.value,
          text: controls.text.value.trim().toLowerCase()
        };
      }

      function apply() {
        var filter = current();
        var visible = 0;
        rows.forEach(function (row) {
          var show = (!filter.severity || row.finding.severity === filter.severity) &&
            (!filter.category || row.finding.category === filter.category) &&
            (!filter.workload || row.finding.workload === filter.workload) &&
            (!filter.text || row.haystack.indexOf(filter.text) !== -1);
          row.node.hidden = !show;
          if (show) { visible += 1; }
        });
        empty.hidden = visible !== 0;
        count.textContent = visible === rows.length
          ? rows.length + (rows.length === 1 ? " finding" : " findings")
          : "Showing " + visible + " of " + rows.length;
        status.setAttribute("data-visible", String(visible));
        status.setAttribute("data-total", String(rows.length));
      }

      function hasOption(select, value) {
        return Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      }

      function readHash() {
        var hash = window.location.hash.slice(1);
        if (hash.indexOf("=") === -1) { return false; }
        var params = new URLSearchParams(hash);
        names.forEach(function (name) {
          var value = params.get(name) || "";
          var control = controls[name];
          control.value = control.tagName === "SELECT" && !hasOption(control, value) ? "" : value;
        });
        return true;
      }

      function writeHash() {
        var params = new URLSearchParams();
        names.forEach(function (name) {
          var value = controls[name].value.trim();
          if (value) { params.set(name, value); }
        });
        var query = params.toString();
        history.replaceState(null, "", query ? "#" + query : window.location.pathname + window.location.search);
      }

      function onFilterChange() {
        apply();
        writeHash();
      }

      names.forEach(function (name) {
        controls[name].addEventListener(name === "text" ? "input" : "change", onFilterChange);
      });
      document.getElementById("filter-clear").addEventListener("click", function () {
        names.forEach(function (name) { controls[name].value = ""; });
        onFilterChange();
      });
      window.addEventListener("hashchange", function () {
        if (readHash()) {
          apply();
          document.getElementById("findings").scrollIntoView();
        }
      });

      var filtered = readHash();
      apply();
      if (filtered) { document.getElementById("findings").scrollIntoView(); }
      status.setAttribute("data-ready", "true");
    }());
    """#
}
