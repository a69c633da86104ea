{#- What static/when.js needs to say when a listing is open or meets next, in the site's words. One file that every
    listing page shares (and a browser caches), not a copy in each of them. -#}
var PeerdirWhenText = {{ {
  "open_always": t.when_open_always, "open_until": t.when_open_until, "open_until_day": t.when_open_until_day,
  "opens_today": t.when_opens_today,
  "opens_tomorrow": t.when_opens_tomorrow, "opens_on": t.when_opens_on, "meeting_now": t.when_meeting_now,
  "next_today": t.when_next_today, "next_tomorrow": t.when_next_tomorrow, "next_on": t.when_next_on,
  "next_date": t.when_next_date, "date": t.when_date,
  "weekdays": [t.weekday_monday, t.weekday_tuesday, t.weekday_wednesday, t.weekday_thursday, t.weekday_friday, t.weekday_saturday, t.weekday_sunday],
  "months": [t.month_1, t.month_2, t.month_3, t.month_4, t.month_5, t.month_6, t.month_7, t.month_8, t.month_9, t.month_10, t.month_11, t.month_12]
} | tojson }};
