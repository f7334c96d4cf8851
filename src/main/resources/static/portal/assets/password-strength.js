// Shows how strong a new password is as the merchant types. A rough estimate only, made in the browser (nothing is
// sent): length and variety, less for repeats, sequences and the most common passwords. The server's rules
// (merchant/PasswordRules) decide, and say why when they refuse.
(function () {
  'use strict';
  var box = document.getElementById('password-strength');
  var input = document.getElementById('password');
  if (!box || !input) {
    return;
  }
  var meter = document.getElementById('password-strength-meter');
  var text = document.getElementById('password-strength-text');
  var MIN = 12;
  var MAX = 64;
  // The first entries of the server's list (security/common-passwords.txt), and words that guessers add digits to.
  var COMMON = ['123456', '12345', 'password', 'password1', '123456789', '12345678', '1234567890', 'qwerty',
    'abc123', '111111', '1234567', 'iloveyou', 'admin', 'welcome', 'monkey', 'dragon', 'letmein', 'baseball',
    'football', 'sunshine', 'princess', 'master', 'shadow', 'qwertyuiop', 'passw0rd', 'trustno1', 'superman',
    'starwars', 'whatever', 'qazwsx', 'zxcvbnm', 'asdfghjkl', 'changeme', 'secret', 'woaini', 'a1b2c3'];

  function characters(value) {
    return Array.from(value);
  }

  function pool(chars) {
    var size = 0;
    if (chars.some(function (c) { return c >= 'a' && c <= 'z'; })) { size += 26; }
    if (chars.some(function (c) { return c >= 'A' && c <= 'Z'; })) { size += 26; }
    if (chars.some(function (c) { return c >= '0' && c <= '9'; })) { size += 10; }
    if (chars.some(function (c) { return c === ' '; })) { size += 1; }
    if (chars.some(function (c) { return /[!-\/:-@\[-`{-~]/.test(c); })) { size += 33; }
    if (chars.some(function (c) { return c.codePointAt(0) > 127; })) { size += 1000; }
    return Math.max(size, 10);
  }

  function isCommon(lower) {
    var base = lower.replace(/[0-9!@#$%^&*?.,;:_\-+= ]+$/, '');
    return COMMON.indexOf(lower) >= 0 || (base.length >= 4 && COMMON.indexOf(base) >= 0);
  }

  function isRepetitive(lower) {
    var n = lower.length;
    for (var unit = 1; unit <= n / 2; unit++) {
      if (n % unit === 0 && lower.substring(0, unit).repeat(n / unit) === lower) {
        return true;
      }
    }
    var up = true;
    var down = true;
    for (var i = 1; i < n; i++) {
      var step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
      up = up && (step === 1 || (lower[i - 1] === '9' && lower[i] === '0'));
      down = down && (step === -1 || (lower[i - 1] === '0' && lower[i] === '9'));
    }
    return n > 2 && (up || down);
  }

  function rate(value) {
    var chars = characters(value);
    if (chars.length < MIN) {
      return {score: 0, text: box.dataset.tooShort.replace('{0}', chars.length).replace('{1}', MIN)};
    }
    if (chars.length > MAX) {
      return {score: 0, text: box.dataset.tooLong.replace('{0}', MAX)};
    }
    var lower = value.toLowerCase();
    if (isCommon(lower) || isRepetitive(lower)) {
      return {score: 0, text: box.dataset.common};
    }
    var distinct = new Set(chars).size;
    // Bits of a random choice from the characters used, counted only for characters not repeated.
    var bits = Math.log2(pool(chars)) * Math.min(chars.length, distinct * 1.5);
    var score = bits < 50 ? 1 : bits < 70 ? 2 : bits < 90 ? 3 : 4;
    var names = [null, box.dataset.weak, box.dataset.fair, box.dataset.strong, box.dataset.veryStrong];
    return {score: score, text: names[score]};
  }

  function update() {
    if (input.value === '') {
      box.hidden = true;
      return;
    }
    var rating = rate(input.value);
    box.hidden = false;
    meter.value = rating.score;
    text.textContent = rating.text;
    box.setAttribute('data-score', rating.score);
  }

  input.addEventListener('input', update);
  update();
})();
