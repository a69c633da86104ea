"""A fictional directory in the shapes real directories publish, for tests: 300+ listings.

Real exports are messier than peerdir's sample: many groups give only their town; meetings have a start and no
end; helplines list short codes (988, 211); names carry slashes, dots, apostrophes (straight and curly),
brackets, ampersands, plus signs, colons, digits inside words and accents; and a national network has dozens of
groups with the very same name in different towns. Every name, place and number here is invented (US 555-01xx,
example.org); the output depends on nothing but this file.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

TOWNS = ["Lakeside", "Fenwick", "Harbor City", "St. Clair", "Pine Ridge", "Riverton", "Oak Hollow", "Marlow", "Eastbrook",
         "Westfield", "Cedar Falls", "Northgate", "Bellmont", "Kingsley", "Ashford", "Brookhaven", "Dunmore", "Glenwood",
         "Hartwell", "Ivy Springs", "Juniper", "Kessler", "Larkspur", "Millbrook", "Newhaven"]  # fmt: skip
COUNTIES = ["Volusia", "Flagler", "Brevard", "Alachua", "Marion", "Osceola", "Seminole", "Putnam"]
TOPICS = ["anxiety", "depression", "grief", "suicide-loss", "psychosis", "addiction-recovery", "trauma", "bipolar"]
AUDIENCES = ["families", "young-people", "veterans", "lgbtq", "older-adults"]
LANGUAGES = {"en": "English", "es": "Español (Spanish)", "vi": "Tiếng Việt (Vietnamese)", "zh": "中文 (Chinese)"}

# Names in the shapes real directories publish. {town} and {county} are filled in; "same" names repeat per town.
NAMES = [
    "NAMI {county}/{county2}/St. Johns", "NAMI {town} Connection Recovery Support Group", "Katie's Place",
    "John’s Circle of Friends", "Mothers' Grief Circle of {town}", "Recovery Circle (6:30p)", "[Online] Peer Chat {town}",
    "555/Here2Help Warmline", "Family & Friends of {town}", "LGBTQ+ Peer Group {town}", "Hope, Healing & Recovery: {town}",
    "SMART Recovery: {town} Meeting", "Dr. Lee's Wellness Walk", "St. Mark's Bereavement Group", "12-Step Peer Circle {town}",
    "Café Contigo Grupo de Apoyo", "Nhóm Hỗ Trợ Đồng Đẳng {town}", "Survivors of Suicide Loss {town}",
    "DBSA {town} Chapter", "Hearing Voices Network – {town}", "Dual Recovery Anonymous (DRA) {town}", "Men's Shed {town}",
    "Parents of Addicted Loved Ones (PAL) {town}", "Heart2Heart Caregivers", "Y.E.S. Youth Empowerment Space {town}",
    "Veterans' Coffee & Conversation", 'The "Open Door" Drop-In', "The 'Safe Harbor' Circle", "Loving Memories Grief Support", "Compassionate Friends {town}",
    "Peer Bridger Program of {county} County", "Sober Sisters {town}", "Circle of Strength {town} / Círculo de Fuerza",
    "Wellness Recovery Action Plan (WRAP) {town}", "Chinese Family Alliance 華人家庭", "Postpartum Support {town} PSI",
]  # fmt: skip
SAME = ["NAMI Family Support Group", "NAMI Peer-to-Peer", "Celebrate Recovery", "GriefShare"]  # one per town, same name
HELPLINES = ["{town} Warmline", "Here4You Peer Line", "{county} County Peer Support Line", "Teen Line {town}",
             "Línea de Apoyo {town}", "Trans Peer Lifeline {town}", "Veterans' Warmline {county}"]  # fmt: skip
FORUMS = ["Grief Space Forum", "Bipolar Peers Online", "Hearing Voices Online Café", "Carers' Corner Forum",
          "Recovery Roads Community", "Anxiety Allies (Discord)", "Moms & Dads Who've Lost", "LGBTQ+ Night Owls"]  # fmt: skip
RESPITE = ["{town} Peer Respite House", "Rose House – {county}", "Hope's Haven Respite", "The Cottage at {town}"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

SITE = {
    "title": "Realistic Fictional Directory", "purpose": "Real directories' shapes, with invented data.",
    "phone_region": "US", "timezone": "America/New_York",
    "crisis": [{"area": "United States", "name": "988 Suicide & Crisis Lifeline", "call": "988", "text": "988"}],
    "regions": [{"id": t.lower().replace(" ", "-").replace(".", ""), "name": t} for t in TOWNS],
    "topics": [{"id": t, "name": t.replace("-", " ").capitalize()} for t in TOPICS],
    "audiences": [{"id": a, "name": a.replace("-", " ").capitalize()} for a in AUDIENCES],
    "languages": [{"id": code, "name": name} for code, name in LANGUAGES.items()],
    "about": "A fictional directory for tests.",
}  # fmt: skip


def _region(town: str) -> str:
    return town.lower().replace(" ", "-").replace(".", "")


def _slug(name: str, town: str, used: set[str]) -> str:
    base = "".join(c if c.isascii() and c.isalnum() else "-" for c in f"{name} {town}".lower())
    slug = "-".join(part for part in base.split("-") if part) or "listing"
    while slug in used:
        slug += "-2"
    used.add(slug)
    return slug


def _phone(rng: random.Random) -> str:
    return f"(555) 555-01{rng.randrange(100):02d}" if rng.random() < 0.8 else rng.choice(["988", "211", "555.555.0142"])


def _common(rng: random.Random, name: str) -> dict:
    listing = {
        "name": name, "summary": f"Peer support from people who have been there: {rng.choice(TOPICS).replace('-', ' ')}.",
        "cost": rng.choice(["free", "free", "donation", "paid"]), "peer_led": rng.random() < 0.9,
        "last_verified": f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(1, 28):02d}",
        "topics": rng.sample(TOPICS, rng.randrange(0, 3)), "audiences": rng.sample(AUDIENCES, rng.randrange(0, 2)),
    }  # fmt: skip
    if rng.random() < 0.3:
        listing["languages"] = ["en", rng.choice(["es", "vi", "zh"])]
    if rng.random() < 0.5:
        listing["website"] = f"https://{_slug(name, '', set())[:40]}.example.org/"
    return listing


def _address(rng: random.Random, town: str) -> dict:
    """Most publish only the town (and a ZIP); some a street; a few only a postcode."""
    roll = rng.random()
    if roll < 0.55:
        return {"city": town, "state_province": "FL", "postal_code": f"3{rng.randrange(2000, 4999)}"}
    if roll < 0.9:
        return {"address_1": f"{rng.randrange(1, 999)} Example Street", "city": town, "state_province": "FL"}
    return {"postal_code": f"3{rng.randrange(2000, 4999)}"}


def _meeting(rng: random.Random) -> dict:
    """Start only, start and end, or start and a duration, as real schedules are published."""
    hour = rng.choice([9, 10, 12, 17, 18, 18, 19, 19, 20])
    meeting: dict = {"weekday": rng.choice(DAYS), "start": f"{hour:02d}:{rng.choice(['00', '30'])}"}
    roll = rng.random()
    if roll < 0.4:
        meeting["end"] = f"{hour + 1:02d}:30"
    elif roll < 0.6:
        meeting["duration"] = rng.choice([60, 90, 120])
    if rng.random() < 0.25:
        meeting["weeks"] = rng.choice([[1, 3], [2, 4], ["last"]])
    return meeting


# A group's meetings as directories write them in words, in English or (for a group with a Spanish name) in
# Spanish, each reading as the fields it stands for (a duration too: '(for 90 minutes)', '(90 minutos)').
_DIAS = {"monday": "lunes", "tuesday": "martes", "wednesday": "miércoles", "thursday": "jueves", "friday": "viernes",
         "saturday": "sábado", "sunday": "domingo"}
_SEMANAS = {1: "primer", 2: "segundo", 3: "tercer", 4: "cuarto"}
_WEEKS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}


def _twelve_hour(clock: str) -> str:
    hour, minute = map(int, clock.split(":"))
    return f"{hour % 12 or 12}{f':{minute:02d}' if minute else ''}{'am' if hour < 12 else 'pm'}"


def _in_words(meeting: dict, spanish: bool) -> str:
    day, weeks, start, end, length = meeting["weekday"], meeting.get("weeks"), meeting["start"], meeting.get("end"), meeting.get("duration")
    if spanish:
        if weeks == ["last"]:
            said = f"Último {_DIAS[day]} de cada mes,"
        elif weeks:
            said = f"{' y '.join(_SEMANAS[w] for w in weeks).capitalize()} {_DIAS[day]},"
        else:
            said = (_DIAS[day] + ("s" if day in ("saturday", "sunday") else "")).capitalize()  # 'Sábados', 'Martes'
        when = f"de {start} a {end} h" if end else f"a las {start} h" + (f" ({length} minutos)" if length else "")
    else:
        if weeks == ["last"]:
            said = f"Last {day.capitalize()} of the month,"
        elif weeks:
            said = f"{' and '.join(_WEEKS[w] for w in weeks)} {day.capitalize()},"
        else:
            said = f"{day.capitalize()}s"
        when = (f"{_twelve_hour(start)}-{_twelve_hour(end)}" if end else f"at {_twelve_hour(start)}"
                + (f" (for {length} minutes)" if length else ""))
    return f"{said} {when}"


def _meetings_as_written(meetings: list[dict], name: str, index: int) -> list[dict] | str:
    """The meetings in words for a group with a Spanish name and for every third other, else as fields."""
    spanish = any(word in name for word in ("Grupo", "Círculo", "Línea"))
    return "; ".join(_in_words(meeting, spanish) for meeting in meetings) if spanish or index % 3 == 0 else meetings


def _line_as_written(line: dict, index: int) -> dict:
    """A line's hours and phones in words, for a line with a Spanish name ('Lunes a viernes de 17:00 a 23:00 h',
    'Llame al ...') and every third other ('Mon-Fri 5pm-11pm', 'Call ...'), else as fields."""
    spanish = "Línea" in line["name"]
    if not spanish and index % 3:
        return line
    hours = line["hours"]
    said = ("24 horas" if spanish else "24/7") if hours.get("open_24_7") else (
        "Lunes a viernes de 17:00 a 23:00 h" if spanish else "Mon-Fri 5pm-11pm")
    number = line["phones"][0]["number"]
    return {**line, "hours": said, "phones": f"Llame al {number}" if spanish else f"Call {number}"}


def listings(seed: int = 7, as_written: bool = True) -> dict[str, dict]:
    """Path under listings/ -> listing fields; at least 300, deterministic. `as_written`: some groups' meetings and
    some lines' hours and phones in words (_meetings_as_written, _line_as_written), as directories publish them,
    which read as the same fields."""
    rng = random.Random(seed)
    out: dict[str, dict] = {}
    used: set[str] = set()
    for index, town in enumerate(TOWNS):
        county, county2 = COUNTIES[index % len(COUNTIES)], COUNTIES[(index + 3) % len(COUNTIES)]
        fill = {"town": town, "county": county, "county2": county2}
        for pattern in [*rng.sample(NAMES, 8), *SAME[: 2 + index % 3]]:
            name = pattern.format(**fill)
            group = {**_common(rng, name), "format": rng.choice(["in-person", "in-person", "hybrid", "online"]),
                     "meetings": [_meeting(rng) for _ in range(rng.randrange(1, 3))]}  # fmt: skip
            if as_written:
                group["meetings"] = _meetings_as_written(group["meetings"], name, len(out))
            if group["format"] == "online":
                group["service_area"] = [rng.choice(["online", _region(town)])]
            else:
                group["location"] = {"region": _region(town), "address": _address(rng, town)}
                if rng.random() < 0.3:
                    group["location"]["venue"] = rng.choice(["Community Hall", "St. Luke’s Parish Room", "Library (Room B)"])
            out[f"groups/{_slug(name, town, used)}.yaml"] = group
        if index % 2 == 0:
            name = rng.choice(HELPLINES).format(**fill)
            line = {**_common(rng, name), "kind": rng.choice(["warmline", "warmline", "text-line", "crisis-line"]),
                    "service_area": [_region(town)], "phones": [{"number": {0: "988", 2: "211"}.get(index) or _phone(rng)}]}  # fmt: skip
            line["hours"] = {"open_24_7": True} if rng.random() < 0.3 else {
                "weekly": [{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "17:00", "closes": "23:00"}]}
            out[f"helplines/{_slug(name, town, used)}.yaml"] = _line_as_written(line, len(out)) if as_written else line
        if index % 3 == 0:
            name = rng.choice(RESPITE).format(**fill)
            out[f"respite/{_slug(name, town, used)}.yaml"] = {
                **_common(rng, name), "location": {"region": _region(town), "address": {"city": town, "state_province": "FL"}},
                "maximum_stay": "7 nights", "capacity": rng.randrange(2, 8)}  # fmt: skip
    for name in FORUMS:
        out[f"forums/{_slug(name, '', used)}.yaml"] = {
            **_common(rng, name), "url": f"https://{_slug(name, '', set())}.example.org/forum/", "service_area": ["online"]}
    return dict(sorted(out.items()))


def make_realistic_site(target: Path, as_written: bool = True) -> Path:
    (target / "listings").mkdir(parents=True)
    (target / "site.yaml").write_text(yaml.safe_dump(SITE, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for rel, listing in listings(as_written=as_written).items():
        path = target / "listings" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(listing, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
