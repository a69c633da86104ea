"""`peerdir import csv`: a spreadsheet's rows as listing files, through the command as a maintainer runs it."""

from __future__ import annotations

import codecs
from pathlib import Path

import yaml
from click.testing import CliRunner

from peerdir.build import BuildOptions, build
from peerdir.cli import main

# As directories keep them: their own headings, a whole address in one cell or in parts, times and terms in words,
# a town for a region, a kind of helpline for its type, yes/no and a dollar sign, a column no field holds.
SHEET = """\
Group name,Type,Short description,Phone,Web site,Street address,Town,State,ZIP code,Area served,Who it is for,Topics,When,Fees,Peer-led,Date verified,Notes
Riverside Grief Circle,Support group,A weekly circle for people grieving.,(503) 555-0110,https://riverside.example.org/,12 Example Street,Harbor City,OR,97000,,Bereaved parents,"Grief, Anxiety",Tuesdays 7-9pm,Free,Yes,2026-11-01,Ask for Sam
Harbor Warmline,Warmline,Someone to talk to when things are hard.,Call or text (503) 555-0111,,,,,,Nationwide,,Depression,Mon-Fri 9am-5pm,Free,yes,2026-11-02,
Grief Support Group,group,A grief group in Lakeside.,(503) 555-0112,,,Lakeside,,,,,Grief,Thursdays 6pm,Donation,no,2026-10-01,
Grief Support Group,group,A grief group that meets online.,(503) 555-0113,https://grief.example.org/,,,,,Online,,Grief,1st Monday 7pm,$5 a session,yes,2026-10-01,
,group,A row without a name.,,,,,,,,,,,,,,

Grief Support Group,group,A third grief group after an empty row.,(503) 555-0114,,,Lakeside,,,,,Grief,Fridays 6pm,Free,yes,2026-10-01,
"""


def run(site: Path, sheet: Path, *options: str):
    return CliRunner().invoke(main, ["import", "csv", str(sheet), "--site-dir", str(site), *options])


def test_a_sheets_rows_become_listings_that_check_reads_and_build_builds(sample_site: Path, tmp_path: Path) -> None:
    site = sample_site  # its own listings, and the sheet's beside them
    sheet = tmp_path / "directory.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = run(site, sheet)
    assert result.exit_code == 1 and "Imported 5 listing(s); 0 skipped; 1 problem(s)" in result.output, result.output
    assert "note: columns not read, as no listing field holds them: Notes" in result.output
    assert "note: row 6: no name; not imported" in result.output
    # the one problem, at its line, as check tells it: an online group's format is not in the sheet
    told = "listings/groups/grief-support-group-2.yaml:3:1: format: required, but is missing"
    assert told in result.output
    check = CliRunner().invoke(main, ["check", str(site)])
    assert check.exit_code == 1 and told in check.output and "1 problem(s) found" in check.output, check.output

    circle = yaml.safe_load((site / "listings/groups/riverside-grief-circle.yaml").read_text(encoding="utf-8"))
    assert circle["location"] == {"address": {"address_1": "12 Example Street", "city": "Harbor City", "state_province": "OR",
                                              "postal_code": "97000"}, "region": "Harbor City"}
    assert circle["format"] == "in-person" and circle["meetings"] == "Tuesdays 7-9pm" and circle["website"] == "https://riverside.example.org/"
    assert (site / "listings/groups/riverside-grief-circle.yaml").read_text(encoding="utf-8").splitlines()[1] == (
        "# Imported from directory.csv, row 2; check it, then set last_verified when you confirm it.")
    lakeside = yaml.safe_load((site / "listings/groups/grief-support-group.yaml").read_text(encoding="utf-8"))
    assert lakeside["location"] == {"address": {"city": "Lakeside"}, "region": "Lakeside"}  # its town names its region
    # the third of one name, numbered as the sheet numbers its row (after an empty one)
    assert (site / "listings/groups/grief-support-group-3.yaml").read_text(encoding="utf-8").splitlines()[1].startswith(
        "# Imported from directory.csv, row 8;")

    path = site / "listings/groups/grief-support-group-2.yaml"  # the same name again: a file of its own
    path.write_text(path.read_text(encoding="utf-8") + "format: online\n", encoding="utf-8")
    out = tmp_path / "out"
    build(site, BuildOptions(out_dir=out))
    site_model = {p.parent.name for p in out.glob("*/*/index.html")}
    assert {"riverside-grief-circle", "harbor-warmline", "grief-support-group", "grief-support-group-2"} <= site_model
    circle_page = (out / "groups/riverside-grief-circle/index.html").read_text(encoding="utf-8")
    assert "Every Tuesday, 7–9 pm" in circle_page and "Bereaved people" in circle_page and "Parents" in circle_page
    warmline = (out / "helplines/harbor-warmline/index.html").read_text(encoding="utf-8")
    assert "Warmline" in warmline and 'href="sms:+15035550111"' in warmline and 'href="tel:+15035550111"' in warmline

    # Imported again: each file kept, unless --force
    again = run(site, sheet)
    assert again.exit_code == 1 and "Imported 0 listing(s); 5 skipped" in again.output
    assert "row 2 (Riverside Grief Circle): listings/groups/riverside-grief-circle.yaml exists already; use --force" in again.output
    assert run(site, sheet, "--force").output.count("Imported 5 listing(s)") == 1


def test_a_sheet_saved_by_excel_with_semicolons_and_no_type_column_takes_the_type_given(sample_site: Path, tmp_path: Path) -> None:
    """Excel in much of Europe saves semicolons, with a byte-order mark; a sheet of one kind needs no type column."""
    site = sample_site  # its own listings, and the sheet's beside them
    sheet = tmp_path / "lines.csv"
    sheet.write_bytes(codecs.BOM_UTF8 + "Name;Summary;Telephone;Phone 2;Opening hours;Cost;Peer led;Last verified;Kind;Service area\r\n"
                      "Night Owls Line;Someone to talk to at night.;(503) 555-0120;(503) 555-0121;Daily 8pm-2am;Free;yes;2026-11-01;warmline;national\r\n"
                      .encode("utf-8"))
    untyped = run(site, sheet)
    assert untyped.exit_code == 2 and "lines.csv does not say what kind of listings it holds: add a 'type' column, or give --type" in untyped.output
    result = run(site, sheet, "--type", "helpline")
    assert result.exit_code == 0 and "Imported 1 listing(s); 0 skipped; 0 problem(s)" in result.output, result.output
    line = yaml.safe_load((site / "listings/helplines/night-owls-line.yaml").read_text(encoding="utf-8"))
    assert line["hours"] == "Daily 8pm-2am" and line["kind"] == "warmline" and line["phones"] == "(503) 555-0120; (503) 555-0121"
    assert CliRunner().invoke(main, ["check", str(site)]).exit_code == 0


def test_what_a_row_gives_that_its_kind_cannot_keep_is_said_and_a_sheet_without_names_refused(sample_site: Path, tmp_path: Path) -> None:
    site = sample_site  # its own listings, and the sheet's beside them
    sheet = tmp_path / "mixed.csv"
    sheet.write_text("name,type,summary,address,when,cost,peer_led,last_verified,format\n"
                     "Online Circle,forum,A forum.,12 Example Street,Tuesdays 7pm,free,yes,2026-11-01,online\n"
                     "Mystery,drop-in centre,Something else.,,,free,yes,2026-11-01,\n", encoding="utf-8")
    result = run(site, sheet)
    assert "note: row 2 (Online Circle): left out its times ('Tuesdays 7pm'): a forum keeps none" in result.output, result.output
    assert "note: row 2 (Online Circle): left out its place ('12 Example Street'): a forum here has none" in result.output
    assert "note: row 2 (Online Circle): left out its format ('online'): a forum has none" in result.output
    assert "note: row 3 (Mystery): 'drop-in centre' names no kind of listing: write one of group, helpline, forum, respite" in result.output
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("summary,phone\nA group.,(503) 555-0100\n", encoding="utf-8")
    refused = run(site, nameless, "--type", "group")
    assert refused.exit_code == 2 and "nameless.csv has no column of names" in refused.output
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("name,summary\nCaf\xe9 Circle,A group.\n".encode("latin-1"))
    assert "latin1.csv: this file is not UTF-8 text; save it as UTF-8" in run(site, latin1, "--type", "group").output


def test_two_columns_of_one_heading_and_a_cell_of_several_lines_are_kept_whole(sample_site: Path, tmp_path: Path) -> None:
    """A sheet with two 'Phone' columns had kept the second alone; a description over several lines stays one."""
    sheet = tmp_path / "tabs.csv"
    sheet.write_text('name\tsummary\tdescription\tphone\tphone\tservice area\tcost\tpeer led\tlast verified\n'
                     'Two Number Line\tA line.\t"First paragraph.\n\nSecond, with a, comma."\t(503) 555-0130\t(503) 555-0131\t'
                     'national\tfree\tyes\t2026-11-01\n', encoding="utf-8")
    result = run(sample_site, sheet, "--type", "helpline")
    assert result.exit_code == 1 and "listings/helplines/two-number-line.yaml:3:1: kind: required" in result.output, result.output
    line = yaml.safe_load((sample_site / "listings/helplines/two-number-line.yaml").read_text(encoding="utf-8"))
    assert line["phones"] == "(503) 555-0130; (503) 555-0131" and line["description"] == "First paragraph.\n\nSecond, with a, comma."


def test_the_directorys_own_api_csv_comes_back_as_its_listings(sample_built: Path, sample_site: Path) -> None:
    """The sheet a directory publishes (/api/listings.csv: several regions in one cell, a group's format as its
    kind, topics whose names hold 'and', hours as the pages write them) read into the same directory emptied:
    every listing comes back, and check asks only what the sheet does not say (which Tuesdays 'every other
    Tuesday' are)."""
    for path in (sample_site / "listings").glob("*/*.yaml"):
        path.unlink()
    sheet = sample_built / "api/listings.csv"
    result = run(sample_site, sheet)
    assert "Imported 63 listing(s); 0 skipped; 1 problem(s)" in result.output, result.output
    assert result.output.count("\nlistings/") == 1 and "meetings: 'Every other Tuesday' is every other week" in result.output
    assert "note: columns not read, as no listing field holds them: id " in result.output and "left out" not in result.output
    imported = yaml.safe_load((sample_site / "listings/groups/riverton-depression-peer-group.yaml").read_text(encoding="utf-8"))
    assert imported["location"]["region"] == "River Valley" and imported["service_area"] == ["Online"] and imported["format"] == "hybrid"


def test_a_sheet_headed_in_spanish_comes_in_too(sample_site: Path, tmp_path: Path) -> None:
    """A Spanish-speaking directory's sheet: its headings with or without accents, its kinds in Spanish."""
    sheet = tmp_path / "directorio.csv"
    sheet.write_text("Nombre,Tipo,Resumen,Teléfono,Dirección,Ciudad,Region,Horario,Costo,Dirigido por pares,Última verificación\n"
                     "Grupo Esperanza,Grupo de apoyo,Un grupo en español.,(503) 555-0150,12 Example Street,Harbor City,,Martes 19-21 h,"
                     "gratis,sí,2026-11-01\n"
                     "Línea Amiga,Línea de escucha,Alguien te escucha.,(503) 555-0151,,,national,Lun-Vie 9-17 h,gratis,sí,2026-11-01\n",
                     encoding="utf-8")
    result = run(sample_site, sheet)
    assert result.exit_code == 0 and "Imported 2 listing(s); 0 skipped; 0 problem(s)" in result.output, result.output
    group = yaml.safe_load((sample_site / "listings/groups/grupo-esperanza.yaml").read_text(encoding="utf-8"))
    line = yaml.safe_load((sample_site / "listings/helplines/linea-amiga.yaml").read_text(encoding="utf-8"))
    assert group["meetings"] == "Martes 19-21 h" and group["location"]["region"] == "Harbor City" and line["kind"] == "warmline"
