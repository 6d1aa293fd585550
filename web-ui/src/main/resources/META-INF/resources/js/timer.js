// Guided hold timer for the Today page: a progressive enhancement. Each exercise with a hold has an empty
// <div class="timer" data-hold data-sides data-sets data-name>; without JavaScript the dosage text says the same.
// The timer counts each side and each set, and announces changes politely to screen readers.
(function () {
  'use strict';

  function plan(hold, sides, sets) {
    var steps = [];
    for (var set = 1; set <= sets; set++) {
      for (var side = 1; side <= sides; side++) {
        var label = sides === 2 ? (side === 1 ? 'Left side' : 'Right side') : 'Hold';
        if (sets > 1) {
          label += ', set ' + set + ' of ' + sets;
        }
        steps.push({ label: label, seconds: hold });
      }
    }
    return steps;
  }

  function setUp(box) {
    var hold = parseInt(box.dataset.hold, 10);
    var sides = parseInt(box.dataset.sides, 10) || 1;
    var sets = parseInt(box.dataset.sets, 10) || 1;
    if (!(hold > 0)) {
      return;
    }
    var steps = plan(hold, sides, sets);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = 'Start timer';
    button.setAttribute('aria-label', 'Start timer for ' + box.dataset.name);
    var display = document.createElement('p');
    display.className = 'timer-display';
    display.setAttribute('role', 'timer');
    var status = document.createElement('p');
    status.className = 'timer-status';
    status.setAttribute('aria-live', 'polite');
    box.appendChild(button);
    box.appendChild(display);
    box.appendChild(status);

    var ticking = null;
    var switching = null;

    function running() {
      return ticking !== null || switching !== null;
    }

    function stop() {
      if (ticking !== null) {
        clearInterval(ticking);
        ticking = null;
      }
      if (switching !== null) {
        clearTimeout(switching);
        switching = null;
      }
    }

    function run(index) {
      if (index >= steps.length) {
        stop();
        display.textContent = '';
        status.textContent = 'Done. Well done!';
        button.textContent = 'Start again';
        return;
      }
      var step = steps[index];
      var ends = Date.now() + step.seconds * 1000;
      status.textContent = step.label + ': hold for ' + step.seconds + ' seconds.';
      function tick() {
        var left = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
        display.textContent = step.label + ': ' + left + ' s';
        if (left <= 0) {
          stop();
          if (index + 1 < steps.length) {
            status.textContent = 'Switch: ' + steps[index + 1].label + ' next.';
            switching = setTimeout(function () { switching = null; run(index + 1); }, 3000);
          } else {
            run(index + 1);
          }
        }
      }
      tick();
      ticking = setInterval(tick, 250);
    }

    button.addEventListener('click', function () {
      if (running()) {
        stop();
        status.textContent = 'Stopped.';
        button.textContent = 'Start timer';
        return;
      }
      button.textContent = 'Stop timer';
      run(0);
    });
  }

  document.querySelectorAll('.timer[data-hold]').forEach(setUp);
}());
