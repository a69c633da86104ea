/* "Open now, until 9 pm", "Next meeting: Thursday at 7 pm": each listing's hours or meetings (its data-when,
 * from peerdir/model/schedule.py) read against the device's clock in the listing's own time zone, so that
 * daylight-saving changes come out right, and said again every minute while the page is open. Nothing is sent
 * anywhere. Without JavaScript these lines stay empty and the page gives the hours and schedule in words. */
(function () {
  "use strict";
  var source = document.getElementById("when-text");
  var slots = Array.prototype.slice.call(document.querySelectorAll("[data-when]"));
  if (!source || !slots.length || !window.Intl) return;
  var text = JSON.parse(source.textContent);
  var DAY = 86400000;
  var formats = {};
  var schedules = slots.map(function (slot) { return JSON.parse(slot.getAttribute("data-when")); });

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) { return key in values ? values[key] : whole; });
  }

  /* The wall clock in a zone now: its date as a day number (days since 1970-01-01 there), its weekday
   * (0 is Monday) and the minutes since its midnight. */
  function wall(zone, now) {
    var format = formats[zone] || (formats[zone] = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric"
    }));
    var parts = {};
    format.formatToParts(now).forEach(function (part) { parts[part.type] = Number(part.value); });
    var day = Date.UTC(parts.year, parts.month - 1, parts.day) / DAY;
    return { day: day, weekday: weekday(day), minutes: (parts.hour % 24) * 60 + parts.minute };
  }

  function weekday(day) { return (new Date(day * DAY).getUTCDay() + 6) % 7; }
  function minutes(hhmm) { return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)); }

  /* Whether a meeting falls on a day: its weekday, in one of its weeks of the month if it names them. */
  function meetsOn(period, day) {
    if (weekday(day) !== period.d) return false;
    if (!period.w) return true;
    var date = new Date(day * DAY), week = Math.floor((date.getUTCDate() - 1) / 7) + 1;
    var last = new Date((day + 7) * DAY).getUTCMonth() !== date.getUTCMonth();
    return period.w.some(function (w) { return w === week || (w === "last" && last); });
  }

  /* The soonest start after now, over the next `days` days: {wait (minutes), ahead (days), period, day}. */
  function soonest(periods, now, days, falls) {
    var best = null;
    periods.forEach(function (period) {
      var clock = wall(period.z, now), start = minutes(period.s);
      for (var ahead = 0; ahead < days; ahead++) {
        if (falls(period, clock.day + ahead) && (ahead > 0 || start > clock.minutes)) {
          var wait = ahead * 1440 + start - clock.minutes;
          if (!best || wait < best.wait) best = { wait: wait, ahead: ahead, period: period, day: clock.day + ahead };
          return;
        }
      }
    });
    return best;
  }

  function hoursLine(schedule, now) {
    if (schedule.always) return text.open_always;
    var periods = schedule.periods;
    for (var i = 0; i < periods.length; i++) {
      var p = periods[i], clock = wall(p.z, now), start = minutes(p.s), end = minutes(p.e), overnight = end <= start;
      var today = p.d === clock.weekday && clock.minutes >= start && (overnight || clock.minutes < end);
      var fromYesterday = overnight && p.d === (clock.weekday + 6) % 7 && clock.minutes < end;
      if (today || fromYesterday) return fill(text.open_until, { time: p.et });
    }
    var next = soonest(periods, now, 8, function (period, day) { return weekday(day) === period.d; });
    if (!next) return "";
    var template = next.ahead === 0 ? text.opens_today : next.ahead === 1 ? text.opens_tomorrow : text.opens_on;
    return fill(template, { weekday: text.weekdays[next.period.d], time: next.period.st });
  }

  function meetingLine(schedule, now) {
    var periods = schedule.periods;
    for (var i = 0; i < periods.length; i++) {
      var p = periods[i], clock = wall(p.z, now);
      if (p.e && meetsOn(p, clock.day) && clock.minutes >= minutes(p.s) && clock.minutes < minutes(p.e)) {
        return fill(text.meeting_now, { time: p.et });
      }
    }
    var next = soonest(periods, now, 62, meetsOn);
    if (!next) return "";
    var date = new Date(next.day * DAY);
    var template = next.ahead === 0 ? text.next_today : next.ahead === 1 ? text.next_tomorrow : next.ahead < 7 ? text.next_on : text.next_date;
    return fill(template, {
      weekday: text.weekdays[next.period.d], time: next.period.st,
      date: fill(text.date, { weekday: text.weekdays[next.period.d], month: text.months[date.getUTCMonth()], day: date.getUTCDate() })
    });
  }

  function update() {
    var now = new Date();
    slots.forEach(function (slot, i) {
      var schedule = schedules[i];
      var line = schedule.kind === "hours" ? hoursLine(schedule, now) : meetingLine(schedule, now);
      if (slot.textContent !== line) slot.textContent = line;
    });
  }

  update();
  setInterval(update, 60000);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) update(); });
})();
