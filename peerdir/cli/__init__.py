"""The peerdir command. Click lives in this folder and nowhere else: the core raises
ContentError or UsageError, and these modules print them and pick the exit code.

Each command imports what it needs when it runs, not when this module loads, so
`peerdir --help` and `peerdir check` start quickly: the schema (pydantic), the
outputs (icalendar) and the link checker (httpx) load only for the commands
that use them. A test holds `--help` and `check` to that.
"""

from __future__ import annotations

import atexit
import gc

import click

from peerdir import __version__
from peerdir.cli import new, site, upkeep
from peerdir.cli.common import EPILOG


@click.group(name="peerdir", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peerdir")
def main() -> None:
    """Build a peer-support directory website from YAML listings and Markdown guides."""
    # The command ends with its work written, so Python's last collection on the way out has nothing to do but
    # free the model, which the theme's templates hold in reference cycles: 0.45 s of a 10,000-listing build.
    # Frozen, it is left to the operating system. Once per process, however many commands a test runs.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


for command in (site.build_command, site.check, site.serve, site.schema, upkeep.stale, upkeep.links, upkeep.init,
                upkeep.import_group, new.new):
    main.add_command(command)
