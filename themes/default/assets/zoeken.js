/* plansite search (zoeken/). Loaded on every page, where it only makes "/" focus the search
   box; on the search page it loads the index plansite built (zoeken/index/) and shows the
   results for ?q=. Every index file is a script that calls plansiteZoeken.laad(name, data),
   so the index loads from file:// too, where browsers refuse fetch() of local files; over
   HTTP the same files are fetched and their data read as JSON, which a browser does faster
   than it runs a script. A shard carries cards (title, link, excerpts) for the records its
   words and names rank first, so most queries show their results from their shards alone.
   Folding and splitting into words follow the build's (PlanSiteSearch: SearchFolding,
   SearchTokenizer); the browser needs no stemmer, since the index maps every word form of
   the site to its stem. Titles and texts are inserted as text, never as HTML. */
(function () {
  'use strict';

  /* "/" focuses the search box, unless the reader is typing in a field. */
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById('zoekterm') || document.getElementById('zoekveld');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  var offline = location.protocol === 'file:';
  /* From file:// a folder is not its index.html: the header form leads to the file itself. */
  if (offline) {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.classList || !form.classList.contains('site-zoeken')) return;
      event.preventDefault();
      var box = form.querySelector('input[name=q]');
      location.href = form.getAttribute('action') + 'index.html?q=' + encodeURIComponent(box ? box.value : '');
    });
  }

  var form = document.querySelector('form[data-zoekindex]');
  if (!form) return;

  var SHOWN = 10;                 /* results shown at first, and added per "meer": each may load a text chunk */
  var manifestURL = form.getAttribute('data-zoekindex');
  var folder = manifestURL.slice(0, manifestURL.lastIndexOf('/') + 1);
  var root = form.getAttribute('data-zoekbasis') || '';
  var box = document.getElementById('zoekterm');
  var status = document.getElementById('zoekstatus');
  var list = document.getElementById('zoekresultaten');
  var regionSelect = document.getElementById('zoekregio');
  var documentSelect = document.getElementById('zoekdocument');
  var noScript = document.querySelector('[data-zonder-script]');
  if (noScript) noScript.hidden = true;

  /* ---- Loading index files as scripts ---- */
  var files = {};
  var waiting = {};
  window.plansiteZoeken = {
    laad: function (name, data) {
      files[name] = data;
      var callbacks = waiting[name];
      delete waiting[name];
      if (callbacks) callbacks.forEach(function (c) { c[0](data); });
    }
  };
  function load(name) {
    if (Object.prototype.hasOwnProperty.call(files, name)) return Promise.resolve(files[name]);
    if (!offline) return fetchData(name);
    return new Promise(function (resolve, reject) {
      if (waiting[name]) { waiting[name].push([resolve, reject]); return; }
      waiting[name] = [[resolve, reject]];
      var script = document.createElement('script');
      script.src = folder + name;
      script.async = true;
      function fail() {
        var callbacks = waiting[name];
        delete waiting[name];
        if (callbacks) callbacks.forEach(function (c) { c[1](new Error(name)); });
      }
      script.onerror = fail;
      script.onload = function () { if (waiting[name]) fail(); };
      document.head.appendChild(script);
    });
  }

  /* The data of `plansiteZoeken.laad("name", data);`, read as JSON. */
  var fetching = {};
  function fetchData(name) {
    if (!fetching[name]) {
      fetching[name] = fetch(folder + name).then(function (response) {
        if (!response.ok) throw new Error(name);
        return response.text();
      }).then(function (text) {
        var data = JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')));
        files[name] = data;
        return data;
      }, function (error) { delete fetching[name]; throw error; });
    }
    return fetching[name];
  }

  /* ---- Folding and words, as the build does them ---- */
  var SPELLED = { 'ĳ': 'ij', 'Ĳ': 'ij', 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o',
    'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', '’': "'", '‘': "'" };
  function fold(text) {
    return text.replace(/[ĳĲßẞæÆœŒøØłŁđĐðÐþÞ’‘]/g, function (c) { return SPELLED[c]; })
      .normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  var WORD = /\d+(?:\.\d+)+|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
  function words(folded) {
    return (folded.match(WORD) || []).map(function (w) { return w.replace(/'/g, ''); });
  }
  function shardFile(key) {
    var name = 't-';
    Array.from(key).forEach(function (c) {
      name += /[a-z0-9]/.test(c) ? c : '_' + c.codePointAt(0).toString(16);
    });
    return name + '.js';
  }

  /* ---- The index ---- */
  var manifest = null;
  var keySet = null;
  function shardKey(text) {
    var chars = Array.from(text);
    for (var n = chars.length; n > 0; n--) {
      var key = chars.slice(0, n).join('');
      if (keySet.has(key)) return key;
    }
    return null;
  }
  /* The shards a word's matches can be in: the one whose key starts it and, when the word is
     shorter than the keys below it (a shard split by a further letter), up to eight of those. */
  function shardsFor(word) {
    var keys = [];
    var own = shardKey(word);
    if (own) keys.push(own);
    if (!own || own === word) {
      var longer = manifest.sleutels.filter(function (k) { return k.length > word.length && k.indexOf(word) === 0; });
      if (longer.length <= 8) keys = keys.concat(longer);
    }
    return keys;
  }

  /* Scores of the records that hold `word`: its exact form and the forms sharing its stem
     count fully, forms it begins less, and a form that begins it (a word typed with an ending
     the site does not use) a little less still. */
  /* A posting's weight as a score: its count (capped at 7) and 8 when the title holds it. */
  var WEIGHT_SCORE = [];
  for (var w = 0; w < 16; w++) WEIGHT_SCORE.push(1 + Math.log(1 + (w & 7)) + (w & 8 ? 3 : 0));

  /* Scores per record in an array as long as the site has records (a common word has tens of
     thousands at 100×, too many for a Map to be quick), with the records it holds listed. */
  function wordMatches(word, shards) {
    var total = manifest.records.length / 3;
    var scores = new Float64Array(total);
    var hit = [];
    var forms = new Set();
    /* The known word searched for instead, when the word itself is found nowhere and only a
       word it begins with is ("jeugdhlp" → "jeugd"): the reader is told. */
    var instead = '';
    var direct = false;
    shards.forEach(function (shard) {
      var factors = new Map();
      var bestPrefix = '';
      Object.keys(shard.w).forEach(function (form) {
        var stem = shard.w[form];
        var factor = 0;
        if (form === word) factor = 1;
        else if (word.length >= 2 && form.indexOf(word) === 0) factor = 0.7;
        else if (form.length >= 4 && word.length - form.length <= 3 && word.indexOf(form) === 0 && form.length > bestPrefix.length) bestPrefix = form;
        if (factor > (factors.get(stem) || 0)) factors.set(stem, factor);
      });
      if (factors.size) direct = true;
      else if (bestPrefix) {
        factors.set(shard.w[bestPrefix], 0.8);
        if (bestPrefix.length > instead.length) instead = bestPrefix;
      }
      Object.keys(shard.w).forEach(function (form) { if (factors.has(shard.w[form])) forms.add(form); });
      factors.forEach(function (factor, stem) {
        var postings = shard.p[stem];
        var idf = Math.log(1 + total / Math.max(1, postings.length / 2));
        var record = 0;
        for (var i = 0; i < postings.length; i += 2) {
          record += postings[i];
          var score = idf * factor * WEIGHT_SCORE[postings[i + 1] & 15];
          if (score > scores[record]) {
            if (scores[record] === 0) hit.push(record);
            scores[record] = score;
          }
        }
      });
    });
    return { scores: scores, hit: hit, forms: forms, instead: direct ? '' : instead };
  }

  function place(record) {
    return { kind: manifest.records[record * 3], region: manifest.records[record * 3 + 1] - 1, document: manifest.records[record * 3 + 2] - 1 };
  }

  var VERANTWOORDING_WEIGHT = 0.4;
  function passesFilter(record, filter) {
    var p = place(record);
    if (filter.document >= 0) return p.document === filter.document;
    if (filter.region >= 0) return p.region === filter.region;
    return true;
  }

  function search(query, filter) {
    var all = words(fold(query));
    if (!all.length) return Promise.resolve({ records: [], forms: new Set(), words: [], cards: new Map() });
    var stop = new Set(manifest.stopwoorden);
    var content = all.filter(function (w) { return !stop.has(w); });
    if (!content.length) content = all;
    var name = all.join(' ');
    var needed = new Set();
    var nameKey = shardKey(name);
    if (nameKey) needed.add(nameKey);
    var perWord = content.map(function (w) { var keys = shardsFor(w); keys.forEach(function (k) { needed.add(k); }); return keys; });
    return Promise.all(Array.from(needed).map(function (k) { return load(shardFile(k)).then(function (d) { return [k, d]; }); }))
      .then(function (pairs) {
        var shards = new Map(pairs);
        var ranked = [];
        var seen = new Uint8Array(manifest.records.length / 3);
        var filtered = filter.document >= 0 || filter.region >= 0;
        function add(record) {
          if (seen[record] || (filtered && !passesFilter(record, filter))) return;
          seen[record] = 1;
          ranked.push(record);
        }
        /* A query that names a thing exactly ("1.3", "actielijn 4.1", "RET", "Wageningen")
           puts it first; then what a name begins ("RET" for "RET CG"). */
        var named = nameKey ? shards.get(nameKey).k : {};
        (named[name] || []).forEach(add);
        Object.keys(named).sort().forEach(function (known) {
          if (known !== name && known.indexOf(name + ' ') === 0) named[known].forEach(add);
        });
        var matches = content.map(function (w, i) { return wordMatches(w, perWord[i].map(function (k) { return shards.get(k); })); });
        var forms = new Set();
        matches.forEach(function (m) { m.forms.forEach(function (f) { forms.add(f); }); });
        /* Every word must match; when no record has them all, any word will do. */
        var combined = new Float64Array(manifest.records.length / 3);
        var found = [];
        matches[0].hit.forEach(function (record) {
          var sum = matches[0].scores[record];
          for (var i = 1; i < matches.length; i++) {
            var other = matches[i].scores[record];
            if (other === 0) return;
            sum += other;
          }
          combined[record] = sum;
          found.push(record);
        });
        if (!found.length && matches.length > 1) {
          matches.forEach(function (m) {
            m.hit.forEach(function (r) {
              if (combined[r] === 0) found.push(r);
              combined[r] += m.scores[r] / 2;
            });
          });
        }
        /* A verantwoording page is the editors' account of their corrections: among results
           of a like score, the plans' own text comes first. */
        found.forEach(function (r) { if (manifest.soorten[place(r).kind] === 'verantwoording') combined[r] *= VERANTWOORDING_WEIGHT; });
        found.sort(function (a, b) { return combined[b] - combined[a] || a - b; }).forEach(add);
        /* The cards of the loaded shards; a record carded for several words has each excerpt. */
        var cards = new Map();
        shards.forEach(function (shard) {
          (shard.c || []).forEach(function (card) {
            var known = cards.get(card[0]);
            if (!known) cards.set(card[0], { title: card[1], url: card[2], passages: card[3].slice(), cut: true });
            else card[3].forEach(function (e) { if (known.passages.indexOf(e) < 0) known.passages.push(e); });
          });
        });
        var instead = matches.filter(function (m, i) { return m.instead && content[i] !== m.instead; })
          .map(function (m) { return m.instead; });
        return { records: ranked, forms: forms, words: content, cards: cards, instead: instead };
      });
  }

  /* ---- Results ---- */
  function chunkOf(record) {
    var starts = manifest.delen;
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= record) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /* What the list shows of a record: its card, or else its entry in its text chunk. */
  function recordData(record, result) {
    var card = result.cards.get(record);
    if (card) return Promise.resolve(card);
    var n = chunkOf(record);
    return load('d-' + n + '.js').then(function (chunk) {
      var entry = chunk[record - manifest.delen[n]];
      return { title: entry[0], url: entry[1], passages: entry[2], cut: false };
    });
  }

  function href(url) {
    var target = root + url;
    if (offline) target = target.replace(/\/(#|$)/, '/index.html$1');
    return target;
  }

  /* Snippets fold every word of a passage: ASCII words need only lower case. */
  var ASCII = /^[\x00-\x7f]*$/;
  function isMatch(word, result) {
    var folded = ASCII.test(word) ? word.toLowerCase().replace(/'/g, '') : words(fold(word)).join('');
    if (!folded) return false;
    if (result.forms.has(folded)) return true;
    return result.words.some(function (w) { return w.length >= 2 && folded.indexOf(w) === 0; });
  }

  var ORIGINAL_WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*(?:\.\d+)*/gu;
  /* The passage with the most matching words, cut to about 200 characters around its first
     match (a card's excerpts the build cut already), the matches marked. */
  function snippet(passages, result, cutAlready) {
    var best = null, bestCount = 0;
    passages.forEach(function (passage) {
      var count = 0;
      (passage.match(ORIGINAL_WORD) || []).forEach(function (w) { if (isMatch(w, result)) count++; });
      if (count > bestCount) { best = passage; bestCount = count; }
    });
    if (!best) return passages.length ? [{ text: cutAlready ? passages[0] : cut(passages[0], 0, 200), mark: false }] : [];
    var parts = [];
    var first = -1;
    var re = new RegExp(ORIGINAL_WORD.source, 'gu');
    var m;
    var marks = [];
    while ((m = re.exec(best))) {
      if (isMatch(m[0], result)) { marks.push([m.index, m.index + m[0].length]); if (first < 0) first = m.index; }
    }
    var start = cutAlready ? 0 : Math.max(0, first - 80);
    if (start > 0) { var space = best.indexOf(' ', start); if (space >= 0 && space < first) start = space + 1; }
    var end = cutAlready ? best.length : Math.min(best.length, start + 220);
    if (end < best.length) { var back = best.lastIndexOf(' ', end); if (back > first) end = back; }
    var at = start;
    marks.forEach(function (mark) {
      if (mark[0] < start || mark[1] > end) return;
      if (mark[0] > at) parts.push({ text: best.slice(at, mark[0]), mark: false });
      parts.push({ text: best.slice(mark[0], mark[1]), mark: true });
      at = mark[1];
    });
    if (at < end) parts.push({ text: best.slice(at, end), mark: false });
    if (start > 0) parts.unshift({ text: '… ', mark: false });
    if (end < best.length) parts.push({ text: ' …', mark: false });
    return parts;
  }
  function cut(text, start, length) {
    return text.length <= length ? text : text.slice(0, text.lastIndexOf(' ', length) > 0 ? text.lastIndexOf(' ', length) : length) + ' …';
  }

  function placeText(record) {
    var p = place(record);
    var parts = [];
    if (p.region >= 0) parts.push(manifest.regios[p.region][0]);
    if (p.document >= 0) parts.push(manifest.documenten[p.document][1]);
    if (p.region < 0) parts.push('Hervormingsagenda');
    return parts;
  }

  function item(record, data, result) {
    var li = document.createElement('li');
    li.className = 'zoekresultaat';
    var link = document.createElement('a');
    link.href = href(data.url);
    link.appendChild(document.createTextNode(data.title));
    li.appendChild(link);
    var where = document.createElement('p');
    where.className = 'zoekresultaat-plaats';
    var kind = document.createElement('span');
    kind.className = 'zoekresultaat-soort';
    kind.appendChild(document.createTextNode(manifest.soorten[place(record).kind]));
    where.appendChild(kind);
    where.appendChild(document.createTextNode(' · ' + placeText(record).join(' · ')));
    li.appendChild(where);
    var parts = snippet(data.passages, result, data.cut);
    if (parts.length) {
      var text = document.createElement('p');
      text.className = 'zoekresultaat-tekst';
      parts.forEach(function (part) {
        if (part.mark) {
          var mark = document.createElement('mark');
          mark.appendChild(document.createTextNode(part.text));
          text.appendChild(mark);
        } else {
          text.appendChild(document.createTextNode(part.text));
        }
      });
      li.appendChild(text);
    }
    return li;
  }

  var current = 0;      /* the latest search; an older one that finishes later is dropped */
  var more = null;

  function show(query) {
    var run = ++current;
    var filter = { region: regionSelect.value === '' ? -1 : Number(regionSelect.value),
                   document: documentSelect.value === '' ? -1 : Number(documentSelect.value) };
    if (!words(fold(query)).length) {
      list.textContent = '';
      status.textContent = '';
      removeMore();
      list.setAttribute('data-gezocht', query);
      return Promise.resolve();
    }
    return search(query, filter).then(function (result) {
      if (run !== current) return;
      return render(result, query, SHOWN, run);
    }).catch(function () {
      if (run !== current) return;
      status.textContent = 'De zoekindex kon niet laden.';
    });
  }

  function removeMore() { if (more) { more.remove(); more = null; } }

  function render(result, query, count, run) {
    var shown = result.records.slice(0, count);
    return Promise.all(shown.map(function (record) { return recordData(record, result); })).then(function (data) {
      if (run !== current) return;
      list.textContent = '';
      shown.forEach(function (record, i) { list.appendChild(item(record, data[i], result)); });
      var total = result.records.length;
      var searched = result.instead && result.instead.length
        ? ' (niet gevonden zoals getypt; gezocht op “' + result.instead.join('”, “') + '”)' : '';
      status.textContent = total === 0 ? 'Geen resultaten voor “' + query + '”.'
        : (total === 1 ? '1 resultaat' : total + ' resultaten') + ' voor “' + query + '”' + searched
          + (total > shown.length ? ', de eerste ' + shown.length + ' staan hieronder.' : '.');
      removeMore();
      /* For tests and tools: the query whose results the list now shows. */
      list.setAttribute('data-gezocht', query);
      if (total > shown.length) {
        more = document.createElement('button');
        more.type = 'button';
        more.className = 'zoek-meer';
        more.textContent = 'Toon meer resultaten';
        more.addEventListener('click', function () {
          var focusAt = shown.length;
          render(result, query, count + SHOWN, run).then(function () {
            var next = list.children[focusAt];
            if (next) next.querySelector('a').focus();
          });
        });
        list.parentNode.insertBefore(more, list.nextSibling);
      }
    });
  }

  function params() {
    var q = new URLSearchParams(location.search);
    return { q: q.get('q') || '', regio: q.get('regio') || '', document: q.get('document') || '' };
  }

  function remember() {
    var q = new URLSearchParams();
    if (box.value) q.set('q', box.value);
    if (regionSelect.value !== '') q.set('regio', manifest.regios[Number(regionSelect.value)][1]);
    if (documentSelect.value !== '') q.set('document', documentKey(manifest.documenten[Number(documentSelect.value)]));
    var search = q.toString();
    try { history.replaceState(null, '', search ? '?' + search : location.pathname); } catch (e) { /* file:// may refuse */ }
  }

  function fillFilters(wanted) {
    manifest.regios.forEach(function (region, r) {
      var option = new Option(region[0], String(r));
      if (region[1] === wanted.regio) option.selected = true;
      regionSelect.appendChild(option);
    });
    fillDocuments(wanted.document);
    document.querySelector('[data-zoekfilters]').hidden = false;
  }
  /* "regio/document", as a document is named in references: unique where slugs are not. */
  function documentKey(doc) { return manifest.regios[doc[0]][1] + '/' + doc[2]; }
  function fillDocuments(wanted) {
    var region = regionSelect.value === '' ? -1 : Number(regionSelect.value);
    var keep = documentSelect.value;
    while (documentSelect.options.length > 1) documentSelect.remove(1);
    manifest.documenten.forEach(function (doc, d) {
      if (region >= 0 && doc[0] !== region) return;
      var label = region >= 0 ? doc[1] : doc[1] + ' (' + manifest.regios[doc[0]][0] + ')';
      var option = new Option(label, String(d));
      if (documentKey(doc) === wanted || String(d) === keep) option.selected = true;
      documentSelect.appendChild(option);
    });
  }

  var timer = null;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { remember(); show(box.value); }, 120);
  }

  var wanted = params();
  box.value = wanted.q;
  status.textContent = wanted.q ? 'Zoeken …' : '';
  load('index.js').then(function (data) {
    manifest = data;
    keySet = new Set(manifest.sleutels);
    fillFilters(wanted);
    box.addEventListener('input', later);
    regionSelect.addEventListener('change', function () { fillDocuments(''); remember(); show(box.value); });
    documentSelect.addEventListener('change', function () { remember(); show(box.value); });
    form.addEventListener('submit', function (event) { event.preventDefault(); clearTimeout(timer); remember(); show(box.value); });
    return show(box.value);
  }).catch(function () {
    status.textContent = 'De zoekindex kon niet laden.';
    if (noScript) noScript.hidden = false;
  });
})();
