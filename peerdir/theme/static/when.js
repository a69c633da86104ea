/* "Open now, until 9 pm", "Next meeting: Thursday at 7 pm": each listing's hours or meetings (its data-when,
 * from peerdir/model/schedule.py) read against the device's clock in the listing's own time zone, so that
 * daylight-saving changes come out right, and said again every minute while the page is open. Nothing is sent
 * anywhere. Without JavaScript these lines stay empty and the page gives the hours and schedule in words.
 * The search worker loads this file too, for its "Open now" and "Meets in the next 7 days" filters. */
(function (root) {
  "use strict";
  var DAY = 86400000;
  var formats = {};
  var text = null;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) { return key in values ? values[key] : whole; });
  }

  /* The wall clock in a zone now: its date as a day number (days since 1970-01-01 there), its weekday
   * (0 is Monday) and the minutes since its midnight. Read once per zone and instant (callers only read it):
   * the search filters ask for ten thousand listings' clocks at the same instant, mostly in one zone. */
  var clocks = {}, clocksAt = null;
  function wall(zone, now) {
    if (now.getTime() !== clocksAt) { clocks = {}; clocksAt = now.getTime(); }
    if (clocks[zone]) return clocks[zone];
    var format = formats[zone] || (formats[zone] = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric"
    }));
    var parts = {};
    format.formatToParts(now).forEach(function (part) { parts[part.type] = Number(part.value); });
    var day = Date.UTC(parts.year, parts.month - 1, parts.day) / DAY;
    return (clocks[zone] = { day: day, weekday: weekday(day), minutes: (parts.hour % 24) * 60 + parts.minute });
  }

  function weekday(day) { return (new Date(day * DAY).getUTCDay() + 6) % 7; }
  function minutes(hhmm) { return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)); }

  function dayOf(iso) { return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY; }

  /* Whether a meeting falls on a day: its weekday, in one of its weeks of the month if it names them, or a
   * whole number of fortnights from a day it meets every other week (f), and not cancelled or moved away that
   * day (x). */
  function meetsOn(period, day) {
    if (weekday(day) !== period.d) return false;
    if (period.f && (day - dayOf(period.f)) % 14 !== 0) return false;
    if (period.x && period.x.some(function (iso) { return dayOf(iso) === day; })) return false;
    if (!period.w) return true;
    var date = new Date(day * DAY), week = Math.floor((date.getUTCDate() - 1) / 7) + 1;
    var last = new Date((day + 7) * DAY).getUTCMonth() !== date.getUTCMonth();
    return period.w.some(function (w) { return w === week || (w === "last" && last); });
  }

  /* The soonest start after now, over the next `days` days, a meeting moved to another date (m) included:
   * {wait (minutes), ahead (days), day, st (its start as the page writes it)}. */
  function soonest(periods, now, days, falls) {
    var best = null;
    function consider(ahead, start, clock, st) {
      if (ahead < 0 || ahead >= days || (ahead === 0 && start <= clock.minutes)) return false;
      var wait = ahead * 1440 + start - clock.minutes;
      if (!best || wait < best.wait) best = { wait: wait, ahead: ahead, day: clock.day + ahead, st: st };
      return true;
    }
    periods.forEach(function (period) {
      var clock = wall(period.z, now), start = minutes(period.s);
      (period.m || []).forEach(function (moved) { consider(dayOf(moved[0]) - clock.day, minutes(moved[1]), clock, moved[2]); });
      for (var ahead = 0; ahead < days; ahead++) {
        if (falls(period, clock.day + ahead) && consider(ahead, start, clock, period.st)) return;
      }
    });
    return best;
  }

  /* The opening period a service is in now, or null (periods that close at or before they open end the next day). */
  function openPeriod(schedule, now) {
    var periods = schedule.periods || [];
    for (var i = 0; i < periods.length; i++) {
      var p = periods[i], clock = wall(p.z, now), start = minutes(p.s), end = minutes(p.e), overnight = end <= start;
      if ((p.d === clock.weekday && clock.minutes >= start && (overnight || clock.minutes < end)) ||
          (overnight && p.d === (clock.weekday + 6) % 7 && clock.minutes < end)) return p;
    }
    return null;
  }

  /* When a service open now closes, as {at (minutes from now), period (the one that closes then), clock}, or null
   * if it is closed now. Periods that run on into one another ('Fri 5pm-midnight; Sat-Sun 24 hours') are open as
   * one: on Friday evening it is open until Monday, not "until 12 am"; one open for the whole week ahead never
   * closes. Each period's times from the day before today to a week ahead are counted in minutes from now. */
  function closing(schedule, now) {
    if (!openPeriod(schedule, now)) return null;
    var all = [], found = null, at = 0, grew = true;
    schedule.periods.forEach(function (p) {
      var clock = wall(p.z, now), start = minutes(p.s), end = minutes(p.e), length = end - start + (end <= start ? 1440 : 0);
      for (var ahead = -1; ahead <= 7; ahead++) {
        var from = ahead * 1440 + start - clock.minutes;
        if (weekday(clock.day + ahead) === p.d) all.push({ from: from, to: from + length, period: p, clock: clock });
      }
    });
    while (grew && at < 7 * 1440) {
      grew = false;
      all.forEach(function (o) {
        if (o.from <= at && o.to > at) { at = o.to; found = o; grew = true; }
      });
    }
    return { at: at, period: found.period, clock: found.clock };
  }

  /* Whether a meeting on a day (a day number) from start to end ("HH:MM"; an end at or before the start is the
   * next day's, as a late meeting's: '10pm-1am') is under way by a zone's clock. */
  function during(clock, day, start, end) {
    var from = minutes(start), to = minutes(end), at = (clock.day - day) * 1440 + clock.minutes;
    return at >= from && at < to + (to <= from ? 1440 : 0);
  }

  /* The meeting under way now (one with an end), begun today or, running past midnight, yesterday, as {ends: its
   * end as the page writes it}, or null. Search's copy of a schedule has no written times: it asks only whether
   * there is one. */
  function meetingNow(schedule, now) {
    var periods = schedule.periods;
    for (var i = 0; i < periods.length; i++) {
      var p = periods[i], clock = wall(p.z, now);
      for (var back = 0; back < 2; back++) {
        if (p.e && meetsOn(p, clock.day - back) && during(clock, clock.day - back, p.s, p.e)) return { ends: p.et };
      }
      for (var j = 0; j < (p.m || []).length; j++) {
        var m = p.m[j];  /* [date, start, start as written, end, end as written] */
        if (m[3] && during(clock, dayOf(m[0]), m[1], m[3])) return { ends: m[4] };
      }
    }
    return null;
  }

  function hoursLine(schedule, now) {
    if (schedule.always) return text.open_always;
    var open = closing(schedule, now);
    if (open && open.at >= 7 * 1440) return text.open_always;
    if (open) {  /* "until 9 am" within a day; past that, the day it closes too */
      var day = open.clock.day + Math.floor((open.clock.minutes + open.at) / 1440);
      return fill(open.at < 1440 ? text.open_until : text.open_until_day, { time: open.period.et, weekday: text.weekdays[weekday(day)] });
    }
    var next = soonest(schedule.periods, now, 8, function (period, day) { return weekday(day) === period.d; });
    if (!next) return "";
    var template = next.ahead === 0 ? text.opens_today : next.ahead === 1 ? text.opens_tomorrow : text.opens_on;
    return fill(template, { weekday: text.weekdays[weekday(next.day)], time: next.st });
  }

  function meetingLine(schedule, now) {
    var under = meetingNow(schedule, now);
    if (under) return fill(text.meeting_now, { time: under.ends });
    var next = soonest(schedule.periods, now, 62, meetsOn);
    if (!next) return "";
    var date = new Date(next.day * DAY);
    var template = next.ahead === 0 ? text.next_today : next.ahead === 1 ? text.next_tomorrow : next.ahead < 7 ? text.next_on : text.next_date;
    return fill(template, {
      weekday: text.weekdays[weekday(next.day)], time: next.st,
      date: fill(text.date, { weekday: text.weekdays[weekday(next.day)], month: text.months[date.getUTCMonth()], day: date.getUTCDate() })
    });
  }

  /* For search: whether a schedule is open now (24/7 included), and whether a meeting is under way or starts
   * within the next `days` days. */
  function openNow(schedule, now) {
    return !!schedule && schedule.kind === "hours" && (!!schedule.always || openPeriod(schedule, now) !== null);
  }

  function meetsWithin(schedule, now, days) {
    if (!schedule || schedule.kind !== "meetings") return false;
    if (meetingNow(schedule, now)) return true;
    var next = soonest(schedule.periods, now, days + 1, meetsOn);
    return !!next && next.wait <= days * 1440;
  }

  root.PeerdirWhen = { openNow: openNow, meetsWithin: meetsWithin };
  if (typeof document === "undefined") return;

  var slots = Array.prototype.slice.call(document.querySelectorAll("[data-when]"));
  if (!root.PeerdirWhenText || !slots.length || !root.Intl) return;
  text = root.PeerdirWhenText;  /* when-text.js, loaded just before this script */
  var schedules = slots.map(function (slot) { return JSON.parse(slot.getAttribute("data-when")); });

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
})(typeof self !== "undefined" ? self : globalThis);
