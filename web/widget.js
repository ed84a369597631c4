/*
 * A small chat widget for the triage assistant, over Rasa's socket.io channel
 * (bot.channels.webchat). No framework; socket.io-client is vendored.
 *
 * - Asks the server for a session and keeps its id (sessionStorage by
 *   default), so a reload asks for the same session; the server then sends
 *   the conversation so far ("session_history") and the page shows it again.
 * - A question's choices are quick-reply buttons; a tap sends the choice's
 *   payload and shows its title.
 * - The result (the "triage" payload) is shown as a card with its level.
 * - When the session expires (the server says when, in "session_expiry") the
 *   page clears itself and starts a new session, so the next person at this
 *   browser never sees the last one's conversation.
 * All text is inserted with textContent: nothing from the server is parsed
 * as HTML.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "backHeatTriage.sessionId";
  var LEVEL_TITLES = {
    emergency_ambulance: "Emergency: call an ambulance now",
    emergency: "Emergency: go to an emergency department now",
    consultation_24: "See a doctor within 24 hours",
    consultation: "See a doctor in the next few days",
    self_care: "Look after it at home for now"
  };
  var URGENT_LEVELS = { emergency_ambulance: true, emergency: true };
  var EXPIRY_CHECK_MS = 15000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function storageOf(kind) {
    try {
      var store = kind === "local" ? window.localStorage : window.sessionStorage;
      store.getItem(STORAGE_KEY);
      return store;
    } catch (e) {
      return null; // storage disabled: the chat works, but not across reloads
    }
  }

  /* Paragraphs (blank lines) and "- " lists of a bot text, as DOM nodes. List items that
     repeat a choice's title are left out: the choice's button shows the same words. */
  function renderText(container, text, choiceTitles) {
    var shown = {};
    (choiceTitles || []).forEach(function (title) { shown[String(title).trim().toLowerCase()] = true; });
    String(text).split(/\n\s*\n/).forEach(function (paragraph) {
      var lines = paragraph.split("\n");
      var p = null;
      var list = null;
      lines.forEach(function (line) {
        var item = /^\s*[-•]\s+(.*)$/.exec(line);
        if (item && shown[item[1].trim().toLowerCase()]) {
          return;
        }
        if (item) {
          if (!list) { list = el("ul"); container.appendChild(list); }
          list.appendChild(el("li", null, item[1]));
          p = null;
        } else if (line.trim()) {
          if (!p) { p = el("p"); container.appendChild(p); } else { p.appendChild(document.createElement("br")); }
          p.appendChild(document.createTextNode(line));
          list = null;
        }
      });
    });
  }

  function mount(root, options) {
    options = options || {};
    var storage = storageOf(options.storage);
    var sessionId = storage ? storage.getItem(STORAGE_KEY) : null;
    var confirmed = false;
    var pending = [];
    var typingTimer = null;
    var expiresAfterMs = null; // the server's session expiry after the last message; null: never
    var expiresAt = null;

    root.classList.add("tc");
    root.innerHTML = "";
    var header = el("header", "tc-header");
    var titles = el("div", "tc-titles");
    titles.appendChild(el("h1", "tc-title", options.title || "Symptom check"));
    titles.appendChild(el("p", "tc-note",
      "Not for emergencies: if you think you are in danger, call your local emergency number."));
    var restart = el("button", "tc-restart", "Start over");
    restart.type = "button";
    header.appendChild(titles);
    header.appendChild(restart);

    var log = el("div", "tc-log");
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", "Conversation");

    var form = el("form", "tc-composer");
    form.setAttribute("autocomplete", "off");
    var label = el("label", "tc-hidden", "Your message");
    label.htmlFor = "tc-input";
    var input = el("input", "tc-input");
    input.id = "tc-input";
    input.type = "text";
    input.name = "message";
    input.maxLength = 1000;
    input.placeholder = "Type your message…";
    input.setAttribute("enterkeyhint", "send");
    var send = el("button", "tc-send", "Send");
    send.type = "submit";
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(send);

    var status = el("p", "tc-status");
    status.setAttribute("role", "status");

    root.appendChild(header);
    root.appendChild(log);
    root.appendChild(form);
    root.appendChild(status);

    var turnStart = null; // the first bot bubble since the user last spoke

    function scrollDown() { log.scrollTop = log.scrollHeight; }

    /* Shows a turn from its start: a long question or result is read from the top,
       a short one simply ends at the bottom. */
    function reveal(node) {
      if (!node) { scrollDown(); return; }
      log.scrollTop = Math.max(0, node.offsetTop - 12);
    }

    function clearChoices() {
      Array.prototype.forEach.call(log.querySelectorAll(".tc-choices"), function (node) { node.remove(); });
    }

    function stopTyping() {
      if (typingTimer) { clearTimeout(typingTimer); typingTimer = null; }
      var typing = log.querySelector(".tc-typing");
      if (typing) typing.remove();
    }

    function startTyping() {
      stopTyping();
      var typing = el("div", "tc-msg tc-bot tc-typing");
      typing.setAttribute("aria-label", "The assistant is typing");
      typing.appendChild(el("span"));
      typing.appendChild(el("span"));
      typing.appendChild(el("span"));
      log.appendChild(typing);
      typingTimer = setTimeout(stopTyping, 30000);
      scrollDown();
    }

    function addUser(text) {
      log.appendChild(el("div", "tc-msg tc-user", text));
      turnStart = null;
      scrollDown();
    }

    function addChoices(replies) {
      var box = el("div", "tc-choices");
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", "Answers");
      replies.forEach(function (reply) {
        var button = el("button", "tc-choice", reply.title);
        button.type = "button";
        button.addEventListener("click", function () {
          if (expired()) { startOver(); return; } // a choice of an expired session answers nothing
          say(reply.payload, reply.title);
        });
        box.appendChild(button);
      });
      log.appendChild(box);
    }

    function addBot(message, live) {
      if (message.custom) {
        showCustom(message.custom);
        return;
      }
      if (!message.text) return;
      var replies = message.quick_replies || [];
      var bubble = el("div", "tc-msg tc-bot");
      renderText(bubble, message.text, replies.map(function (reply) { return reply.title; }));
      log.appendChild(bubble);
      if (!turnStart) turnStart = bubble;
      if (replies.length && live) addChoices(replies);
      reveal(turnStart);
    }

    function lastBotBubble() {
      var bubbles = log.querySelectorAll(".tc-bot:not(.tc-typing)");
      return bubbles.length ? bubbles[bubbles.length - 1] : null;
    }

    function showCustom(custom) {
      var bubble = lastBotBubble();
      if (custom.question && bubble) {
        bubble.setAttribute("data-question", custom.question.id || "");
        bubble.setAttribute("data-question-type", custom.question.type || "");
      }
      if (custom.triage) {
        var level = String(custom.triage.level || "");
        if (!bubble || bubble.classList.contains("tc-result")) {
          bubble = el("div", "tc-msg tc-bot");
          renderText(bubble, custom.triage.advice || "");
          log.appendChild(bubble);
          if (!turnStart) turnStart = bubble;
        }
        bubble.classList.add("tc-result", "tc-level-" + level.replace(/[^a-z0-9_]/gi, ""));
        if (URGENT_LEVELS[level]) bubble.classList.add("tc-urgent");
        bubble.setAttribute("data-level", level);
        var title = el("p", "tc-result-title", LEVEL_TITLES[level] || "Result");
        var tag = el("span", "tc-result-tag", "Result");
        title.insertBefore(tag, title.firstChild);
        bubble.insertBefore(title, bubble.firstChild);
        var again = el("button", "tc-choice tc-again", "Start a new check");
        again.type = "button";
        again.addEventListener("click", startOver);
        var box = el("div", "tc-choices");
        box.appendChild(again);
        log.appendChild(box);
        reveal(bubble); // the result is read from its title
      }
    }

    function expired() {
      return expiresAt !== null && Date.now() >= expiresAt;
    }

    /* Called on a timer and whenever the page is shown again: an expired session is cleared. */
    function checkExpiry() {
      if (expired()) startOver();
    }

    function emitMessage(payload, hidden) {
      if (expiresAfterMs !== null) expiresAt = Date.now() + expiresAfterMs;
      var data = { message: payload, session_id: sessionId };
      if (hidden) data.metadata = { hidden: true };
      if (confirmed && socket.connected) socket.emit("user_uttered", data);
      else pending.push(data);
    }

    function say(payload, shown) {
      var text = String(payload || "").trim();
      if (!text) return;
      clearChoices();
      addUser(shown || text);
      emitMessage(text, false);
      startTyping();
    }

    function greet() {
      emitMessage("/greet", true);
      startTyping();
    }

    function startOver() {
      if (storage) storage.removeItem(STORAGE_KEY);
      sessionId = null;
      confirmed = false;
      expiresAt = null;
      pending = [];
      stopTyping();
      clearChoices();
      log.innerHTML = "";
      turnStart = null;
      socket.emit("session_request", { session_id: null });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (expired()) { startOver(); return; } // the typed text stays, for the new session
      var text = input.value;
      input.value = "";
      say(text);
      input.focus();
    });
    restart.addEventListener("click", startOver);
    setInterval(checkExpiry, EXPIRY_CHECK_MS);
    document.addEventListener("visibilitychange", checkExpiry);
    window.addEventListener("focus", checkExpiry);
    window.addEventListener("pageshow", checkExpiry);

    var socket = window.io(options.server || undefined, {
      path: options.path || "/socket.io",
      transports: ["websocket", "polling"]
    });

    socket.on("connect", function () {
      status.textContent = "";
      root.classList.remove("tc-offline");
      confirmed = false;
      socket.emit("session_request", { session_id: sessionId });
    });

    socket.on("disconnect", function () {
      status.textContent = "Connection lost, reconnecting…";
      root.classList.add("tc-offline");
    });

    socket.on("connect_error", function () {
      status.textContent = "Cannot reach the assistant, retrying…";
      root.classList.add("tc-offline");
    });

    socket.on("session_confirm", function (id) {
      var resumed = id === sessionId;
      sessionId = id;
      if (storage) storage.setItem(STORAGE_KEY, id);
      confirmed = true;
      root.setAttribute("data-session", id);
      while (pending.length) {
        var data = pending.shift();
        data.session_id = id;
        socket.emit("user_uttered", data);
      }
      if (!resumed) {
        log.innerHTML = "";
        turnStart = null;
        greet();
      }
    });

    socket.on("session_expiry", function (data) {
      if (!data || data.session_id !== sessionId) return;
      expiresAfterMs = typeof data.expires_after_s === "number" ? data.expires_after_s * 1000 : null;
      var reported = typeof data.expires_in_s === "number" ? Date.now() + data.expires_in_s * 1000 : null;
      // The page knows when it last spoke in this session; a resumed session can only end sooner.
      expiresAt = expiresAt !== null && reported !== null ? Math.min(expiresAt, reported) : reported;
    });

    socket.on("session_history", function (data) {
      if (!data || data.session_id !== sessionId) return;
      var messages = data.messages || [];
      var waiting = !!log.querySelector(".tc-typing");
      log.innerHTML = "";
      turnStart = null;
      if (!messages.length) { greet(); return; }
      messages.forEach(function (message, index) {
        if (message.sender === "user") addUser(message.text);
        else addBot(message, index === messages.length - 1 || isLastText(messages, index));
      });
      if (waiting) startTyping();
      root.setAttribute("data-restored", String(messages.length));
      reveal(turnStart);
    });

    /* The choices of a question stay usable after a reload when nothing but its payload follows it. */
    function isLastText(messages, index) {
      for (var i = index + 1; i < messages.length; i++) {
        if (messages[i].sender === "user" || messages[i].text) return false;
      }
      return true;
    }

    socket.on("bot_uttered", function (message) {
      stopTyping();
      addBot(message || {}, true);
    });

    return { socket: socket, startOver: startOver };
  }

  window.TriageChat = { mount: mount };
  Array.prototype.forEach.call(document.querySelectorAll("[data-triage-chat]"), function (root) {
    mount(root, {
      server: root.getAttribute("data-server"),
      path: root.getAttribute("data-path"),
      storage: root.getAttribute("data-storage"),
      title: root.getAttribute("data-title")
    });
  });
})();
