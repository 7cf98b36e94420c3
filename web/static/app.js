// Reskontra: small progressive enhancements (the pages work without JavaScript).
(function () {
  "use strict";
  function num(text) {
    if (!text) return null;
    var t = String(text).replace(/\s|\u00a0/g, "").replace(",", ".");
    if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
    return parseFloat(t);
  }
  function fmt(value, currency) {
    var lang = document.documentElement.lang || "sv";
    try {
      return new Intl.NumberFormat(lang === "en" ? "en-GB" : lang, currency ? {style: "currency", currency: currency} : {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(value);
    } catch (e) { return value.toFixed(2); }
  }
  var form = document.getElementById("intake-form");
  if (!form) return;
  var agency = document.getElementById("agency");
  var articles = {};
  var currency = "";
  function recalc() {
    var total = 0, any = false;
    form.querySelectorAll("tr.line").forEach(function (tr) {
      var q = num(tr.querySelector("[name$='-quantity']").value);
      var p = num(tr.querySelector("[name$='-unit_price']").value);
      var art = articles[tr.querySelector("[name$='-article']").value.trim()];
      if (p === null && art && art.unit_price) p = num(art.unit_price);
      var cell = tr.querySelector(".amount");
      if (q !== null && p !== null) { var a = Math.round(q * p * 100) / 100; total += a; any = true; cell.textContent = fmt(a); }
      else cell.textContent = "—";
    });
    document.getElementById("total").textContent = any ? fmt(total, currency) : "—";
  }
  function loadArticles() {
    var opt = agency.options[agency.selectedIndex];
    currency = opt ? opt.getAttribute("data-currency") : "";
    fetch(agency.getAttribute("data-articles-url") + "?agency=" + encodeURIComponent(agency.value), {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : {articles: []}; })
      .then(function (data) {
        articles = {};
        var list = document.getElementById("article-list");
        list.innerHTML = "";
        data.articles.forEach(function (a) {
          articles[a.code] = a;
          var o = document.createElement("option");
          o.value = a.code;
          o.label = a.name + (a.unit_price ? " · " + fmt(num(a.unit_price)) + "/" + a.unit : "");
          list.appendChild(o);
        });
        recalc();
      });
  }
  form.addEventListener("input", function (ev) {
    var t = ev.target;
    if (t.name && /-article$/.test(t.name)) {
      var a = articles[t.value.trim()];
      var tr = t.closest("tr");
      var d = tr.querySelector("[name$='-description']");
      var p = tr.querySelector("[name$='-unit_price']");
      if (a) { if (!d.value) d.placeholder = a.name; if (!p.value) p.placeholder = a.unit_price || ""; }
    }
    recalc();
  });
  agency.addEventListener("change", loadArticles);
  document.getElementById("add-line").addEventListener("click", function () {
    var body = form.querySelector("#lines tbody");
    var rows = body.querySelectorAll("tr.line");
    var tr = rows[rows.length - 1].cloneNode(true);
    var n = rows.length;
    tr.querySelectorAll("input").forEach(function (i) {
      i.name = i.name.replace(/lines-\d+-/, "lines-" + n + "-");
      i.value = ""; i.placeholder = "";
      i.setAttribute("aria-label", (i.getAttribute("aria-label") || "").replace(/\d+$/, String(n + 1)));
    });
    tr.querySelectorAll(".err").forEach(function (e) { e.remove(); });
    tr.querySelector(".amount").textContent = "—";
    body.appendChild(tr);
    tr.querySelector("input").focus();
  });
  var cust = document.getElementById("customer");
  var timer = null;
  cust.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = cust.value.trim();
      if (q.length < 2) return;
      fetch(cust.getAttribute("data-url") + "?q=" + encodeURIComponent(q) + "&agency=" + encodeURIComponent(agency.value), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (rows) {
          var list = document.getElementById("customer-list");
          list.innerHTML = "";
          rows.forEach(function (c) {
            var o = document.createElement("option");
            o.value = c.customer_number;
            o.label = c.name + " · " + (c.org_no || "") + (c.peppol_id ? " · e-faktura" : "");
            list.appendChild(o);
          });
          var exact = rows.filter(function (c) { return c.customer_number === q; })[0];
          document.getElementById("customer-hint").textContent = exact ? exact.name + " · " + (exact.org_no || "") : (rows.length ? rows.length + " …" : "");
        });
    }, 200);
  });
  loadArticles();
})();
