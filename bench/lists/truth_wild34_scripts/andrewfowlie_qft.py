"""Wild34 truth for andrewfowlie/website content/resources/qft/index.md: a particle physicist's
resource page on quantum field theory, supersymmetry and ghosts (physics, not CS).

Shape: TOML front matter (lines 1-25), then `## QFT`, `## Supersymmetry`, `## Ghosts` with one `*`
bullet per resource in two record shapes:
  * `[[hep-ph/0505105]](http://arxiv.org/abs/hep-ph/0505105) Title` -- the arXiv id in brackets as the
    link text, the title after the link (line 49 and others put a space inside the brackets and no
    space before the title);
  * `[Author](url), Title` -- a surname as link text, the title after the comma.

Entries: every arXiv record (arXiv-posted lecture notes such as 33, 35 and 55 count as preprints) and
the author-named records that are scholarly works: Leibrandt's Rev. Mod. Phys. article (40), Lehnert's
handbook chapter (41), Furman's LBNL technical report (42), Sohnius' Physics Reports review (53) and
Cerdeño & Muñoz' proceedings paper (64).  Not entries: textbooks, course notes, homework and video
lectures named by an author link (29-32, 34, 36, 37, 43, 44).

Special cases: line 38's link text says `[0607239]` but its URL gives hep-th/0607239 (taken from the
URL); line 52's URL is misspelt `hep--ph/9612389`, so its arXiv id is set to the id the link text writes,
hep-ph/9612389; lines 60-62 write `arxiv.org/abs/arXiv:1010.5419` (id read after `arXiv:`).
Front matter is not part of any entry.  The file is the last version before the resources pages were
deleted from the site (commit 2eb16b1, 2019).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "andrewfowlie__website__content__resources__qft__index@2c3f225.md"
PART = "wild34_development"

NOT_PAPERS = {29, 30, 31, 32, 34, 36, 37, 43, 44}  # textbooks, course notes, homework, videos
ARXIV_REC = re.compile(r"^\* \[\[[^\]]+\]\s*\]\([^)]*\)\s*(.+)$")
AUTHOR_REC = re.compile(r"^\* \[[^\[\]]+\]\([^)]*\),\s*(.+)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = ARXIV_REC.match(ln)
        if m:
            assert n not in NOT_PAPERS, n
            p = entry(lines, n, n, m.group(1))
            if n == 52:  # URL misspelt hep--ph; the link text writes the id
                assert p["arxiv"] == "hep--ph/9612389", p
                p["arxiv"] = "hep-ph/9612389"
            assert p["arxiv"], n
            papers.append(p)
            continue
        m = AUTHOR_REC.match(ln)
        assert m, n
        if n in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet that cites an arXiv record or a journal article, report, chapter or proceedings paper is an "
        "entry titled by the text after its link (after the comma for author-named links); textbooks, course "
        "notes, homework and video lectures (lines 29-32, 34, 36, 37, 43, 44) are not; line 52's misspelt URL "
        "id is replaced by the id its link text writes.",
        "Whole file read by eye (69 lines): all 35 bullets checked, 26 entries with their titles and arXiv ids.",
    )


if __name__ == "__main__":
    main()
