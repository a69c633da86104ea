// Every occurrence of each recurring event in a calendar file, until a year, as ical.js (Mozilla's iCalendar
// library, which Thunderbird uses) works them out from the file's own VTIMEZONE: [tzid, local time, Unix time].
//     node calendar-occurrences.mjs FILE UNTIL_YEAR
import fs from "node:fs";
import ICAL from "ical.js";

const [file, until] = process.argv.slice(2);
const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
const occurrences = [];
for (const vevent of calendar.getAllSubcomponents("vevent")) {
  if (vevent.hasProperty("recurrence-id")) continue; // one meeting moved: not a series
  const event = new ICAL.Event(vevent);
  const series = event.iterator();
  for (let next = series.next(); next && next.year < Number(until); next = series.next()) {
    occurrences.push([event.startDate.zone.tzid, next.toString(), next.toUnixTime()]);
  }
}
process.stdout.write(JSON.stringify(occurrences));
