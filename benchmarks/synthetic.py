"""Write a site of N realistic synthetic listings, for benchmarks and for tests of large builds.

Listings vary the way real ones do: every type, several regions, topics and languages, phones, meetings,
opening hours and a Markdown description. The output depends only on N and the seed.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

REGIONS = [f"region-{i:02d}" for i in range(12)]
TOPICS = ["anxiety", "depression", "grief", "psychosis", "addiction-recovery", "eating-disorders", "trauma", "loneliness"]
AUDIENCES = ["young-people", "carers", "veterans", "lgbtq", "older-adults"]
LANGUAGES = ["en", "es", "vi", "zh"]
WORDS = (
    "peer support group talk listen share weekly friendly safe welcome community recovery hope calm meet online "
    "together understanding trained volunteers evening morning people experience lived coffee space quiet"
).split()
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

SITE_YAML = """\
title: Synthetic Directory
purpose: A generated directory for measuring builds.
timezone: America/Chicago
crisis:
  - area: United States
    name: 988 Suicide & Crisis Lifeline
    call: "988"
regions:
{regions}
topics:
{topics}
audiences:
{audiences}
languages:
{languages}
about: Generated for benchmarks.
"""


def _terms(ids: list[str]) -> str:
    return "\n".join(f"  - id: {i}\n    name: {i.replace('-', ' ').title()}" for i in ids)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _listing(rng: random.Random, n: int) -> tuple[str, str]:
    folder = rng.choices(["groups", "helplines", "forums", "respite"], weights=[6, 2, 1, 1])[0]
    region = rng.choice(REGIONS)
    lines = [
        f"name: {_sentence(rng, 3)[:-1].title()} {n}",
        f"summary: {_sentence(rng, 12)}",
        "description: |",
        f"  {_sentence(rng, 25)}" + (" Everyone's welcome." if n % 3 == 0 else ""),  # as real ones, some with quotes
        "",
        f"  - {_sentence(rng, 6)}",
        f"  - **{_sentence(rng, 4)}**",
        f"website: https://listing-{n}.example.org/",
        "phones:",
        f"  - number: (312) 555-01{n % 100:02d}",
        f"languages: [{', '.join(rng.sample(LANGUAGES, rng.randint(1, 2)))}]",
        f"cost: {rng.choice(['free', 'free', 'donation', 'paid'])}",
        f"topics: [{', '.join(rng.sample(TOPICS, rng.randint(1, 3)))}]",
        f"audiences: [{rng.choice(AUDIENCES)}]" if rng.random() < 0.4 else "audiences: []",
        "peer_led: yes",
        f"last_verified: 2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}",
    ]
    location = [
        "location:",
        f"  venue: {_sentence(rng, 2)[:-1].title()} Hall",
        "  address:",
        f"    address_1: {n} Example Street",
        "    city: Springfield",
        f"  region: {region}",
    ]
    if folder == "groups":
        fmt = rng.choice(["in-person", "in-person", "online", "hybrid"])
        lines += [f"format: {fmt}"]
        lines += location if fmt != "online" else ["service_area: [online]"]
        day = rng.choice(DAYS)
        lines += ["meetings:", f"  - weekday: {day}", "    weeks: [2, 4]" if rng.random() < 0.3 else "    weeks: []",
                  '    start: "18:30"', '    end: "20:00"']
    elif folder == "helplines":
        lines += [f"service_area: [{region}]", "kind: warmline", "hours:", "  weekly:",
                  "    - days: [monday, tuesday, wednesday, thursday, friday]", '      opens: "17:00"', '      closes: "23:00"']
    elif folder == "forums":
        lines += ["service_area: [online]", f"url: https://forum-{n}.example.org/", "anonymous: yes"]
    else:
        lines += location + ["capacity: 4", "maximum_stay: 7 nights"]
    return folder, "\n".join(lines) + "\n"


def in_memory_if_room(needed: int) -> str | None:
    """/dev/shm when it has room for this many bytes, else None (the system's temporary folder): on this project's
    shared machine, making a file on disk took from 20 to 400 microseconds from one run to the next, which set
    the pace of a build more than the build's own work did."""
    room = shutil.disk_usage("/dev/shm").free if os.path.isdir("/dev/shm") else 0
    return "/dev/shm" if room > needed else None


def make_site(root: Path, count: int, seed: int = 1) -> Path:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    (root / "site.yaml").write_text(
        SITE_YAML.format(regions=_terms(REGIONS), topics=_terms(TOPICS), audiences=_terms(AUDIENCES), languages=_terms(LANGUAGES)),
        encoding="utf-8",
    )
    rng = random.Random(seed)
    for n in range(count):
        folder, text = _listing(rng, n)
        path = root / "listings" / folder / f"listing-{n:05d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
