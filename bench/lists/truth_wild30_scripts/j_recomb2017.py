"""Wild30 truth for recomb-conference/proceedings proceedings/2020-2016/2017.md: the contents of the
RECOMB 2017 proceedings (LNCS 10229) as a Jekyll page of the RECOMB proceedings archive.

Shape: front matter, a header block (location, PC chair, organisers, keynote speakers, website and
JSON/BibTeX export links: not entries), then under "## List of Publications" one top-level bullet
per paper: "- **Title**. Authors." followed by nested field bullets "- Proceedings: ..." with a
"- DOI: [..](https://doi.org/..)" sub-bullet, optionally "- Preprint: [bioRxiv nnn](doi.org/10.1101/..)"
or "- Preprint: [arXiv:nnnn.nnnnn](doi.org/10.48550/arXiv..)", and optionally "- Journal: **Title**.
Authors. *Journal*, ..." with its own DOI sub-bullet.  Each top-level bullet is one entry spanning
all its field bullets: the Journal line is the extended journal version of the same work, given as a
field of the record, so it is not a separate entry.  Title = the bold text of the top-level line
(a final "?" kept, line 60).  The entry's first id is the LNCS DOI; the 16 short papers from line
168 on share the volume DOI 10.1007/978-3-319-56970-3.  Line 212 is a Journal field with empty
authors and venue (". *Cell systems*, , ."), still part of the entry at 208.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "recomb-conference__proceedings__proceedings__2020-2016__2017@04195b6.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("- **")]
    for k, s in enumerate(starts):
        e = s
        limit = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines)
        for j in range(s + 1, limit + 1):
            if lines[j - 1].startswith("  "):
                e = j
            elif lines[j - 1].strip():
                break
        m = re.match(r"^- \*\*(.+?)\*\*\.\s", lines[s - 1])
        assert m, s
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level bullet under 'List of Publications' is one entry spanning its Proceedings/DOI/"
        "Preprint/Journal field bullets (the journal version is a field of the same record); the title is "
        "the bold text of the top-level line.",
        "All 38 records read against the file: titles, spans ending at the last field bullet, LNCS DOI as "
        "first id, arXiv ids from the Preprint lines (bioRxiv preprints give none), the '?' title at line 60, "
        "the short papers sharing the volume DOI and the empty Journal field at line 212.",
    )


if __name__ == "__main__":
    main()
