// The page: pick, paste or upload a case (or a helpdesk payload), send it to the service, show the advice.
// Plain JavaScript, no libraries, nothing fetched from outside the service.
(function () {
  'use strict';

  // The page's own labels. The names of principles and customer states are not here: they are
  // the rules' (the labels block of each phrasing catalog), fetched from GET /v1/names.
  var LABELS = {
    en: {
      title: 'support-coach', subtitle: 'advice on a support conversation', inputTitle: 'The case',
      example: 'Example', pickExample: '— pick an example —', format: 'Format',
      fromCase: 'support-coach case (exchange format)', upload: 'Or upload a file', advise: 'Advise',
      state: 'Customer state', actions: 'Actions', conversation: 'Conversation', draft: 'Draft',
      revisedDraft: 'Revised draft', why: 'Why:', say: 'Say:', better: 'Better:', replaceWith: 'Replace with:',
      noState: 'Nothing notable.', noActions: 'No action needed.', noDraft: 'No draft in this case.',
      noFindings: 'Nothing to change in the draft.', internal: 'internal note', message: 'message',
      customer: 'Customer', agent: 'Agent', system: 'System', working: 'Working…', empty: 'Paste a case, upload a file or pick an example first.',
      errorTitle: 'The service could not advise on this input', line: 'line', column: 'column', path: 'field'
    },
    ru: {
      title: 'support-coach', subtitle: 'советы по переписке с клиентом', inputTitle: 'Обращение',
      example: 'Пример', pickExample: '— выберите пример —', format: 'Формат',
      fromCase: 'обращение support-coach (формат обмена)', upload: 'Или загрузите файл', advise: 'Получить советы',
      state: 'Состояние клиента', actions: 'Что сделать', conversation: 'Переписка', draft: 'Черновик',
      revisedDraft: 'Исправленный черновик', why: 'Почему:', say: 'Как сказать:', better: 'Лучше:', replaceWith: 'Заменить на:',
      noState: 'Ничего особенного.', noActions: 'Действий не требуется.', noDraft: 'Черновика нет.',
      noFindings: 'В черновике нечего менять.', internal: 'внутренняя заметка', message: 'сообщение',
      customer: 'Клиент', agent: 'Агент', system: 'Система', working: 'Обработка…', empty: 'Сначала вставьте обращение, загрузите файл или выберите пример.',
      errorTitle: 'Сервис не смог обработать эти данные', line: 'строка', column: 'столбец', path: 'поле'
    }
  };

  var lang = 'en';
  var examples = [];
  var last = null; // { kase, advice } of the last answer, re-rendered when the language changes
  // The names of principles and states by language, as the rules' phrasing catalogs give them
  // (GET /v1/names); null for a language the rules do not provide. Emptied before each advice,
  // so that names renamed by a reload of the rules show on the next one.
  var names = {};

  function $(sel) { return document.querySelector(sel); }
  function t(key) { return (LABELS[lang] || LABELS.en)[key] || LABELS.en[key] || key; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function loadNames(l) {
    if (!l) { return Promise.resolve(null); }
    if (Object.prototype.hasOwnProperty.call(names, l)) { return Promise.resolve(names[l]); }
    return fetch('/v1/names?lang=' + encodeURIComponent(l))
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; })
      .then(function (n) { names[l] = n; return n; });
  }

  // A principle's or a state's name ('principles' or 'states'): in the page's language, else in
  // the advice's (when the rules lack the page's), else its code.
  function nameOf(kind, code, adviceLanguage) {
    var langs = [lang, adviceLanguage];
    for (var i = 0; i < langs.length; i++) {
      var n = names[langs[i]];
      var name = n && n[kind] ? n[kind][code] : null;
      if (name && name !== code) { return name; }
    }
    return code;
  }

  // Renders an answer once the names it needs are at hand.
  function show(kase, advice) {
    return Promise.all([loadNames(lang), loadNames(advice.language)]).then(function () { render(kase, advice); });
  }

  // The page's own labels are English or Russian; any other language of the rules (?lang=de)
  // names the principles and states from its catalog, with English labels around them.
  function setLanguage(l) {
    return (LABELS[l] ? Promise.resolve(true) : loadNames(l)).then(function (provided) {
      lang = provided ? l : 'en';
      document.documentElement.lang = lang;
      document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
      document.querySelectorAll('.lang button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.lang === lang)); });
      try { localStorage.setItem('support-coach.lang', lang); } catch (e) { /* private mode */ }
      if (last) { return show(last.kase, last.advice); }
    });
  }

  function loadExamples() {
    return fetch('/v1/examples').then(function (r) { return r.json(); }).then(function (list) {
      examples = list;
      var select = $('#example');
      list.forEach(function (ex) {
        var o = el('option', null, ex.title);
        o.value = ex.file;
        select.appendChild(o);
      });
    });
  }

  function pickExample() {
    var file = $('#example').value;
    var ex = examples.filter(function (e) { return e.file === file; })[0];
    if (!ex) { return; }
    $('#payload').value = ex.payload;
    $('#from').value = ex.from;
  }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, status: r.status, json: j }; }); });
  }

  function advise() {
    var body = $('#payload').value;
    if (!body.trim()) { showError({ title: t('empty') }); return; }
    var from = $('#from').value;
    var q = from && from !== 'case' ? '?from=' + encodeURIComponent(from) : '';
    var button = $('#advise');
    button.disabled = true;
    button.textContent = t('working');
    $('#error').hidden = true;
    names = {};
    Promise.all([post('/v1/convert' + q, body), post('/v1/advise' + q, body)]).then(function (answers) {
      var conv = answers[0], adv = answers[1];
      if (!adv.ok) { showError(adv.json); return; }
      if (!conv.ok) { showError(conv.json); return; }
      last = { kase: conv.json['case'], advice: adv.json };
      return show(last.kase, last.advice);
    }).catch(function (e) {
      showError({ title: String(e) });
    }).then(function () {
      button.disabled = false;
      button.textContent = t('advise');
    });
  }

  function showError(problem) {
    var box = $('#error');
    box.textContent = '';
    box.appendChild(el('strong', null, problem.detail ? t('errorTitle') : problem.title));
    if (problem.detail) {
      box.appendChild(el('div', 'detail', problem.detail));
      var where = [];
      if (problem.line) { where.push(t('line') + ' ' + problem.line + ', ' + t('column') + ' ' + problem.column); }
      if (problem.path) { where.push(t('path') + ' ' + problem.path); }
      if (where.length) { box.appendChild(el('div', 'where', where.join('; '))); }
    }
    box.hidden = false;
    $('#result').hidden = true;
  }

  // Text with marked spans. spans: [{start, end, cls, key}], offsets in UTF-16 code units (as the service counts).
  function marked(text, spans) {
    var frag = document.createDocumentFragment();
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(Math.max(0, Math.min(text.length, s.start)), Math.max(0, Math.min(text.length, s.end))); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = text.substring(a, b);
      var covering = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var m = el('mark', covering[0].cls, piece);
      m.dataset.keys = covering.map(function (s) { return s.key; }).join(' ');
      m.title = covering.map(function (s) { return s.title; }).join('\n');
      frag.appendChild(m);
    }
    return frag;
  }

  function highlight(key, on) {
    document.querySelectorAll('mark').forEach(function (m) {
      if ((' ' + m.dataset.keys + ' ').indexOf(' ' + key + ' ') >= 0) { m.classList.toggle('active', on); }
    });
    document.querySelectorAll('[data-key="' + key + '"]').forEach(function (li) { li.classList.toggle('active', on); });
  }

  function hoverable(li, key) {
    li.dataset.key = key;
    li.addEventListener('mouseenter', function () { highlight(key, true); });
    li.addEventListener('mouseleave', function () { highlight(key, false); });
    li.addEventListener('click', function () {
      var first = document.querySelector('mark[data-keys~="' + key + '"]');
      if (first) { first.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
    });
  }

  function render(kase, advice) {
    // customer state
    var state = $('#state');
    state.textContent = '';
    (advice.customerState || []).forEach(function (s) {
      var b = el('span', 'state', nameOf('states', s, advice.language));
      b.dataset.state = s;
      b.title = s;
      state.appendChild(b);
    });
    if (!(advice.customerState || []).length) { state.appendChild(el('span', 'empty', t('noState'))); }
    var warnings = $('#warnings');
    warnings.textContent = '';
    (advice.warnings || []).forEach(function (w) { warnings.appendChild(el('li', null, w)); });

    // ranked actions; evidence spans per message
    var recs = $('#recommendations');
    recs.textContent = '';
    var evidence = {};
    (advice.recommendations || []).forEach(function (r, i) {
      var key = 'r' + i;
      var li = el('li');
      li.appendChild(el('strong', 'action', r.action));
      li.appendChild(el('span', 'principle', nameOf('principles', r.principle, advice.language) + ' · ' + r.id));
      li.appendChild(el('div', 'why', t('why') + ' ' + r.reason));
      if (r.phrasing) {
        var say = el('div', 'say', t('say') + ' ');
        say.appendChild(el('q', null, r.phrasing));
        li.appendChild(say);
      }
      hoverable(li, key);
      recs.appendChild(li);
      (r.evidence || []).forEach(function (e) {
        (evidence[e.message] = evidence[e.message] || []).push({ start: e.start, end: e.end, cls: 'evidence', key: key, title: r.id });
      });
    });
    if (!(advice.recommendations || []).length) { recs.appendChild(el('li', 'empty', t('noActions'))); }

    // the conversation with its evidence highlighted
    var conv = $('#conversation');
    conv.textContent = '';
    (kase.conversation || []).forEach(function (m, i) {
      var box = el('div', 'message ' + m.author + (m.internal ? ' internal' : ''));
      box.dataset.index = i;
      var meta = el('div', 'meta', '#' + (i + 1) + ' · ' + t(m.author) + (m.at ? ' · ' + m.at.replace('T', ' ').replace('Z', ' UTC') : ''));
      if (m.internal) { meta.appendChild(el('span', 'badge', t('internal'))); }
      box.appendChild(meta);
      var text = el('div', 'text');
      text.appendChild(marked(m.text || '', evidence[i] || []));
      box.appendChild(text);
      conv.appendChild(box);
    });

    // the draft with its findings highlighted, and their replacements
    var draft = $('#draft');
    draft.textContent = '';
    var findings = $('#findings');
    findings.textContent = '';
    var spans = [];
    (advice.draftFindings || []).forEach(function (f, i) {
      var key = 'f' + i;
      spans.push({ start: f.start, end: f.end, cls: 'finding', key: key, title: f.id });
      var li = el('li');
      li.appendChild(el('strong', null, f.problem));
      li.appendChild(el('span', 'principle', nameOf('principles', f.principle, advice.language) + ' · ' + f.id));
      li.appendChild(el('div', 'quote', '“' + f.text + '”'));
      if (f.suggestion) {
        var better = el('div', 'better', t('better') + ' ');
        better.appendChild(el('q', null, f.suggestion));
        li.appendChild(better);
      }
      if (f.replacement !== undefined && f.replacement !== null) {
        var rep = el('div', 'better replacement', t('replaceWith') + ' ');
        rep.appendChild(el('q', null, f.replacement));
        li.appendChild(rep);
      }
      hoverable(li, key);
      findings.appendChild(li);
    });
    if (kase.draft) {
      draft.appendChild(marked(kase.draft, spans));
      if (!spans.length) { findings.appendChild(el('li', 'empty', t('noFindings'))); }
    } else {
      draft.appendChild(el('span', 'empty', t('noDraft')));
    }
    var revised = $('#revised');
    revised.hidden = !advice.revisedDraft;
    $('#revised-text').textContent = advice.revisedDraft || '';

    $('#result').hidden = false;
  }

  function upload() {
    var f = $('#file').files[0];
    if (!f) { return; }
    var reader = new FileReader();
    reader.onload = function () { $('#payload').value = String(reader.result); };
    reader.readAsText(f, 'utf-8');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var wanted = new URLSearchParams(location.search).get('lang');
    var saved = null;
    try { saved = localStorage.getItem('support-coach.lang'); } catch (e) { /* private mode */ }
    setLanguage(wanted || saved || ((navigator.language || '').indexOf('ru') === 0 ? 'ru' : 'en'));
    document.querySelectorAll('.lang button').forEach(function (b) {
      b.addEventListener('click', function () { setLanguage(b.dataset.lang); });
    });
    $('#example').addEventListener('change', pickExample);
    $('#file').addEventListener('change', upload);
    $('#advise').addEventListener('click', advise);
    loadExamples();
  });
}());
