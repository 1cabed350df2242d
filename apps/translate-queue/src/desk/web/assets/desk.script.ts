/**
 * /desk/assets/desk.js: the desk's one script, plain browser JavaScript with
 * no build step (kept in a module so the build ships it with the code). It
 * keeps the token from POST /v1/auth/login in sessionStorage, sends it as a
 * Bearer token and renders the API's answers with DOM calls only (text is
 * never parsed as markup). Written without template literals, so it can sit
 * in this String.raw unchanged.
 */
export const DESK_SCRIPT = String.raw`(function () {
  'use strict';

  var SESSION_KEY = 'desk.session';
  var FLASH_KEY = 'desk.flash';
  var AUTOSAVE_MS = 1500;
  var RTL = ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi'];
  var STATE_LABELS = {
    open: 'Open', claimed: 'Claimed', submitted: 'Submitted', in_review: 'In review', 'in-review': 'In review',
    returned: 'Returned', approved: 'Approved', canceled: 'Canceled', cancelled: 'Canceled',
  };
  var DONE_STATES = ['approved', 'canceled', 'cancelled'];
  var languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

  // ---- small helpers ---------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  /** An element with attributes (class, text, on*, boolean and data-* ones) and children (nodes or text). */
  function h(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.slice(0, 2) === 'on' && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (value === true) node.setAttribute(key, '');
      else node.setAttribute(key, String(value));
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  function first() {
    for (var i = 0; i < arguments.length; i++) if (arguments[i] !== undefined && arguments[i] !== null) return arguments[i];
    return undefined;
  }

  function list(value) { return Array.isArray(value) ? value : []; }

  function isRtl(lang) { return RTL.indexOf(String(lang || '').split('-')[0].toLowerCase()) >= 0; }
  function dirOf(lang) { return isRtl(lang) ? 'rtl' : 'ltr'; }

  function languageName(code) {
    if (!code) return '';
    try { return (languageNames && languageNames.of(code)) || code; } catch (e) { return code; }
  }

  function stateLabel(state) { return STATE_LABELS[state] || String(state || '').replace(/[_-]/g, ' '); }

  function stateBadge(state) { return h('span', { class: 'badge state-' + state, text: stateLabel(state) }); }

  function nameOf(person) {
    if (!person) return '';
    if (typeof person === 'string') return person;
    return first(person.displayName, person.name, person.username, '');
  }

  /** "3 h 5 min", "2 d 4 h", "40 s": the size of a duration, for ages and due times. */
  function span(ms) {
    var s = Math.round(Math.abs(ms) / 1000);
    if (s < 60) return s + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min';
    var hrs = Math.floor(m / 60);
    if (hrs < 48) return hrs + ' h' + (m % 60 ? ' ' + (m % 60) + ' min' : '');
    return Math.floor(hrs / 24) + ' d' + (hrs % 24 ? ' ' + (hrs % 24) + ' h' : '');
  }

  function timeEl(iso, text) {
    var date = new Date(iso);
    return h('time', { datetime: iso, title: isNaN(date) ? '' : date.toLocaleString() }, text);
  }

  function clockTime(iso) {
    return new Date(iso).toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  function timeOfDay() {
    return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  // ---- session and API -------------------------------------------------------

  function readSession() {
    try {
      var session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (!session || !session.token) return null;
      if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) {
        sessionStorage.removeItem(SESSION_KEY);
        return null;
      }
      return session;
    } catch (e) {
      return null;
    }
  }

  function toLogin(message) {
    sessionStorage.removeItem(SESSION_KEY);
    if (message) sessionStorage.setItem(FLASH_KEY, message);
    location.assign('/desk/login?next=' + encodeURIComponent(location.pathname + location.search));
  }

  /** A refusal from the API (problem+json, RFC 9457), or a failure to reach it. */
  function DeskProblem(body, status) {
    var problem = body && typeof body === 'object' ? body : {};
    this.name = 'DeskProblem';
    this.status = first(problem.status, status, 0);
    this.title = first(problem.title, 'The request failed');
    this.detail = first(problem.detail, '');
    this.body = problem;
    this.message = this.title + (this.detail ? ': ' + this.detail : '');
  }
  DeskProblem.prototype = Object.create(Error.prototype);

  function api(method, path, body) {
    var session = readSession();
    var headers = { accept: 'application/json, application/problem+json' };
    if (session) headers.authorization = 'Bearer ' + session.token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .catch(function () {
        throw new DeskProblem({ title: 'The desk could not be reached', detail: 'Check the connection and try again.' }, 0);
      })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (response.ok) return data;
          if (response.status === 401 && path !== '/v1/auth/login') {
            toLogin('Your session has ended. Sign in again to go on.');
          }
          throw new DeskProblem(
            data || { title: response.statusText || 'The request failed', detail: text.slice(0, 300) },
            response.status,
          );
        });
      });
  }

  /** Itemised reasons a problem may carry (QA failures, invalid fields), as lines of text. */
  function problemItems(body) {
    var items = first(body.failures, body.blocking, body.errors, body.invalidParams, body['invalid-params'], body.violations);
    return list(items).map(function (item) {
      if (typeof item === 'string') return item;
      var where = first(item.name, item.field, item.pointer, item.check, item.code, '');
      var what = first(item.message, item.reason, item.detail, item.title, '');
      return where && what ? where + ': ' + what : where || what || JSON.stringify(item);
    });
  }

  function showProblem(region, error) {
    if (!(error instanceof DeskProblem)) {
      error = new DeskProblem({ title: 'Something went wrong in the page', detail: String((error && error.message) || error) }, 0);
    }
    region.replaceChildren(
      h('p', { class: 'problem-title', text: error.title }),
      error.detail ? h('p', { text: error.detail }) : null,
    );
    var items = problemItems(error.body);
    if (items.length) region.appendChild(h('ul', null, items.map(function (t) { return h('li', { text: t }); })));
    if (error.status) region.appendChild(h('p', { class: 'muted', text: 'HTTP ' + error.status }));
    region.hidden = false;
    region.focus();
  }

  function clearProblem(region) {
    region.hidden = true;
    region.replaceChildren();
  }

  // ---- every signed-in page --------------------------------------------------

  function requireSession() {
    var session = readSession();
    if (!session) {
      toLogin(null);
      return null;
    }
    var who = $('session-user');
    if (who) who.textContent = 'Signed in as ' + (session.displayName || session.username);
    var out = $('sign-out');
    if (out) {
      out.addEventListener('click', function () {
        // End the session on the server too; leave whatever it answers.
        api('POST', '/v1/auth/logout').catch(function () {}).then(function () {
          sessionStorage.removeItem(SESSION_KEY);
          sessionStorage.setItem(FLASH_KEY, 'You have signed out.');
          location.assign('/desk/login');
        });
      });
    }
    // Leave for the log-in page when the token lapses, instead of failing the next click.
    var left = session.expiresAt ? Date.parse(session.expiresAt) - Date.now() : NaN;
    if (left > 0 && left < 2147483647) setTimeout(function () { toLogin('Your session has ended. Sign in again to go on.'); }, left);
    return session;
  }

  // ---- /desk/login -----------------------------------------------------------

  function loginPage() {
    var form = $('login-form');
    var region = $('problem');
    var flash = sessionStorage.getItem(FLASH_KEY);
    if (flash) {
      sessionStorage.removeItem(FLASH_KEY);
      region.replaceChildren(h('p', { text: flash }));
      region.className = 'notice';
      region.hidden = false;
    }
    $('username').focus();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      region.className = 'problem';
      var username = $('username').value.trim();
      var password = $('password').value;
      if (!username || !password) {
        showProblem(region, new DeskProblem({ title: 'Enter your username and password' }, 0));
        return;
      }
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      api('POST', '/v1/auth/login', { username: username, password: password })
        .then(function (answer) {
          sessionStorage.setItem(SESSION_KEY, JSON.stringify({
            token: answer.token,
            expiresAt: answer.expiresAt,
            username: username,
            displayName: answer.user ? nameOf(answer.user) : first(answer.displayName, null),
            role: answer.user ? answer.user.role : first(answer.role, null),
          }));
          location.assign(safeNext(new URLSearchParams(location.search).get('next')));
        })
        .catch(function (error) {
          button.disabled = false;
          $('password').value = '';
          showProblem(region, error);
        });
    });
  }

  /** Only a path on the desk itself: never another origin. */
  function safeNext(next) {
    return next && /^\/desk(\/|\?|$)/.test(next) && next.indexOf('//') < 0 ? next : '/desk';
  }

  // ---- /desk (the queue) -----------------------------------------------------

  function queuePage() {
    if (!requireSession()) return;
    var params = new URLSearchParams(location.search);
    var query = new URLSearchParams();
    if (params.get('state')) query.set('state', params.get('state'));
    var pair = (params.get('pair') || '').split('-');
    if (pair.length === 2 && pair[0] && pair[1]) {
      query.set('source', pair[0]);
      query.set('target', pair[1]);
    }
    var more = $('more');
    var cursor = null;
    var shown = 0;
    more.addEventListener('click', function () { load(); });

    function load() {
      var page = new URLSearchParams(query);
      if (cursor) page.set('cursor', cursor);
      $('queue-status').textContent = 'Loading jobs…';
      more.disabled = true;
      api('GET', '/v1/jobs?' + page.toString())
        .then(function (answer) {
          clearProblem($('problem'));
          var items = list(answer && answer.items);
          var body = $('queue').querySelector('tbody');
          items.forEach(function (job) { body.appendChild(queueRow(job)); });
          shown += items.length;
          $('queue').hidden = shown === 0;
          $('queue-status').textContent = shown === 0
            ? 'No jobs match these filters.'
            : shown + (shown === 1 ? ' job' : ' jobs') + (answer.nextCursor ? ', more below' : '');
          cursor = answer && answer.nextCursor;
          more.hidden = !cursor;
          more.disabled = false;
        })
        .catch(function (error) {
          $('queue-status').textContent = '';
          more.disabled = false;
          showProblem($('problem'), error);
        });
    }
    load();
  }

  function queueRow(job) {
    var now = Date.now();
    var created = job.createdAt;
    var due = Date.parse(job.dueAt);
    // Past due and not yet submitted (the desk counts it as a breach); a closed job is no longer highlighted.
    var overdue = job.overdue === true && DONE_STATES.indexOf(job.state) < 0;
    var dueCell = h('td', { class: 'due' });
    if (!isNaN(due)) {
      dueCell.appendChild(timeEl(job.dueAt, due < now ? span(now - due) + ' ago' : 'in ' + span(due - now)));
      if (overdue) dueCell.appendChild(document.createTextNode(' '));
      if (overdue) dueCell.appendChild(h('span', { class: 'badge overdue', text: 'Overdue' }));
    } else {
      dueCell.textContent = '–';
    }
    return h('tr', { class: overdue ? 'overdue' : '', 'data-job-id': job.id },
      h('td', { class: 'headline' },
        h('a', { href: '/desk/jobs/' + encodeURIComponent(job.id), lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage), text: job.headline || job.articleId }),
        h('span', { class: 'article-id', text: job.articleId }),
      ),
      h('td', { text: languageName(job.sourceLanguage) + ' → ' + languageName(job.targetLanguage) }),
      h('td', null, stateBadge(job.state), job.sourceChanged ? h('span', null, ' ', h('span', { class: 'badge', text: 'Source changed' })) : null),
      h('td', null, priorityEl(job.priority, job.priorityName)),
      h('td', { dir: 'auto', text: nameOf(job.leaseHolder || job.translator) || '–' }),
      h('td', null, created ? timeEl(created, span(now - Date.parse(created))) : '–'),
      dueCell,
    );
  }

  /** Priority 1 is the most pressing (flash), 4 the least (low). */
  function priorityEl(priority, name) {
    if (priority === undefined || priority === null) return '–';
    return h('span', { class: 'priority priority-' + (name || priority), text: priority + (name ? ' · ' + name : '') });
  }

  // ---- /desk/jobs/:id --------------------------------------------------------

  var ACTION_ORDER = ['claim', 'acknowledge-source', 'save-draft', 'submit', 'review', 'approve', 'return', 'reopen', 'release', 'reassign', 'cancel'];
  var ACTION_BUTTONS = {
    claim: ['Claim', 'primary', 'Claimed: the job is yours.'],
    'acknowledge-source': ['Source changes seen', '', 'Noted: you work from the newest source.'],
    review: ['Start review', '', 'In review.'],
    approve: ['Approve', 'primary', 'Approved: the translation goes out.'],
    reopen: ['Reopen', '', 'Reopened: back with the translator.'],
    release: ['Release', '', 'Released: the job is open again.'],
  };
  var RENEW_EVERY_MS = 5 * 60 * 1000;

  function jobPage() {
    if (!requireSession()) return;
    var path = '/v1/jobs/' + encodeURIComponent(document.body.dataset.jobId);
    var job = null;
    var editable = false;
    var dirty = false;
    var saveTimer = null;
    var saving = Promise.resolve();
    var workedSinceRenew = false;
    // Text the desk refused to save (the claim ran out, say): kept on screen, saved once the job is claimed again.
    var unsaved = null;

    function load() { return api('GET', path).then(show); }

    /** Every transition answers with the job as it now is; render that. */
    function show(detail) {
      job = detail;
      render();
    }

    /**
     * A button for each action the desk allows this person now, less two that
     * would only confuse: claiming a job one holds (it renews the claim, which
     * saving does anyway) and acknowledging a source that has not changed.
     */
    function actions() {
      var allowed = list(job.allowedActions);
      return ACTION_ORDER.filter(function (name) {
        if (name === 'claim' && job.state === 'claimed') return false;
        if (name === 'acknowledge-source' && !job.sourceChanged) return false;
        return allowed.indexOf(name) >= 0;
      });
    }

    function render() {
      var src = job.source || { headline: job.headline, paragraphs: [] };
      document.title = src.headline + ' · Translation desk';
      editable = actions().indexOf('save-draft') >= 0;
      $('job-title').replaceChildren(h('span', { lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage), text: src.headline }));
      renderFacts();
      renderNotices();
      renderActions();
      renderTexts();
      renderQa(list(job.qa), false);
      renderHistory();
      $('return-section').hidden = actions().indexOf('return') < 0;
      $('job').setAttribute('aria-busy', 'false');
    }

    function renderFacts() {
      var now = Date.now();
      var facts = [
        ['State', stateBadge(job.state)],
        ['Languages', languageName(job.sourceLanguage) + ' → ' + languageName(job.targetLanguage)],
        ['Priority', priorityEl(job.priority, job.priorityName)],
        ['Waiting', timeEl(job.createdAt, span(now - Date.parse(job.createdAt)))],
      ];
      var due = Date.parse(job.dueAt);
      if (!isNaN(due) && DONE_STATES.indexOf(job.state) < 0) {
        facts.push(['Due', timeEl(job.dueAt, due < now ? 'overdue by ' + span(now - due) : 'in ' + span(due - now)), job.overdue || due < now]);
      }
      var credits = list(job.source && job.source.credits);
      var editor = credits.filter(function (c) { return c.role === 'editor'; })[0];
      if (editor) facts.push(['Original edited by', h('span', { dir: 'auto', text: editor.name })]);
      if (job.translator) facts.push(['Translator', h('span', { dir: 'auto', text: nameOf(job.translator) })]);
      if (job.editor) facts.push(['Translation editor', h('span', { dir: 'auto', text: nameOf(job.editor) })]);
      if (job.leaseHolder && job.leaseExpiresAt) {
        facts.push(['Held by', h('span', { dir: 'auto', text: nameOf(job.leaseHolder) })]);
        facts.push(['Claim lapses', timeEl(job.leaseExpiresAt, 'in ' + span(Date.parse(job.leaseExpiresAt) - now))]);
      }
      if (job.translation) facts.push(['Published as', job.translation.articleId + ' v' + job.translation.version]);
      var box = $('job-facts');
      box.replaceChildren.apply(box, facts.map(function (f) {
        return h('div', null, h('dt', { text: f[0] }), h('dd', { class: f[2] ? 'overdue' : '' }, f[1]));
      }));
    }

    /** What needs the reader's eye first: a changed source, a return comment, an approval against an old source. */
    function renderNotices() {
      var box = $('job-notices');
      var parts = [];
      var changes = list(job.diff).filter(function (c) { return c.kind !== 'unchanged'; });
      if (job.sourceChanged) {
        parts.push(h('h2', { text: 'The original changed while this job was in progress' }));
        parts.push(h('p', { text: 'The translation was started from version ' + (job.base ? job.base.version : '?') + '; the source is now version ' + job.source.version + '. What changed:' }));
        parts.push(h('ol', { class: 'diff' }, changes.map(function (c) {
          var where = c.kind === 'added' ? 'New paragraph ' + (c.newIndex + 1) : c.kind === 'removed' ? 'Paragraph ' + (c.oldIndex + 1) + ' removed' : 'Paragraph ' + (c.newIndex + 1) + ' changed';
          return h('li', null, h('strong', { text: where }),
            c.old ? h('p', null, h('span', { class: 'diff-label', text: 'Was' }), h('del', { lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage), text: c.old })) : null,
            c.new ? h('p', null, h('span', { class: 'diff-label', text: 'Now' }), h('ins', { lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage), text: c.new })) : null);
        })));
      }
      if (job.approvedAgainstOlderSource) {
        parts.push(h('p', null, h('strong', { text: 'Approved against an older version of the original.' }), ' Check it against the newest source.'));
      }
      // The editor's word stays in sight until the translator submits again.
      var returned = lastReturn();
      if (returned && (job.state === 'returned' || job.state === 'claimed')) {
        parts.push(h('h2', { text: 'Returned by ' + returned.actor }));
        parts.push(h('blockquote', { dir: 'auto', text: returned.comment }));
      }
      box.hidden = parts.length === 0;
      box.replaceChildren.apply(box, parts);
    }

    function lastReturn() {
      var entries = list(job.audit).slice().sort(function (a, b) { return Date.parse(a.at) - Date.parse(b.at); });
      var last = null;
      entries.forEach(function (e) {
        if (e.action === 'return') last = e;
        if (e.action === 'submit') last = null;
      });
      return last && last.comment ? last : null;
    }

    function renderActions() {
      var bar = $('action-buttons');
      var buttons = actions().map(function (name) {
        if (name === 'save-draft') return button('Save draft', '', function () { return saveNow(true); });
        if (name === 'submit') return button('Submit for review', 'primary', submit);
        if (name === 'return') return button('Return to translator…', '', function () { $('return-comment').focus(); });
        if (name === 'reassign') return reassignForm();
        if (name === 'cancel') {
          return button('Cancel job', 'danger', function () {
            if (window.confirm('Cancel this translation job? It leaves the queue for good.')) return transition('cancel', undefined, 'Canceled.');
          });
        }
        var b = ACTION_BUTTONS[name];
        return button(b[0], b[1], function () { return transition(name, undefined, b[2]); });
      });
      if (!buttons.length) {
        buttons.push(h('p', { class: 'muted', text: DONE_STATES.indexOf(job.state) >= 0 ? 'This job is closed.' : 'Nothing for you to do on this job now.' }));
      }
      bar.replaceChildren.apply(bar, buttons);
    }

    function button(label, kind, run) {
      var b = h('button', { type: 'button', class: kind, text: label });
      b.addEventListener('click', function () {
        b.disabled = true;
        Promise.resolve().then(run).catch(report).then(function () { b.disabled = false; });
      });
      return b;
    }

    function reassignForm() {
      var input = h('input', { id: 'reassign-to', name: 'username', autocomplete: 'off', size: 14, spellcheck: 'false' });
      var form = h('form', { class: 'inline-form' },
        h('label', { for: 'reassign-to', text: 'Reassign to' }), input, h('button', { type: 'submit', text: 'Reassign' }));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var username = input.value.trim();
        if (!username) { input.focus(); return; }
        transition('reassign', { username: username }, 'Reassigned to ' + username + '.').catch(report);
      });
      return form;
    }

    function report(error) { showProblem($('problem'), error); }
    function status(text) { $('save-status').textContent = text; }

    /** Saves what is typed first (a release drops the lease, so nothing is saved for it), then asks for the transition. */
    function transition(name, body, done) {
      clearProblem($('problem'));
      return (name === 'release' ? Promise.resolve() : flush())
        .then(function () { return api('POST', path + '/' + name, body); })
        .then(function (detail) {
          dirty = false;
          status(done);
          return detail && detail.id ? show(detail) : load();
        });
    }

    // -- the text: source beside target, paragraph by paragraph --

    function renderTexts() {
      var src = job.source || { headline: job.headline, paragraphs: [] };
      var draft = unsaved || job.draft || { headline: '', paragraphs: [] };
      var machine = !unsaved && draft.machineMade === true;
      var rows = [h('div', { class: 'pair-row columns', 'aria-hidden': 'true' },
        h('span', { text: languageName(job.sourceLanguage) + ' original, version ' + src.version }),
        h('span', null, languageName(job.targetLanguage) + ' translation', machine ? h('span', null, ' ', h('span', { class: 'badge machine', text: 'Machine draft: check every line' })) : null))];
      rows.push(pairRow('headline', -1, 'Headline', src.headline, draft.headline || ''));
      list(src.paragraphs).forEach(function (text, i) {
        rows.push(pairRow('p' + i, i, 'Paragraph ' + (i + 1), text, list(draft.paragraphs)[i] || ''));
      });
      var box = $('paragraphs');
      box.replaceChildren.apply(box, rows);
      box.querySelectorAll('textarea').forEach(fit);
      renderGlossaryPanel();
      if (unsaved && editable) changed();
    }

    function pairRow(key, index, label, sourceText, draftText) {
      var hints = list(job.glossaryHints).filter(function (g) { return g.paragraph === index; });
      var area = h('textarea', {
        id: 'target-' + key, class: 'target-text' + (index < 0 ? ' headline' : ''), rows: index < 0 ? 2 : 4,
        lang: job.targetLanguage, dir: dirOf(job.targetLanguage), readonly: !editable, 'aria-describedby': 'source-' + key,
      });
      area.value = draftText;
      area.addEventListener('input', function () { fit(area); changed(); });
      return h('div', { class: 'pair-row', id: 'row-' + key },
        h('div', { class: 'source-cell' },
          h('p', { class: 'source-text', id: 'source-' + key, lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage) }, highlight(sourceText, hints)),
          hints.length ? h('ul', { class: 'term-hints', 'aria-label': 'Glossary terms in the ' + label.toLowerCase() }, uniqueHints(hints).map(function (g) {
            return h('li', null, h('span', { lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage), text: g.text }), ' → ', h('strong', { lang: job.targetLanguage, text: g.preferred }));
          })) : null),
        h('div', { class: 'target-cell' }, h('label', { for: 'target-' + key, text: label + ', ' + languageName(job.targetLanguage) }), area),
      );
    }

    function fit(area) {
      area.style.height = 'auto';
      area.style.height = area.scrollHeight + 4 + 'px';
    }

    // -- glossary hints: found by the desk with the shared glossary, shown where they stand --

    function highlight(text, hints) {
      var parts = [];
      var at = 0;
      hints.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (g) {
        if (g.start < at) return;
        parts.push(text.slice(at, g.start));
        var hint = g.preferred + (list(g.forbidden).length ? ' (not ' + g.forbidden.join(', ') + ')' : '');
        parts.push(h('mark', { class: 'term', 'data-hint': hint, text: text.slice(g.start, g.end) }));
        at = g.end;
      });
      parts.push(text.slice(at));
      return parts;
    }

    function uniqueHints(hints) {
      var seen = {};
      return hints.filter(function (g) {
        var key = g.preferred + '|' + g.text;
        if (seen[key]) return false;
        seen[key] = true;
        return true;
      });
    }

    function renderGlossaryPanel() {
      var seen = {};
      var terms = list(job.glossaryHints).filter(function (g) {
        if (seen[g.preferred]) return false;
        seen[g.preferred] = true;
        return true;
      });
      var box = $('glossary-hints');
      if (!terms.length) {
        box.replaceChildren(h('li', { class: 'muted', text: 'No glossary terms in this story.' }));
        return;
      }
      box.replaceChildren.apply(box, terms.map(function (g) {
        var others = list(g.accepted);
        return h('li', null,
          h('span', { lang: job.sourceLanguage, dir: dirOf(job.sourceLanguage), text: g.text }),
          h('span', { class: 'arrow', text: '→' }),
          h('strong', { lang: job.targetLanguage, text: g.preferred }),
          others.length ? h('span', { class: 'avoid', text: 'Also fine: ' + others.join(', ') }) : null,
          list(g.forbidden).length ? h('span', { class: 'avoid', text: 'Never: ' + g.forbidden.join(', ') }) : null,
          g.note ? h('span', { class: 'avoid', text: g.note }) : null);
      }));
    }

    // -- drafts: autosaved while typing (each save renews the claim), saved before any transition --

    function currentDraft() {
      var paragraphs = list(job.source && job.source.paragraphs).map(function (_, i) { return $('target-p' + i).value; });
      return { headline: $('target-headline').value, paragraphs: paragraphs };
    }

    function changed() {
      if (!editable) return;
      dirty = true;
      workedSinceRenew = true;
      status('Unsaved changes…');
      clearTimeout(saveTimer);
      saveTimer = setTimeout(function () { saveNow(false).catch(report); }, AUTOSAVE_MS);
    }

    /** Saves run one after another, so an older draft never lands after a newer one. */
    function saveNow(always) {
      clearTimeout(saveTimer);
      if (!editable || (!dirty && !always)) return saving;
      dirty = false;
      var draft = currentDraft();
      status('Saving…');
      saving = saving.catch(function () {}).then(function () {
        return api('PUT', path + '/draft', draft).then(
          function (detail) {
            workedSinceRenew = false;
            unsaved = null;
            if (detail && detail.id) {
              // Keep what is being typed; refresh the facts (the claim was renewed) and the checks on this draft.
              job = detail;
              renderFacts();
              renderQa(list(job.qa), false);
            }
            status('Draft saved at ' + timeOfDay() + '.');
          },
          function (error) {
            dirty = true;
            status('Not saved.');
            if (error instanceof DeskProblem && error.status === 409) {
              // The job moved on under us: show it as it is now (a Claim button, say), keeping the text.
              unsaved = draft;
              return load().then(function () {
                status('Not saved: your text is kept here until you can save it.');
                throw error;
              });
            }
            throw error;
          },
        );
      });
      return saving;
    }

    function flush() { return editable ? saveNow(false) : Promise.resolve(); }

    /** Reading and checking is work too: renew the claim now and then while the translator is active on the page. */
    ['keydown', 'pointerdown', 'scroll'].forEach(function (type) {
      window.addEventListener(type, function () { workedSinceRenew = true; }, { passive: true });
    });
    setInterval(function () {
      if (!job || !workedSinceRenew || list(job.allowedActions).indexOf('renew') < 0 || document.hidden) return;
      workedSinceRenew = false;
      api('POST', path + '/renew').then(function (detail) {
        if (detail && detail.id) { job.leaseExpiresAt = detail.leaseExpiresAt; renderFacts(); }
      }).catch(report);
    }, RENEW_EVERY_MS);

    function submit() {
      clearProblem($('problem'));
      return flush()
        .then(function () { return api('POST', path + '/submit'); })
        .then(function (detail) {
          status('Submitted for review.');
          return detail && detail.id ? show(detail) : load();
        })
        .catch(function (error) {
          if (!(error instanceof DeskProblem) || error.status !== 422) throw error;
          renderQa(list(error.body.failures), true);
          status('Not submitted: ' + (error.detail || 'fix the blocking checks') + '.');
          $('qa').focus();
        });
    }

    // -- quality checks: the job's results on its draft, or the failures a refused submit named --

    function renderQa(results, refused) {
      var box = $('qa-results');
      document.querySelectorAll('.pair-row.has-issue').forEach(function (row) { row.classList.remove('has-issue'); });
      if (!results.length) {
        box.replaceChildren(h('p', { class: 'muted', text: refused ? 'The submission was refused, but no check was named.' : 'Checks run on the draft once there is one.' }));
        return;
      }
      var items = [].concat.apply([], results.map(function (r) { return qaItems(r, refused); }));
      var problems = items.filter(function (i) { return i.severity !== 'passed'; }).sort(function (a, b) { return rank(a.severity) - rank(b.severity); });
      var passed = items.filter(function (i) { return i.severity === 'passed'; });
      var blocking = problems.filter(function (i) { return i.severity === 'blocking'; }).length;
      var warnings = problems.length - blocking;
      var summary = blocking
        ? count(blocking, 'blocking problem') + (warnings ? ' and ' + count(warnings, 'warning') : '') + (refused ? ': not submitted' : '')
        : warnings ? count(warnings, 'warning') + ', nothing blocking' : 'Every check passes.';
      var lines = problems.map(function (item) {
        var row = item.row ? $('row-' + item.row) : null;
        if (row) row.classList.add('has-issue');
        return h('li', { class: item.severity },
          h('span', { class: 'severity', text: item.severity === 'blocking' ? 'Blocking' : 'Warning' }),
          h('span', { dir: 'auto', text: item.message }),
          row ? h('span', null, ' ', h('a', { href: '#target-' + item.row, text: item.where })) : null);
      });
      if (passed.length) {
        lines.push(h('li', { class: 'passed' }, h('span', { class: 'severity', text: 'Passed' }), passed.map(function (p) { return p.check; }).join(', ')));
      }
      box.replaceChildren(h('p', { class: blocking ? 'problem-title' : '', text: summary }), h('ul', { class: 'qa-list' }, lines));
    }

    function count(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
    function rank(severity) { return severity === 'blocking' ? 0 : 1; }

    /** A check's result ({check, severity, passed, findings}) as lines; a refused submit's failure ({check, paragraph, message}) is blocking. */
    function qaItems(result, refused) {
      var check = humanCheck(result.check || '');
      if (result.passed === true) return [{ severity: 'passed', check: check }];
      var severity = refused ? 'blocking' : result.severity === 'warning' ? 'warning' : 'blocking';
      var findings = Array.isArray(result.findings) ? result.findings : [result];
      return findings.map(function (f) {
        var row = typeof f.paragraph === 'number' ? 'p' + f.paragraph : null;
        return { severity: severity, check: check, row: row, where: 'Paragraph ' + (f.paragraph + 1), message: check + ': ' + f.message };
      });
    }

    function humanCheck(id) {
      var text = String(id).replace(/-/g, ' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    }

    // -- comments and history, newest first --

    function renderHistory() {
      var entries = list(job.audit).slice().sort(function (a, b) { return Date.parse(b.at) - Date.parse(a.at); });
      var box = $('audit');
      if (!entries.length) {
        box.replaceChildren(h('li', { class: 'muted', text: 'Nothing has happened to this job yet.' }));
        return;
      }
      box.replaceChildren.apply(box, entries.map(function (e) {
        var move = e.from !== e.to ? stateLabel(e.from) + ' → ' + stateLabel(e.to) : stateLabel(e.to);
        return h('li', null,
          timeEl(e.at, clockTime(e.at)),
          h('strong', { dir: 'auto', text: e.actor }),
          h('span', { class: 'transition', text: ' ' + actionLabel(e.action) + ' · ' + move }),
          e.comment ? h('blockquote', { dir: 'auto', text: e.comment }) : null);
      }));
    }

    function actionLabel(action) {
      var words = { claim: 'claimed', release: 'released', lapse: 'let the claim lapse', submit: 'submitted', review: 'started the review',
        approve: 'approved', 'return': 'returned it', reassign: 'reassigned', cancel: 'canceled', reopen: 'reopened', open: 'opened',
        'acknowledge-source': 'saw the source changes', 'source-changed': 'changed the source' };
      return words[action] || String(action || '').replace(/-/g, ' ');
    }

    // -- return with a comment --

    $('return-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var comment = $('return-comment').value.trim();
      if (!comment) {
        report(new DeskProblem({ title: 'Say what needs fixing', detail: 'A translation goes back to its translator with a comment.' }, 0));
        $('return-comment').focus();
        return;
      }
      var b = $('return-button');
      b.disabled = true;
      transition('return', { comment: comment }, 'Returned to the translator.')
        .then(function () { $('return-comment').value = ''; })
        .catch(report)
        .then(function () { b.disabled = false; });
    });

    window.addEventListener('beforeunload', function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = ''; }
    });

    load().catch(function (error) {
      $('job').setAttribute('aria-busy', 'false');
      report(error);
    });
  }

  var pages = { login: loginPage, queue: queuePage, job: jobPage };
  var page = pages[document.body.dataset.page];
  if (page) page();
})();
`;
